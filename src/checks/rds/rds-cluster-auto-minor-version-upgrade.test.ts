import check from './rds-cluster-auto-minor-version-upgrade.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const multiAz = 'Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: postgres\n    DBClusterInstanceClass: db.m6gd.large\n    AllocatedStorage: 100\n    StorageType: io1\n    Iops: 1000\n    MasterUsername: app_owner\n'

testCheck(check, {
  valid: [{ name: 'Multi-AZ DB cluster with upgrades on', resource: rdsCluster({ engine: 'postgres', autoMinorVersionUpgrade: true }) }],
  invalid: [{ name: 'upgrades off', resource: rdsCluster({ engine: 'mysql', autoMinorVersionUpgrade: false }), messageId: 'disabled', at: 'autoMinorVersionUpgrade' }],
  unknown: [
    { name: 'setting not reported', resource: rdsCluster({ engine: 'postgres' }) },
    { name: 'from a parameter', resource: rdsCluster({ engine: 'postgres', autoMinorVersionUpgrade: false, unresolved: { autoMinorVersionUpgrade: '!Ref Upgrade' } }) },
  ],
  skip: [{ name: 'Aurora (set per instance)', resource: rdsCluster() }],
  iac: {
    cloudformation: {
      good: [multiAz],
      bad: [multiAz + '    AutoMinorVersionUpgrade: false\n'],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine                    = "mysql"\n  db_cluster_instance_class = "db.m6gd.large"\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine                     = "mysql"\n  db_cluster_instance_class  = "db.m6gd.large"\n  auto_minor_version_upgrade = false\n}\n'],
    },
  },
})
