import check from './rds-cluster-copy-tags-to-snapshots.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'copies tags', resource: rdsCluster() }],
  invalid: [{ name: 'does not copy tags', resource: rdsCluster({ copyTagsToSnapshot: false }), messageId: 'notCopied', at: 'copyTagsToSnapshot' }],
  unknown: [{ name: 'from a variable', resource: rdsCluster({ unresolved: { copyTagsToSnapshot: 'var.copy' } }) }],
  iac: {
    cloudformation: {
      good: ['Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-postgresql\n    MasterUsername: app_owner\n    CopyTagsToSnapshot: true\n'],
      bad: ['Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-postgresql\n    MasterUsername: app_owner\n'],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine                = "aurora-postgresql"\n  copy_tags_to_snapshot = true\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine = "aurora-postgresql"\n}\n'],
    },
  },
})
