import { defineCheck } from '../../core/check.js'
import { eksVersionVerdict } from '../../analysis/eks-version-support.js'

export default defineCheck({
  meta: {
    id: 'eks-cluster-supported-version',
    resourceType: 'eks.cluster',
    title: 'EKS cluster runs a Kubernetes version in standard support',
    severity: 'high',
    categories: ['lifecycle'],
    description: 'Looks the cluster\'s Kubernetes version up in data/eks-versions.json (the EKS release calendar): a version in standard support passes; one in extended support (14 to 26 months after its EKS release) fails unless the `allowExtendedSupport` option is true; one past the end of extended support fails. A version newer than every entry in the data file passes; one the file cannot place is reported as unknown.',
    risk: 'Past standard support a version gets only critical fixes, at an extra hourly charge per cluster; past extended support it gets nothing and EKS upgrades the control plane on its own schedule, which can break workloads that were not prepared for it.',
    remediation: {
      text: 'Upgrade the control plane one minor version at a time (check deprecated APIs with the EKS upgrade insights first), then the add-ons and the nodes.',
      cli: 'aws eks list-insights --cluster-name <cluster> --filter categories=UPGRADE_READINESS\naws eks update-cluster-version --name <cluster> --kubernetes-version <next-minor-version>',
      cloudformation: 'Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    Version: "1.34"\n    RoleArn: !GetAtt ClusterRole.Arn\n    ResourcesVpcConfig: { SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB] }',
      terraform: 'resource "aws_eks_cluster" "platform" {\n  name     = "platform"\n  version  = "1.34"\n  role_arn = aws_iam_role.cluster.arn\n\n  vpc_config {\n    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  }\n}',
    },
    messages: {
      supported: 'Cluster {{name}} runs Kubernetes {{version}}, in standard support until {{until}}.',
      newer: 'Cluster {{name}} runs Kubernetes {{version}}, newer than every version clearsky knows.',
      extended: 'Cluster {{name}} runs Kubernetes {{version}}, past the end of standard support ({{since}}); extended support ends {{until}}.',
      unsupported: 'Cluster {{name}} runs Kubernetes {{version}}, which is no longer supported by EKS.',
    },
    options: { allowExtendedSupport: false },
  },
  evaluate(c, ctx) {
    return eksVersionVerdict(c, ctx)
  },
})
