import { defineCheck } from '../../core/check.js'
import { rdsEngineFamily, requiredLogTypes } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-log-exports-enabled',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster exports its security-relevant logs to CloudWatch Logs',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that each Aurora or Multi-AZ DB cluster exports the engine\'s error, authentication and audit logs to CloudWatch Logs: Aurora MySQL `audit` and `error`, Aurora PostgreSQL and PostgreSQL clusters `postgresql`, MySQL Multi-AZ DB clusters `error` (data/rds-engines.json; override with the `requiredLogTypes` option). Aurora MySQL writes audit records only when the cluster parameter group sets server_audit_logging.',
    risk: 'Without exported logs, failed logins, privilege changes and engine errors are lost when the instance log files rotate, and cannot be searched or alarmed on during an incident.',
    remediation: {
      text: 'Enable CloudWatch Logs export of the engine\'s log types on the cluster (and enable the audit log through the cluster parameter group where the engine needs it).',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  EnableCloudwatchLogsExports: [postgresql]',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                          = "aurora-postgresql"\n  master_username                 = "app_owner"\n  manage_master_user_password     = true\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}',
    },
    messages: {
      exported: 'DB cluster {{name}} exports {{types}} to CloudWatch Logs.',
      missing: 'DB cluster {{name}} ({{engine}}) does not export {{missing}} to CloudWatch Logs.',
    },
    options: { requiredLogTypes: {} },
  },
  evaluate(c, { pass, fail, skip, unknown, options }) {
    const family = rdsEngineFamily(c.engine)
    if (!family) return unknown(`engine ${c.engine} is not one clearsky knows the log types of`)
    const required = requiredLogTypes(family, options.requiredLogTypes, 'cluster')
    if (!required) return skip(`${family.title} cannot export logs to CloudWatch Logs`)
    const missing = required.filter((t) => !c.enabledLogExports.includes(t))
    if (missing.length) return fail('missing', { data: { name: c.name, engine: family.title, missing: missing.join(', ') }, at: 'enabledLogExports' })
    return pass('exported', { name: c.name, types: required.join(', ') || 'nothing required' })
  },
})
