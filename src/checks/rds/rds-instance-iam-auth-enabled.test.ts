import check from './rds-instance-iam-auth-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'PostgreSQL with IAM auth', resource: rdsInstance() }, { name: 'MariaDB with IAM auth', resource: rdsInstance({ engine: 'mariadb' }) }],
  invalid: [{ name: 'MySQL without IAM auth', resource: rdsInstance({ engine: 'mysql', iamDatabaseAuthentication: false }), messageId: 'disabled', at: 'iamDatabaseAuthentication' }],
  unknown: [{ name: 'from a parameter', resource: rdsInstance({ unresolved: { iamDatabaseAuthentication: '!Ref IamAuth' } }) }],
  skip: [
    { name: 'Oracle', resource: rdsInstance({ engine: 'oracle-ee', iamDatabaseAuthentication: false }) },
    { name: 'SQL Server', resource: rdsInstance({ engine: 'sqlserver-se', iamDatabaseAuthentication: false }) },
    { name: 'Aurora member', resource: rdsInstance({ engine: 'aurora-mysql', clusterIdentifier: 'ledger', iamDatabaseAuthentication: false }) },
  ],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    EnableIAMDatabaseAuthentication: true\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine                              = "mysql"\n  iam_database_authentication_enabled = true\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine = "mysql"\n}\n'],
    },
  },
})
