import check from './rds-instance-backup-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: '14 days', resource: rdsInstance() }, { name: 'exactly the minimum', resource: rdsInstance({ backupRetentionPeriod: 3 }), options: { minRetentionDays: 3 } }],
  invalid: [
    { name: 'backups off', resource: rdsInstance({ backupRetentionPeriod: 0 }), messageId: 'off', at: 'backupRetentionPeriod' },
    { name: 'one day', resource: rdsInstance({ backupRetentionPeriod: 1 }), messageId: 'short', at: 'backupRetentionPeriod' },
  ],
  unknown: [{ name: 'retention from a parameter', resource: rdsInstance({ unresolved: { backupRetentionPeriod: '!Ref Days' } }) }],
  skip: [
    { name: 'cluster member', resource: rdsInstance({ clusterIdentifier: 'ledger', backupRetentionPeriod: 0 }) },
    { name: 'read replica', resource: rdsInstance({ readReplicaSourceIdentifier: 'orders-db', backupRetentionPeriod: 0 }) },
  ],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    BackupRetentionPeriod: 14\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`, `Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    BackupRetentionPeriod: 0\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine                  = "postgres"\n  backup_retention_period = 7\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n'],
    },
  },
})
