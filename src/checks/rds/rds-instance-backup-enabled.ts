import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-backup-enabled',
    resourceType: 'rds.instance',
    title: 'RDS DB instance keeps automated backups long enough',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Checks that automated backups are on (a retention period above 0) and kept at least `minRetentionDays` days (default 7). Automated backups are what point-in-time restore uses. Read replicas and cluster members are skipped: a replica is rebuilt from its source, and a cluster member is backed up by its cluster (rds-cluster-backup-retention).',
    risk: 'Without automated backups a deleted table, a corrupting deployment or ransomware inside the database cannot be undone; with a very short retention, a problem noticed a few days late is already beyond reach.',
    remediation: {
      text: 'Set a backup retention period of at least 7 days (up to 35), and a backup window outside peak hours.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --backup-retention-period 14 --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  BackupRetentionPeriod: 14',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  backup_retention_period     = 14\n}',
    },
    messages: {
      enabled: 'DB instance {{name}} keeps automated backups for {{days}} days.',
      off: 'DB instance {{name}} has automated backups turned off (retention 0 days).',
      short: 'DB instance {{name}} keeps automated backups for only {{days}} days (at least {{min}} expected).',
    },
    options: { minRetentionDays: 7 },
  },
  evaluate(db, { pass, fail, skip, options }) {
    if (db.clusterIdentifier) return skip(`backed up by cluster ${db.clusterIdentifier}`)
    if (db.readReplicaSourceIdentifier) return skip(`read replica of ${db.readReplicaSourceIdentifier}`)
    const min = Number(options.minRetentionDays ?? 7)
    const days = db.backupRetentionPeriod
    if (days <= 0) return fail('off', { data: { name: db.name }, at: 'backupRetentionPeriod' })
    if (days < min) return fail('short', { data: { name: db.name, days, min }, at: 'backupRetentionPeriod' })
    return pass('enabled', { name: db.name, days })
  },
})
