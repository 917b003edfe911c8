import check from './eks-cluster-supported-version.js'
import { testCheck } from '../../../test/check-tester.js'
import { eksCluster } from '../../../test/factories/index.js'

// Test scan time 2026-11-27: 1.34 is in standard support until 2026-12-02, 1.32 in extended support, 1.29 past both.
testCheck(check, {
  valid: [
    { name: '1.34 in standard support', resource: eksCluster() },
    { name: 'newer than the table', resource: eksCluster({ version: '1.40' }) },
    { name: 'extended support allowed by option', resource: eksCluster({ version: '1.32' }), options: { allowExtendedSupport: true } },
  ],
  invalid: [
    { name: '1.32 in extended support', resource: eksCluster({ version: '1.32' }), messageId: 'extended', at: 'version' },
    { name: '1.29 past extended support', resource: eksCluster({ version: '1.29' }), messageId: 'unsupported' },
    { name: '1.21, older than the table', resource: eksCluster({ version: '1.21' }), messageId: 'unsupported' },
    { name: '1.34 after its end of standard support', resource: eksCluster(), now: new Date('2026-12-15T00:00:00Z'), messageId: 'extended' },
  ],
  unknown: [
    { name: 'version from a parameter', resource: eksCluster({ unresolved: { version: '!Ref K8sVersion' } }) },
    { name: 'unparseable version', resource: eksCluster({ version: 'latest' }) },
  ],
  iac: {
    cloudformation: {
      good: ['Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    Version: "1.34"\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a] }\n'],
      bad: ['Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    Version: "1.28"\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a] }\n'],
    },
    terraform: {
      good: ['resource "aws_eks_cluster" "c" {\n  name     = "platform"\n  version  = "1.34"\n  role_arn = "arn:aws:iam::111122223333:role/eks"\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n'],
      bad: ['resource "aws_eks_cluster" "c" {\n  name     = "platform"\n  version  = "1.30"\n  role_arn = "arn:aws:iam::111122223333:role/eks"\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n'],
    },
  },
})
