import check from './rds-instance-auto-minor-version-upgrade.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'on', resource: rdsInstance() }, { name: 'on for an Aurora member', resource: rdsInstance({ clusterIdentifier: 'ledger', engine: 'aurora-postgresql' }) }],
  invalid: [
    { name: 'off', resource: rdsInstance({ autoMinorVersionUpgrade: false }), messageId: 'disabled', at: 'autoMinorVersionUpgrade' },
    { name: 'off for an Aurora member', resource: rdsInstance({ clusterIdentifier: 'ledger', engine: 'aurora-postgresql', autoMinorVersionUpgrade: false }), messageId: 'disabled' },
  ],
  unknown: [{ name: 'from a parameter', resource: rdsInstance({ unresolved: { autoMinorVersionUpgrade: '!Ref Upgrade' } }) }],
  iac: {
    cloudformation: {
      // AWS turns it on when the template says nothing.
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    AutoMinorVersionUpgrade: false\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine                     = "postgres"\n  auto_minor_version_upgrade = false\n}\n', 'resource "aws_rds_cluster_instance" "r" {\n  cluster_identifier         = "ledger"\n  engine                     = "aurora-mysql"\n  instance_class             = "db.r7g.large"\n  auto_minor_version_upgrade = false\n}\n'],
    },
  },
})
