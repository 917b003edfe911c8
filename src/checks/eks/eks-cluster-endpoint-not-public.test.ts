import check from './eks-cluster-endpoint-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { eksCluster } from '../../../test/factories/index.js'

const cfn = (vpc: string) => `Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a, subnet-b]${vpc} }\n`
const tf = (vpc: string) => `resource "aws_eks_cluster" "c" {\n  name     = "platform"\n  role_arn = "arn:aws:iam::111122223333:role/eks"\n  vpc_config {\n    subnet_ids = ["subnet-a", "subnet-b"]\n${vpc}  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'private endpoint', resource: eksCluster() },
    { name: 'public but restricted', resource: eksCluster({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }) },
  ],
  invalid: [
    { name: 'public to the world', resource: eksCluster({ endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }), messageId: 'open', at: 'publicAccessCidrs' },
    { name: 'public, CIDRs not listed (AWS default)', resource: eksCluster({ endpointPublicAccess: true, publicAccessCidrs: [] }), messageId: 'open' },
  ],
  unknown: [{ name: 'CIDRs from a parameter', resource: eksCluster({ endpointPublicAccess: true, unresolved: { publicAccessCidrs: '!Ref Cidrs' } }) }],
  iac: {
    cloudformation: {
      good: [cfn(', EndpointPublicAccess: false, EndpointPrivateAccess: true'), cfn(', PublicAccessCidrs: [203.0.113.0/24]')],
      bad: [cfn('')],
    },
    terraform: {
      good: [tf('    endpoint_public_access  = false\n    endpoint_private_access = true\n')],
      bad: [tf('')],
    },
  },
})
