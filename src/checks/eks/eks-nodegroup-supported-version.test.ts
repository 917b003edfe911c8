import check from './eks-nodegroup-supported-version.js'
import { testCheck } from '../../../test/check-tester.js'
import { eksNodegroup } from '../../../test/factories/index.js'

const CLUSTER_CFN = 'Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    Name: platform\n    Version: "1.34"\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a] }\n'
const CLUSTER_TF = (version: string) => `resource "aws_eks_cluster" "c" {\n  name     = "platform"\n  version  = "${version}"\n  role_arn = "arn:aws:iam::111122223333:role/eks"\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n`
const NODES_TF = (version?: string) => `resource "aws_eks_node_group" "n" {\n  cluster_name    = aws_eks_cluster.c.name\n  node_group_name = "workers"\n  node_role_arn   = "arn:aws:iam::111122223333:role/nodes"\n  subnet_ids      = ["subnet-a"]\n${version ? `  version         = "${version}"\n` : ''}  scaling_config {\n    desired_size = 1\n    max_size     = 1\n    min_size     = 1\n  }\n}\n`

// Test scan time 2026-11-27: 1.34 is in standard support until 2026-12-02, 1.32 in extended support, 1.29 past both.
testCheck(check, {
  valid: [
    { name: '1.34 in standard support', resource: eksNodegroup() },
    { name: 'newer than the table', resource: eksNodegroup({ version: '1.40' }) },
    { name: 'extended support allowed by option', resource: eksNodegroup({ version: '1.32' }), options: { allowExtendedSupport: true } },
  ],
  invalid: [
    { name: '1.32 in extended support', resource: eksNodegroup({ version: '1.32' }), messageId: 'extended', at: 'version' },
    { name: '1.29 past extended support', resource: eksNodegroup({ version: '1.29' }), messageId: 'unsupported', at: 'version' },
    { name: '1.21, older than the table', resource: eksNodegroup({ version: '1.21' }), messageId: 'unsupported' },
  ],
  unknown: [
    { name: 'version from a parameter', resource: eksNodegroup({ unresolved: { version: '!Ref NodeVersion' } }) },
    { name: 'unparseable version', resource: eksNodegroup({ version: 'latest' }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `${CLUSTER_CFN}Nodes:\n  Type: AWS::EKS::Nodegroup\n  Properties:\n    ClusterName: !Ref Cluster\n    NodeRole: arn:aws:iam::111122223333:role/nodes\n    Subnets: [subnet-a]\n    Version: "1.34"\n`,
        // No Version: the node group gets its cluster's.
        `${CLUSTER_CFN}Nodes:\n  Type: AWS::EKS::Nodegroup\n  Properties:\n    ClusterName: !Ref Cluster\n    NodeRole: arn:aws:iam::111122223333:role/nodes\n    Subnets: [subnet-a]\n`,
      ],
      bad: [`${CLUSTER_CFN}Nodes:\n  Type: AWS::EKS::Nodegroup\n  Properties:\n    ClusterName: !Ref Cluster\n    NodeRole: arn:aws:iam::111122223333:role/nodes\n    Subnets: [subnet-a]\n    Version: "1.29"\n`],
    },
    terraform: {
      good: [CLUSTER_TF('1.34') + NODES_TF('1.34'), CLUSTER_TF('1.34') + NODES_TF()],
      bad: [CLUSTER_TF('1.34') + NODES_TF('1.30'), CLUSTER_TF('1.30') + NODES_TF()],
    },
  },
})
