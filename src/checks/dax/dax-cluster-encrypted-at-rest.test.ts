import check from './dax-cluster-encrypted-at-rest.js'
import { testCheck } from '../../../test/check-tester.js'
import { daxCluster } from '../../../test/factories/index.js'

const cfn = (sse: string) =>
  `Cache:\n  Type: AWS::DAX::Cluster\n  Properties:\n    ClusterName: orders-cache\n    NodeType: dax.r5.large\n    ReplicationFactor: 3\n    IAMRoleARN: arn:aws:iam::111122223333:role/dax\n${sse}`
const tf = (sse: string) =>
  `resource "aws_dax_cluster" "c" {\n  cluster_name       = "orders-cache"\n  node_type          = "dax.r5.large"\n  replication_factor = 3\n  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"\n${sse}}\n`

testCheck(check, {
  valid: [{ name: 'encrypted', resource: daxCluster() }],
  invalid: [{ name: 'not encrypted', resource: daxCluster({ encryptedAtRest: false }), messageId: 'unencrypted', at: 'encryptedAtRest' }],
  unknown: [{ name: 'SSE from a parameter', resource: daxCluster({ encryptedAtRest: false, unresolved: { encryptedAtRest: '!Ref Encrypt' } }) }],
  iac: {
    cloudformation: {
      good: [cfn('    SSESpecification:\n      SSEEnabled: true\n')],
      bad: [cfn(''), cfn('    SSESpecification:\n      SSEEnabled: false\n')],
    },
    terraform: {
      good: [tf('  server_side_encryption {\n    enabled = true\n  }\n')],
      bad: [tf(''), tf('  server_side_encryption {\n    enabled = false\n  }\n')],
    },
  },
})
