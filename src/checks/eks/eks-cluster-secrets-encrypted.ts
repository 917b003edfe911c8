import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'eks-cluster-secrets-encrypted',
    resourceType: 'eks.cluster',
    title: 'EKS cluster envelope-encrypts Kubernetes secrets with KMS',
    severity: 'medium',
    categories: ['encryption', 'secrets'],
    description: 'Checks that the cluster has an encryption configuration for the `secrets` resource with a KMS key, so that Kubernetes Secrets in etcd are envelope-encrypted with a key you control.',
    risk: 'Without envelope encryption a Secret is only protected by etcd\'s volume encryption: anyone who can read etcd data (a backup, a control-plane compromise) reads every secret, and there is no key policy or CloudTrail record of use.',
    remediation: {
      text: 'Associate a customer managed KMS key with the cluster for secrets encryption (it cannot be removed afterwards), then rewrite existing secrets so they are encrypted (kubectl get secrets -A -o json | kubectl replace -f -).',
      cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<key-arn>"}}]\'',
      cloudformation: 'Cluster:\n  Type: AWS::EKS::Cluster\n  Properties:\n    RoleArn: !GetAtt ClusterRole.Arn\n    ResourcesVpcConfig: { SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB] }\n    EncryptionConfig:\n      - Resources: [secrets]\n        Provider: { KeyArn: !GetAtt SecretsKey.Arn }',
      terraform: 'resource "aws_eks_cluster" "platform" {\n  name     = "platform"\n  role_arn = aws_iam_role.cluster.arn\n\n  vpc_config {\n    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  }\n\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}',
    },
    messages: {
      encrypted: 'Kubernetes secrets of cluster {{name}} are envelope-encrypted with {{key}}.',
      unencrypted: 'Kubernetes secrets of cluster {{name}} are not envelope-encrypted with a KMS key.',
    },
  },
  evaluate(c, { pass, fail }) {
    if (c.secretsEncryptionKeyArn) return pass('encrypted', { name: c.name, key: c.secretsEncryptionKeyArn.split('/').pop() ?? c.secretsEncryptionKeyArn })
    return fail('unencrypted', { data: { name: c.name }, at: 'secretsEncryptionKeyArn' })
  },
})
