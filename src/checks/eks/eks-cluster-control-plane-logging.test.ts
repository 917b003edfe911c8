import check from './eks-cluster-control-plane-logging.js'
import { testCheck } from '../../../test/check-tester.js'
import { eksCluster } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'all five', resource: eksCluster() }, { name: 'the three required', resource: eksCluster({ enabledLogTypes: ['api', 'audit', 'authenticator'] }) }],
  invalid: [
    { name: 'none', resource: eksCluster({ enabledLogTypes: [] }), messageId: 'missing', at: 'enabledLogTypes' },
    { name: 'audit only, all required by option', resource: eksCluster({ enabledLogTypes: ['audit'] }), options: { requiredLogTypes: ['audit', 'scheduler'] }, messageId: 'missing' },
  ],
  unknown: [{ name: 'log types from a parameter', resource: eksCluster({ unresolved: { enabledLogTypes: '!Ref Types' } }) }],
  iac: {
    cloudformation: {
      good: ['Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a] }\n    Logging: { ClusterLogging: { EnabledTypes: [{ Type: api }, { Type: audit }, { Type: authenticator }] } }\n'],
      bad: ['Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a] }\n    Logging: { ClusterLogging: { EnabledTypes: [{ Type: api }] } }\n'],
    },
    terraform: {
      good: ['resource "aws_eks_cluster" "c" {\n  name                      = "platform"\n  role_arn                  = "arn:aws:iam::111122223333:role/eks"\n  enabled_cluster_log_types = ["api", "audit", "authenticator"]\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n'],
      bad: ['resource "aws_eks_cluster" "c" {\n  name     = "platform"\n  role_arn = "arn:aws:iam::111122223333:role/eks"\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n'],
    },
  },
})
