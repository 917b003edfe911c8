import check from './rds-instance-non-default-port.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const db = (engine: string, port?: string) => `Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: ${engine}\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true\n${port ? `    Port: "${port}"\n` : ''}`

testCheck(check, {
  valid: [{ name: 'PostgreSQL on 6432', resource: rdsInstance() }, { name: 'MySQL on 5432 (not its default)', resource: rdsInstance({ engine: 'mysql', port: 5432 }) }],
  invalid: [
    { name: 'PostgreSQL on 5432', resource: rdsInstance({ port: 5432 }), messageId: 'default', at: 'port' },
    { name: 'SQL Server on 1433', resource: rdsInstance({ engine: 'sqlserver-web', port: 1433 }), messageId: 'default' },
    { name: 'Oracle on 1521', resource: rdsInstance({ engine: 'oracle-ee-cdb', port: 1521 }), messageId: 'default' },
  ],
  unknown: [{ name: 'unknown engine', resource: rdsInstance({ engine: 'futuredb' }) }, { name: 'port from a parameter', resource: rdsInstance({ unresolved: { port: '!Ref Port' } }) }],
  skip: [{ name: 'Aurora member', resource: rdsInstance({ clusterIdentifier: 'ledger', port: 5432 }) }],
  iac: {
    cloudformation: { good: [db('mysql', '3307')], bad: [db('mysql'), db('postgres', '5432')] },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine = "postgres"\n  port   = 6432\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine = "mariadb"\n}\n'],
    },
  },
})
