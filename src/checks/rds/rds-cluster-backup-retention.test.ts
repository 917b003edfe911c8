import check from './rds-cluster-backup-retention.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const aurora = 'Engine: aurora-postgresql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: '14 days', resource: rdsCluster() }],
  invalid: [{ name: 'the one-day default', resource: rdsCluster({ backupRetentionPeriod: 1 }), messageId: 'short', at: 'backupRetentionPeriod' }],
  unknown: [{ name: 'retention from a variable', resource: rdsCluster({ unresolved: { backupRetentionPeriod: 'var.days' } }) }],
  iac: {
    cloudformation: {
      good: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n    BackupRetentionPeriod: 7\n`],
      bad: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n`],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine                  = "aurora-mysql"\n  backup_retention_period = 35\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine                  = "aurora-mysql"\n  backup_retention_period = 3\n}\n'],
    },
  },
})
