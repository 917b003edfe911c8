import check from './rds-cluster-backtracking-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const mysql = (over: Parameters<typeof rdsCluster>[0] = {}) => rdsCluster({ engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.08.0', enabledLogExports: ['audit', 'error'], port: 3307, backtrackWindow: 86400, ...over })
const aurora = 'Engine: aurora-mysql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [
    { name: 'one day of backtracking', resource: mysql() },
    { name: 'window meets the configured minimum', resource: mysql({ backtrackWindow: 72 * 3600 }), options: { minimumWindowHours: 48 } },
  ],
  invalid: [
    { name: 'no backtrack window', resource: mysql({ backtrackWindow: 0 }), messageId: 'disabled', at: 'backtrackWindow' },
    { name: 'window never set', resource: mysql({ backtrackWindow: undefined }), messageId: 'disabled', at: 'backtrackWindow' },
    { name: 'window shorter than the configured minimum', resource: mysql({ backtrackWindow: 3600 }), options: { minimumWindowHours: 24 }, messageId: 'tooShort', at: 'backtrackWindow' },
  ],
  unknown: [{ name: 'window from a parameter', resource: mysql({ backtrackWindow: 0, unresolved: { backtrackWindow: '!Ref Window' } }) }],
  skip: [
    { name: 'Aurora PostgreSQL', resource: rdsCluster({ backtrackWindow: 0 }) },
    { name: 'Multi-AZ DB cluster (MySQL)', resource: rdsCluster({ engine: 'mysql', backtrackWindow: 0 }) },
  ],
  iac: {
    cloudformation: {
      good: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n    BacktrackWindow: 86400\n`],
      bad: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n`, `Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n    BacktrackWindow: 0\n`],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine           = "aurora-mysql"\n  backtrack_window = 86400\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine = "aurora-mysql"\n}\n'],
    },
  },
})
