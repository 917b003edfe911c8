import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-backup-retention',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster keeps automated backups long enough',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that each Aurora or Multi-AZ DB cluster keeps its continuous automated backups at least `minRetentionDays` days (default 7). Clusters always keep at least one day; the default of one day is what this check catches.',
    risk: 'A one-day backup window means that a destructive change noticed the next morning, or after a weekend, can no longer be reversed by a point-in-time restore.',
    remediation: {
      text: 'Raise the cluster\'s backup retention period to at least 7 days (up to 35).',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --backup-retention-period 14 --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  BackupRetentionPeriod: 14',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "aurora-postgresql"\n  master_username             = "app_owner"\n  manage_master_user_password = true\n  backup_retention_period     = 14\n}',
    },
    messages: {
      enough: 'DB cluster {{name}} keeps automated backups for {{days}} days.',
      short: 'DB cluster {{name}} keeps automated backups for only {{days}} days (at least {{min}} expected).',
    },
    options: { minRetentionDays: 7 },
  },
  evaluate(c, { pass, fail, options }) {
    const min = Number(options.minRetentionDays ?? 7)
    const days = c.backupRetentionPeriod
    return days >= min ? pass('enough', { name: c.name, days }) : fail('short', { data: { name: c.name, days, min }, at: 'backupRetentionPeriod' })
  },
})
