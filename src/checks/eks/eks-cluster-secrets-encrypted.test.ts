import check from './eks-cluster-secrets-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { eksCluster } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'KMS envelope encryption', resource: eksCluster() }],
  invalid: [{ name: 'none', resource: eksCluster({ secretsEncryptionKeyArn: undefined }), messageId: 'unencrypted', at: 'secretsEncryptionKeyArn' }],
  unknown: [{ name: 'key from an import', resource: eksCluster({ unresolved: { secretsEncryptionKeyArn: '!ImportValue Key' } }) }],
  iac: {
    cloudformation: {
      good: ['Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a] }\n    EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: arn:aws:kms:us-east-1:111122223333:key/k } }]\n'],
      bad: ['Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: arn:aws:iam::111122223333:role/eks\n    ResourcesVpcConfig: { SubnetIds: [subnet-a] }\n'],
    },
    terraform: {
      good: ['resource "aws_eks_cluster" "c" {\n  name     = "platform"\n  role_arn = "arn:aws:iam::111122223333:role/eks"\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = "arn:aws:kms:us-east-1:111122223333:key/k"\n    }\n  }\n}\n'],
      bad: ['resource "aws_eks_cluster" "c" {\n  name     = "platform"\n  role_arn = "arn:aws:iam::111122223333:role/eks"\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n'],
    },
  },
})
