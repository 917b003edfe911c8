import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'logs-log-group-retention-set',
    resourceType: 'logs.log-group',
    title: 'CloudWatch Logs log group keeps its events for a bounded, sufficient period',
    severity: 'low',
    categories: ['logging', 'lifecycle'],
    description:
      'Checks every collected log group for a retention period: one that never expires fails, and so does one shorter than `minRetentionDays` (default 365, the usual audit-log requirement; set 0 to accept any). Live scans list all the log groups of each region up to a bound (CLEARSKY_MAX_LOG_GROUPS, default 10,000 per region): beyond it the report notes which regions were cut short.',
    risk: 'A log group that never expires keeps whatever applications printed — tokens, personal data — forever, and bills for it forever. One that expires too soon deletes the evidence an investigation or an auditor needs (PCI DSS asks for a year of audit history).',
    remediation: {
      text: 'Set a retention period on the log group that matches what the logs are for: a year or more for audit and security logs, less for debug output. Export to S3 with a lifecycle rule for long archives.',
      cli: 'aws logs put-retention-policy --log-group-name <log-group> --retention-in-days 365',
      cloudformation: 'Type: AWS::Logs::LogGroup\nProperties:\n  LogGroupName: /app/orders\n  RetentionInDays: 365',
      terraform: 'resource "aws_cloudwatch_log_group" "app" {\n  name              = "/app/orders"\n  retention_in_days = 365\n}',
    },
    messages: {
      retained: 'Log group {{name}} keeps events for {{days}} days.',
      neverExpires: 'Log group {{name}} never expires its events.',
      tooShort: 'Log group {{name}} keeps events for {{days}} days, less than the required {{minimum}}.',
    },
    options: { minRetentionDays: 365 },
  },
  evaluate(group, { pass, fail, options }) {
    const days = group.retentionInDays
    if (days === undefined) return fail('neverExpires', { data: { name: group.name }, at: 'retentionInDays' })
    const minimum = typeof options.minRetentionDays === 'number' && Number.isFinite(options.minRetentionDays) ? options.minRetentionDays : 365
    if (days < minimum) return fail('tooShort', { data: { name: group.name, days, minimum }, at: 'retentionInDays' })
    return pass('retained', { name: group.name, days })
  },
})
