import { defineCheck } from '../../core/check.js'

const WORLD = new Set(['0.0.0.0/0', '::/0'])

export default defineCheck({
  meta: {
    id: 'eks-cluster-endpoint-not-public',
    resourceType: 'eks.cluster',
    title: 'EKS cluster API endpoint is not open to the whole internet',
    severity: 'high',
    categories: ['public-exposure', 'network'],
    description: 'Checks the Kubernetes API server endpoint of each cluster: private only passes; a public endpoint restricted to listed CIDR blocks passes with its own message; a public endpoint open to 0.0.0.0/0 (the default when public access is on) fails.',
    risk: 'An API server reachable from anywhere can be probed and brute-forced by anyone, and a leaked kubeconfig or token, or an API server vulnerability, is usable from the whole internet.',
    remediation: {
      text: 'Turn on private endpoint access and turn off public access, reaching the API from inside the VPC (VPN, bastion, CI runners in the VPC); if public access is needed, restrict it to your egress CIDR blocks.',
      cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
      cloudformation: 'Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: !GetAtt ClusterRole.Arn\n    ResourcesVpcConfig:\n      SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n      EndpointPrivateAccess: true\n      EndpointPublicAccess: false',
      terraform: 'resource "aws_eks_cluster" "platform" {\n  name     = "platform"\n  role_arn = aws_iam_role.cluster.arn\n\n  vpc_config {\n    subnet_ids              = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}',
    },
    messages: {
      private: 'The API endpoint of cluster {{name}} is private.',
      restricted: 'The public API endpoint of cluster {{name}} only accepts {{cidrs}}.',
      open: 'The API endpoint of cluster {{name}} is open to the whole internet ({{cidrs}}).',
    },
  },
  evaluate(c, { pass, fail }) {
    if (!c.endpointPublicAccess) return pass('private', { name: c.name })
    const cidrs = c.publicAccessCidrs.length ? c.publicAccessCidrs : ['0.0.0.0/0']
    if (cidrs.some((x) => WORLD.has(x))) return fail('open', { data: { name: c.name, cidrs: cidrs.join(', ') }, at: 'publicAccessCidrs' })
    return pass('restricted', { name: c.name, cidrs: cidrs.join(', ') })
  },
})
