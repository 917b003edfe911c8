import { defineCheck } from '../../core/check.js'
import { decryptOnAllKeys } from '../../analysis/kms-decrypt.js'

export default defineCheck({
  meta: {
    id: 'kms-customer-policy-no-decrypt-all-keys',
    resourceType: 'iam.policy',
    title: 'Customer managed IAM policy does not allow decryption with every KMS key',
    severity: 'medium',
    categories: ['least-privilege', 'encryption'],
    description:
      'Checks the default version of each customer managed policy for Allow statements that grant kms:Decrypt or kms:ReEncryptFrom (directly or through a wildcard such as kms:* or kms:Re*) on every key: Resource "*", a key ARN pattern ending in key/*, or a NotResource. A statement whose conditions narrow the keys (kms:ViaService, kms:EncryptionContext…, kms:CallerAccount, aws:ResourceTag/…) passes; conditions on who or when (MFA, source IP) do not narrow the keys. AWS managed policies are skipped.',
    risk: 'Decrypt on every key turns any ciphertext the principal can reach — an S3 object, an EBS snapshot, a Secrets Manager value, an environment variable — into plaintext, so one compromised role reads data that other key policies were meant to separate.',
    remediation: {
      text: 'Name the keys the principals need in Resource (key ARNs, not key/*), or narrow the statement with kms:ViaService or an encryption-context condition. Key policies can then keep control of who decrypts.',
      cli: 'aws iam create-policy-version --policy-arn <policy-arn> --set-as-default --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:<region>:<account>:key/<key-id>"}]}\'',
      cloudformation: 'Type: AWS::IAM::ManagedPolicy\nProperties:\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Action: kms:Decrypt\n        Resource: !GetAtt OrdersKey.Arn',
      terraform: 'data "aws_iam_policy_document" "decrypt_orders" {\n  statement {\n    actions   = ["kms:Decrypt"]\n    resources = [aws_kms_key.orders.arn]\n  }\n}',
    },
    messages: {
      scoped: 'Policy {{name}} does not allow decryption with every KMS key.',
      narrowed: 'Policy {{name}} allows {{action}} on every key in statement {{statement}}, but only under conditions that narrow the keys.',
      allKeys: 'Statement {{statement}} of policy {{name}} allows {{action}} with every KMS key.',
    },
  },
  evaluate(policy, { pass, fail, skip, inventory }) {
    if (policy.awsManaged) return skip('AWS managed policy (AWS decides its content)')
    const grants = decryptOnAllKeys(policy.document, policy.accountId ?? inventory.accountId ?? '')
    const broad = grants.filter((g) => !g.narrowed)
    if (broad.length) return broad.map((g) => fail('allKeys', { data: { name: policy.name, statement: g.statement, action: g.action }, at: 'document', subject: `${g.statement} ${g.action}` }))
    const narrowed = grants[0]
    return narrowed ? pass('narrowed', { name: policy.name, statement: narrowed.statement, action: narrowed.action }) : pass('scoped', { name: policy.name })
  },
})
