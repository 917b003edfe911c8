import check from './rds-instance-multi-az.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'Multi-AZ', resource: rdsInstance() }],
  invalid: [{ name: 'Single-AZ', resource: rdsInstance({ multiAz: false }), messageId: 'singleAz', at: 'multiAz' }],
  unknown: [{ name: 'Multi-AZ from a condition', resource: rdsInstance({ unresolved: { multiAz: '!If IsProd' } }) }],
  skip: [
    { name: 'cluster member', resource: rdsInstance({ clusterIdentifier: 'ledger', multiAz: false }) },
    { name: 'read replica', resource: rdsInstance({ readReplicaSourceIdentifier: 'orders-db', multiAz: false }) },
    { name: 'SQL Server Express', resource: rdsInstance({ engine: 'sqlserver-ex', multiAz: false }) },
  ],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    MultiAZ: true\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine   = "postgres"\n  multi_az = true\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine   = "postgres"\n  multi_az = false\n}\n'],
    },
  },
})
