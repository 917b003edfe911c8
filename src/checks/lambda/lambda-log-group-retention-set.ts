import { defineCheck } from '../../core/check.js'
import type { LogGroup } from '../../model/monitoring.js'

export default defineCheck({
  meta: {
    id: 'lambda-log-group-retention-set',
    resourceType: 'lambda.function',
    reads: ['logs.log-group'],
    title: 'Lambda function log group exists and has a retention period',
    severity: 'low',
    categories: ['logging'],
    description:
      'Checks that the CloudWatch Logs group the function writes to (its logging configuration, /aws/lambda/<name> by default) exists and expires its events after a retention period, of at least `minRetentionDays` days when that option is set (default 0: any retention).',
    risk: 'A log group that Lambda creates on first invocation never expires: logs (and whatever personal data or tokens the code printed) are kept forever and billed forever, beyond any data-retention policy. A missing log group means there are no logs at all to investigate with, and the group Lambda will create on the next invocation starts with no expiry.',
    remediation: {
      text: 'Create the log group yourself, next to the function, with a retention period that meets your investigation and compliance needs, and point the function\'s logging configuration at it.',
      cli: 'aws logs put-retention-policy --log-group-name /aws/lambda/<name> --retention-in-days 365',
      cloudformation:
        'FunctionLogGroup:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    LogGroupName: /aws/lambda/orders   # the group Lambda writes to, named after the function\n    RetentionInDays: 365\nFunction:\n  Type: AWS::Lambda::Function\n  Properties:\n    FunctionName: orders   # a fixed name, so that the group can be declared before the function\n    LoggingConfig:\n      LogGroup: !Ref FunctionLogGroup',
      terraform:
        'resource "aws_cloudwatch_log_group" "fn" {\n  name              = "/aws/lambda/${var.function_name}"\n  retention_in_days = 365\n}\n\nresource "aws_lambda_function" "this" {\n  function_name = var.function_name\n  # ...\n  logging_config {\n    log_format = "JSON"\n    log_group  = aws_cloudwatch_log_group.fn.name\n  }\n}',
    },
    messages: {
      retained: 'Log group {{group}} of function {{name}} keeps events for {{days}} days.',
      neverExpires: 'Log group {{group}} of function {{name}} never expires its events.',
      tooShort: 'Log group {{group}} of function {{name}} keeps events for {{days}} days, less than the required {{minimum}}.',
      missing: 'Log group {{group}} of function {{name}} does not exist: the function has never logged or its logs were deleted, and Lambda would create it without expiry.',
    },
    options: { minRetentionDays: 0 },
  },
  evaluate(fn, { pass, fail, inventory, options }) {
    const groupName = fn.logging?.logGroup || `/aws/lambda/${fn.name}`
    const at = 'logging.logGroup'
    // Looked up by name: live ARNs end in `:*` and IaC ids are logical ids, but names are stable.
    const group = inventory.lookup('logs.log-group', logGroupName, groupName, { region: fn.region })[0]
    if (!group) return fail('missing', { data: { name: fn.name, group: groupName }, at })
    const days = group.retentionInDays
    if (days === undefined) return fail('neverExpires', { data: { name: fn.name, group: groupName }, at })
    const minimum = typeof options.minRetentionDays === 'number' && Number.isFinite(options.minRetentionDays) ? options.minRetentionDays : 0
    if (days < minimum) return fail('tooShort', { data: { name: fn.name, group: groupName, days, minimum }, at })
    return pass('retained', { name: fn.name, group: groupName, days })
  },
})

/** Index key of a log group: its name. */
function logGroupName(group: LogGroup): string {
  return group.name
}
