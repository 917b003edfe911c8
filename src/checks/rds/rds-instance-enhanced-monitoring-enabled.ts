import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-enhanced-monitoring-enabled',
    resourceType: 'rds.instance',
    title: 'RDS DB instance has Enhanced Monitoring',
    severity: 'low',
    categories: ['monitoring'],
    description: 'Checks that Enhanced Monitoring is on (a monitoring interval above 0 seconds), so that operating-system metrics of the database host — processes, memory, file system, I/O — reach CloudWatch Logs at up to one-second granularity.',
    risk: 'Without OS-level metrics, resource exhaustion, runaway processes and unexpected activity on the host are hard to see and to investigate after the fact.',
    remediation: {
      text: 'Set a monitoring interval (for example 60 seconds) and a monitoring role that trusts monitoring.rds.amazonaws.com with the AmazonRDSEnhancedMonitoringRole managed policy.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --monitoring-interval 60 --monitoring-role-arn arn:aws:iam::<account>:role/rds-monitoring-role --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  MonitoringInterval: 60\n  MonitoringRoleArn: !GetAtt MonitoringRole.Arn',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  monitoring_interval         = 60\n  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn\n}',
    },
    messages: {
      enabled: 'DB instance {{name}} sends Enhanced Monitoring metrics every {{interval}} seconds.',
      disabled: 'DB instance {{name}} has Enhanced Monitoring turned off.',
    },
  },
  evaluate(db, { pass, fail }) {
    return db.monitoringInterval > 0 ? pass('enabled', { name: db.name, interval: db.monitoringInterval }) : fail('disabled', { data: { name: db.name }, at: 'monitoringInterval' })
  },
})
