import { defineCheck } from '../../core/check.js'
import { eksVersionVerdict } from '../../analysis/eks-version-support.js'

export default defineCheck({
  meta: {
    id: 'eks-nodegroup-supported-version',
    resourceType: 'eks.nodegroup',
    title: 'EKS managed node group runs a Kubernetes version in standard support',
    severity: 'high',
    categories: ['lifecycle'],
    description: 'Looks the Kubernetes version of every EKS managed node group up in data/eks-versions.json (the EKS release calendar): a version in standard support passes; one in extended support fails unless the `allowExtendedSupport` option is true; one past the end of extended support fails. A version newer than every entry in the data file passes; one the file cannot place is reported as unknown. Node groups may lag their cluster by a few minor versions, so a supported cluster can still carry unsupported nodes. In a template a node group without a version gets its cluster\'s version.',
    risk: 'Nodes on a version past standard support run a kubelet and AMI that no longer get regular security fixes; past extended support they get none, and the cluster cannot be upgraded further until they are.',
    remediation: {
      text: 'Upgrade the node group to the cluster\'s Kubernetes version (upgrade the control plane first if it is also behind). Managed node groups roll the nodes, honouring pod disruption budgets.',
      cli: 'aws eks update-nodegroup-version --cluster-name <cluster> --nodegroup-name <nodegroup> --kubernetes-version <cluster-version>',
      cloudformation: 'Nodes:\n  Type: AWS::EKS::Nodegroup\n  Properties:\n    ClusterName: !Ref Cluster\n    NodeRole: !GetAtt NodeRole.Arn\n    Subnets: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n    Version: "1.34"',
      terraform: 'resource "aws_eks_node_group" "workers" {\n  cluster_name    = aws_eks_cluster.platform.name\n  node_group_name = "workers"\n  node_role_arn   = aws_iam_role.nodes.arn\n  subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  version         = aws_eks_cluster.platform.version\n\n  scaling_config {\n    desired_size = 2\n    max_size     = 4\n    min_size     = 2\n  }\n}',
    },
    messages: {
      supported: 'Node group {{name}} runs Kubernetes {{version}}, in standard support until {{until}}.',
      newer: 'Node group {{name}} runs Kubernetes {{version}}, newer than every version clearsky knows.',
      extended: 'Node group {{name}} runs Kubernetes {{version}}, past the end of standard support ({{since}}); extended support ends {{until}}.',
      unsupported: 'Node group {{name}} runs Kubernetes {{version}}, which is no longer supported by EKS.',
    },
    options: { allowExtendedSupport: false },
  },
  evaluate(ng, ctx) {
    return eksVersionVerdict(ng, ctx)
  },
})
