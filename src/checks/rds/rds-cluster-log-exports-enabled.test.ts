import check from './rds-cluster-log-exports-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'Aurora PostgreSQL exports postgresql', resource: rdsCluster() },
    { name: 'Aurora MySQL exports audit and error', resource: rdsCluster({ engine: 'aurora-mysql', enabledLogExports: ['audit', 'error'] }) },
    { name: 'MySQL Multi-AZ DB cluster exports error (no audit type exists for it)', resource: rdsCluster({ engine: 'mysql', enabledLogExports: ['error'] }) },
  ],
  invalid: [
    { name: 'nothing exported', resource: rdsCluster({ enabledLogExports: [] }), messageId: 'missing', at: 'enabledLogExports' },
    { name: 'Aurora MySQL without audit', resource: rdsCluster({ engine: 'aurora-mysql', enabledLogExports: ['error', 'slowquery'] }), messageId: 'missing' },
  ],
  unknown: [{ name: 'unknown engine', resource: rdsCluster({ engine: 'neptune-like' }) }],
  iac: {
    cloudformation: {
      good: ['Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-mysql\n    MasterUsername: app_owner\n    EnableCloudwatchLogsExports: [audit, error, slowquery]\n'],
      bad: ['Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-mysql\n    MasterUsername: app_owner\n'],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine                          = "aurora-postgresql"\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine = "aurora-postgresql"\n}\n'],
    },
  },
})
