import check from './rds-instance-log-exports-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const mysql = 'Engine: mysql\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [
    { name: 'PostgreSQL exports postgresql', resource: rdsInstance() },
    { name: 'MySQL exports audit and error', resource: rdsInstance({ engine: 'mysql', enabledLogExports: ['audit', 'error', 'slowquery'] }) },
    { name: 'Oracle exports alert and audit', resource: rdsInstance({ engine: 'oracle-se2', enabledLogExports: ['alert', 'audit', 'listener'] }) },
    { name: 'option narrows MySQL to error', resource: rdsInstance({ engine: 'mysql', enabledLogExports: ['error'] }), options: { requiredLogTypes: { mysql: ['error'] } } },
  ],
  invalid: [
    { name: 'nothing exported', resource: rdsInstance({ enabledLogExports: [] }), messageId: 'missing', at: 'enabledLogExports' },
    { name: 'MySQL without audit', resource: rdsInstance({ engine: 'mysql', enabledLogExports: ['error', 'general'] }), messageId: 'missing' },
    { name: 'SQL Server with agent only', resource: rdsInstance({ engine: 'sqlserver-ee', enabledLogExports: ['agent'] }), messageId: 'missing' },
  ],
  unknown: [
    { name: 'engine clearsky does not know', resource: rdsInstance({ engine: 'futuredb' }) },
    { name: 'exports from a parameter', resource: rdsInstance({ unresolved: { enabledLogExports: '!Ref Logs' } }) },
  ],
  skip: [
    { name: 'Aurora member', resource: rdsInstance({ engine: 'aurora-mysql', clusterIdentifier: 'ledger', enabledLogExports: [] }) },
    { name: 'RDS Custom', resource: rdsInstance({ engine: 'custom-oracle-ee', enabledLogExports: [] }) },
  ],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${mysql}\n    EnableCloudwatchLogsExports: [audit, error]\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${mysql}\n`, `Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${mysql}\n    EnableCloudwatchLogsExports: [slowquery]\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine                          = "postgres"\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine                          = "mariadb"\n  enabled_cloudwatch_logs_exports = ["general"]\n}\n'],
    },
  },
})
