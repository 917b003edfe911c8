import { defineCheck } from '../../core/check.js'
import { isAuroraEngine } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-auto-minor-version-upgrade',
    resourceType: 'rds.cluster',
    title: 'Multi-AZ DB cluster receives minor engine upgrades automatically',
    severity: 'medium',
    categories: ['lifecycle'],
    description: 'Checks that automatic minor version upgrades are on for each Multi-AZ DB cluster (RDS for MySQL or PostgreSQL with two readable standbys), where the setting belongs to the cluster. Aurora clusters are skipped: Aurora sets it per instance, which rds-instance-auto-minor-version-upgrade evaluates.',
    risk: 'Security fixes in minor engine releases are not applied until someone upgrades by hand, leaving published vulnerabilities open.',
    remediation: {
      text: 'Turn automatic minor version upgrade on for the cluster.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --auto-minor-version-upgrade --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: postgres\n  DBClusterInstanceClass: db.m6gd.large\n  AllocatedStorage: 100\n  StorageType: io1\n  Iops: 1000\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  AutoMinorVersionUpgrade: true',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "postgres"\n  db_cluster_instance_class   = "db.m6gd.large"\n  allocated_storage           = 100\n  storage_type                = "io1"\n  iops                        = 1000\n  master_username             = "app_owner"\n  manage_master_user_password = true\n  auto_minor_version_upgrade  = true\n}',
    },
    messages: {
      enabled: 'DB cluster {{name}} receives minor engine upgrades automatically.',
      disabled: 'DB cluster {{name}} does not receive minor engine upgrades automatically.',
    },
  },
  evaluate(c, { pass, fail, skip, unknown }) {
    if (isAuroraEngine(c.engine)) return skip('Aurora sets automatic minor upgrades per instance')
    if (c.autoMinorVersionUpgrade === undefined) return unknown('the source does not report the cluster\'s automatic minor upgrade setting', { at: 'autoMinorVersionUpgrade' })
    return c.autoMinorVersionUpgrade ? pass('enabled', { name: c.name }) : fail('disabled', { data: { name: c.name }, at: 'autoMinorVersionUpgrade' })
  },
})
