import check from './rds-instance-custom-admin-username.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const db = (user: string) => `Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: ${user}\n    ManageMasterUserPassword: true\n`

testCheck(check, {
  valid: [{ name: 'custom name', resource: rdsInstance() }, { name: 'a name that merely contains admin', resource: rdsInstance({ masterUsername: 'orders_admin_x' }) }],
  invalid: [
    { name: 'postgres', resource: rdsInstance({ masterUsername: 'postgres' }), messageId: 'default', at: 'masterUsername' },
    { name: 'Admin, any case', resource: rdsInstance({ engine: 'mysql', masterUsername: 'Admin' }), messageId: 'default' },
    { name: 'sa on SQL Server', resource: rdsInstance({ engine: 'sqlserver-se', masterUsername: 'sa' }), messageId: 'default' },
  ],
  unknown: [
    { name: 'restored from a snapshot', resource: rdsInstance({ masterUsername: undefined }) },
    { name: 'name from a parameter', resource: rdsInstance({ unresolved: { masterUsername: '!Ref DbUser' } }) },
  ],
  skip: [{ name: 'Aurora member', resource: rdsInstance({ clusterIdentifier: 'ledger', masterUsername: undefined }) }],
  iac: {
    cloudformation: { good: [db('orders_owner')], bad: [db('admin'), db('root')] },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine   = "mysql"\n  username = "orders_owner"\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine   = "mysql"\n  username = "admin"\n}\n'],
    },
  },
})
