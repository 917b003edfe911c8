import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'dax-cluster-encrypted-in-transit',
    resourceType: 'dax.cluster',
    title: 'DAX cluster endpoint requires TLS',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks that the endpoint encryption type of each DynamoDB Accelerator (DAX) cluster is TLS, so that clients reach the cluster only over encrypted connections. Like encryption at rest, the setting is fixed when the cluster is created.',
    risk: 'With endpoint encryption NONE, requests and the table items DAX returns cross the VPC in clear text: anything able to observe or redirect that traffic can read or alter the data.',
    remediation: {
      text: 'The endpoint encryption type cannot be changed on an existing cluster: create a new cluster with ClusterEndpointEncryptionType TLS, switch the clients to its `daxs://` endpoint (TLS needs a recent DAX client), then delete the old cluster.',
      cli: 'aws dax create-cluster --cluster-name <name>-tls --node-type dax.r5.large --replication-factor 3 --iam-role-arn <role-arn> --subnet-group-name <subnet-group> --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS\n# move clients to the new daxs:// endpoint, then:\naws dax delete-cluster --cluster-name <name>',
      cloudformation:
        'Cache:\n  Type: AWS::DAX::Cluster\n  Properties:\n    ClusterName: orders-cache\n    NodeType: dax.r5.large\n    ReplicationFactor: 3\n    IAMRoleARN: !GetAtt DaxRole.Arn\n    SubnetGroupName: !Ref DaxSubnets\n    SSESpecification:\n      SSEEnabled: true\n    ClusterEndpointEncryptionType: TLS',
      terraform:
        'resource "aws_dax_cluster" "orders_cache" {\n  cluster_name                     = "orders-cache"\n  node_type                        = "dax.r5.large"\n  replication_factor               = 3\n  iam_role_arn                     = aws_iam_role.dax.arn\n  subnet_group_name                = aws_dax_subnet_group.private.name\n  cluster_endpoint_encryption_type = "TLS"\n\n  server_side_encryption {\n    enabled = true\n  }\n}',
    },
    messages: {
      tls: 'DAX cluster {{name}} accepts only TLS connections.',
      plaintext: 'DAX cluster {{name}} accepts unencrypted connections (endpoint encryption NONE).',
    },
  },
  evaluate(c, { pass, fail }) {
    return c.endpointEncryption === 'TLS' ? pass('tls', { name: c.name }) : fail('plaintext', { data: { name: c.name }, at: 'endpointEncryption' })
  },
})
