import check from './dax-cluster-encrypted-in-transit.js'
import { testCheck } from '../../../test/check-tester.js'
import { daxCluster } from '../../../test/factories/index.js'

const cfn = (tls: string) =>
  `Cache:\n  Type: AWS::DAX::Cluster\n  Properties:\n    ClusterName: orders-cache\n    NodeType: dax.r5.large\n    ReplicationFactor: 3\n    IAMRoleARN: arn:aws:iam::111122223333:role/dax\n    SSESpecification: { SSEEnabled: true }\n${tls}`
const tf = (tls: string) =>
  `resource "aws_dax_cluster" "c" {\n  cluster_name       = "orders-cache"\n  node_type          = "dax.r5.large"\n  replication_factor = 3\n  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"\n${tls}}\n`

testCheck(check, {
  valid: [{ name: 'TLS endpoint', resource: daxCluster() }],
  invalid: [{ name: 'plain endpoint', resource: daxCluster({ endpointEncryption: 'NONE' }), messageId: 'plaintext', at: 'endpointEncryption' }],
  unknown: [{ name: 'encryption type from a variable', resource: daxCluster({ endpointEncryption: 'NONE', unresolved: { endpointEncryption: 'var.endpoint_encryption' } }) }],
  iac: {
    cloudformation: {
      good: [cfn('    ClusterEndpointEncryptionType: TLS\n')],
      bad: [cfn(''), cfn('    ClusterEndpointEncryptionType: NONE\n')],
    },
    terraform: {
      good: [tf('  cluster_endpoint_encryption_type = "TLS"\n')],
      bad: [tf(''), tf('  cluster_endpoint_encryption_type = "NONE"\n')],
    },
  },
})
