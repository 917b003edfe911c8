import { defineCheck } from '../../core/check.js'
import { rdsEngineFamily, requiredLogTypes } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-log-exports-enabled',
    resourceType: 'rds.instance',
    title: 'RDS DB instance exports its security-relevant logs to CloudWatch Logs',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that each DB instance exports the log types that record errors, failed logins and (where the engine has one) the audit trail to CloudWatch Logs. The required types depend on the engine (data/rds-engines.json): MySQL and MariaDB `audit` and `error`, PostgreSQL `postgresql`, Oracle `alert` and `audit`, SQL Server `agent` and `error`, Db2 `diag.log`. Override them per engine family with the `requiredLogTypes` option. Cluster members (their cluster exports: rds-cluster-log-exports-enabled) and RDS Custom, which cannot export, are skipped. Exporting `audit` from MySQL or MariaDB only carries data when the option group enables the audit plugin.',
    risk: 'Logs kept only on the instance rotate away within days and vanish with the instance; brute-force attempts, privilege changes and errors that precede an incident cannot be searched, alarmed on or kept for investigation.',
    remediation: {
      text: 'Enable CloudWatch Logs export of the engine\'s error, authentication and audit logs (and set a retention period on the /aws/rds/instance/<db>/* log groups).',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql","upgrade"]}\' --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  EnableCloudwatchLogsExports: [postgresql, upgrade]',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                          = "postgres"\n  instance_class                  = "db.m7g.large"\n  allocated_storage               = 100\n  username                        = "app_owner"\n  manage_master_user_password     = true\n  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]\n}',
    },
    messages: {
      exported: 'DB instance {{name}} exports {{types}} to CloudWatch Logs.',
      missing: 'DB instance {{name}} ({{engine}}) does not export {{missing}} to CloudWatch Logs.',
    },
    options: { requiredLogTypes: {} },
  },
  evaluate(db, { pass, fail, skip, unknown, options }) {
    if (db.clusterIdentifier) return skip(`logs are exported by cluster ${db.clusterIdentifier}`)
    const family = rdsEngineFamily(db.engine)
    if (!family) return unknown(`engine ${db.engine} is not one clearsky knows the log types of`)
    const required = requiredLogTypes(family, options.requiredLogTypes)
    if (!required) return skip(`${family.title} cannot export logs to CloudWatch Logs`)
    const missing = required.filter((t) => !db.enabledLogExports.includes(t))
    if (missing.length) return fail('missing', { data: { name: db.name, engine: family.title, missing: missing.join(', ') }, at: 'enabledLogExports' })
    return pass('exported', { name: db.name, types: required.join(', ') || 'nothing required' })
  },
})
