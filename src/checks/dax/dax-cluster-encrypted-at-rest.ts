import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'dax-cluster-encrypted-at-rest',
    resourceType: 'dax.cluster',
    title: 'DAX cluster encrypts its data at rest',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks that server-side encryption is enabled on each DynamoDB Accelerator (DAX) cluster, so that what the nodes write to disk (DAX persists data there while propagating changes from the primary node to its read replicas) is encrypted with the account\'s AWS managed KMS key for DAX. The setting is chosen when the cluster is created and cannot be changed later.',
    risk: 'A DAX cluster caches copies of table items: without encryption at rest those copies sit unencrypted on the nodes\' storage, outside the protection the DynamoDB table itself has.',
    remediation: {
      text: 'Encryption at rest cannot be turned on for an existing cluster: create a new cluster with server-side encryption enabled, point the application\'s DAX client at its endpoint, then delete the old cluster.',
      cli: 'aws dax create-cluster --cluster-name <name>-enc --node-type dax.r5.large --replication-factor 3 --iam-role-arn <role-arn> --subnet-group-name <subnet-group> --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS\n# move clients to the new endpoint, then:\naws dax delete-cluster --cluster-name <name>',
      cloudformation:
        'Cache:\n  Type: AWS::DAX::Cluster\n  Properties:\n    ClusterName: orders-cache\n    NodeType: dax.r5.large\n    ReplicationFactor: 3\n    IAMRoleARN: !GetAtt DaxRole.Arn\n    SubnetGroupName: !Ref DaxSubnets\n    SSESpecification:\n      SSEEnabled: true\n    ClusterEndpointEncryptionType: TLS',
      terraform:
        'resource "aws_dax_cluster" "orders_cache" {\n  cluster_name                     = "orders-cache"\n  node_type                        = "dax.r5.large"\n  replication_factor               = 3\n  iam_role_arn                     = aws_iam_role.dax.arn\n  subnet_group_name                = aws_dax_subnet_group.private.name\n  cluster_endpoint_encryption_type = "TLS"\n\n  server_side_encryption {\n    enabled = true\n  }\n}',
    },
    messages: {
      encrypted: 'DAX cluster {{name}} encrypts its data at rest.',
      unencrypted: 'DAX cluster {{name}} does not encrypt its data at rest.',
    },
  },
  evaluate(c, { pass, fail }) {
    return c.encryptedAtRest ? pass('encrypted', { name: c.name }) : fail('unencrypted', { data: { name: c.name }, at: 'encryptedAtRest' })
  },
})
