import check from './rds-instance-deletion-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'protected', resource: rdsInstance() }],
  invalid: [{ name: 'unprotected', resource: rdsInstance({ deletionProtection: false }), messageId: 'unprotected', at: 'deletionProtection' }],
  unknown: [{ name: 'protection from a condition', resource: rdsInstance({ deletionProtection: false, unresolved: { deletionProtection: '!If IsProd' } }) }],
  skip: [{ name: 'cluster member', resource: rdsInstance({ clusterIdentifier: 'ledger', deletionProtection: false }) }],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    DeletionProtection: true\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine              = "mysql"\n  deletion_protection = true\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine = "mysql"\n}\n'],
    },
  },
})
