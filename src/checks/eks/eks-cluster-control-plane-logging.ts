import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'eks-cluster-control-plane-logging',
    resourceType: 'eks.cluster',
    title: 'EKS cluster sends its control-plane logs to CloudWatch',
    severity: 'medium',
    categories: ['logging'],
    description: 'Checks that the control-plane log types in the `requiredLogTypes` option (default: api, audit and authenticator — who called the Kubernetes API, what they did, and how they authenticated) are sent to CloudWatch Logs. controllerManager and scheduler can be added to the option.',
    risk: 'Without the audit and authenticator logs there is no record of who created, read or deleted Kubernetes objects and secrets, or of which IAM identity was mapped to which Kubernetes user: an intrusion in the cluster cannot be reconstructed.',
    remediation: {
      text: 'Enable the api, audit and authenticator log types (or all five) for the cluster and set a retention period on the /aws/eks/<cluster>/cluster log group.',
      cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
      cloudformation: 'Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: !GetAtt ClusterRole.Arn\n    ResourcesVpcConfig: { SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB] }\n    Logging:\n      ClusterLogging:\n        EnabledTypes: [{ Type: api }, { Type: audit }, { Type: authenticator }, { Type: controllerManager }, { Type: scheduler }]',
      terraform: 'resource "aws_eks_cluster" "platform" {\n  name                      = "platform"\n  role_arn                  = aws_iam_role.cluster.arn\n  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n\n  vpc_config {\n    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  }\n}',
    },
    messages: {
      enabled: 'Cluster {{name}} sends its {{types}} logs to CloudWatch.',
      missing: 'Cluster {{name}} does not send its {{missing}} control-plane logs to CloudWatch.',
    },
    options: { requiredLogTypes: ['api', 'audit', 'authenticator'] },
  },
  evaluate(c, { pass, fail, options }) {
    const required = Array.isArray(options.requiredLogTypes) ? options.requiredLogTypes.map(String) : ['api', 'audit', 'authenticator']
    const missing = required.filter((t) => !c.enabledLogTypes.includes(t))
    if (missing.length) return fail('missing', { data: { name: c.name, missing: missing.join(', ') }, at: 'enabledLogTypes' })
    return pass('enabled', { name: c.name, types: required.join(', ') })
  },
})
