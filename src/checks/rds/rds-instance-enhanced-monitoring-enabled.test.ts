import check from './rds-instance-enhanced-monitoring-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'every 60 s', resource: rdsInstance() }, { name: 'Aurora member every second', resource: rdsInstance({ clusterIdentifier: 'ledger', monitoringInterval: 1 }) }],
  invalid: [{ name: 'off', resource: rdsInstance({ monitoringInterval: 0 }), messageId: 'disabled', at: 'monitoringInterval' }],
  unknown: [{ name: 'interval from a parameter', resource: rdsInstance({ unresolved: { monitoringInterval: '!Ref Interval' } }) }],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    MonitoringInterval: 30\n    MonitoringRoleArn: arn:aws:iam::111122223333:role/rds-monitoring\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  monitoring_interval = 60\n  monitoring_role_arn = "arn:aws:iam::111122223333:role/rds-monitoring"\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n'],
    },
  },
})
