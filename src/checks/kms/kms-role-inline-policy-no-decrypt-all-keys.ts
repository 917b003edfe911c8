import { defineCheck } from '../../core/check.js'
import { decryptOnAllKeys } from '../../analysis/kms-decrypt.js'

export default defineCheck({
  meta: {
    id: 'kms-role-inline-policy-no-decrypt-all-keys',
    resourceType: 'iam.role',
    title: 'Inline policies of an IAM role do not allow decryption with every KMS key',
    severity: 'medium',
    categories: ['least-privilege', 'encryption'],
    description:
      'Checks the inline policies of each IAM role for Allow statements that grant kms:Decrypt or kms:ReEncryptFrom (directly or through a wildcard such as kms:*) on every key: Resource "*", a key ARN pattern ending in key/*, or a NotResource. Conditions that narrow the keys (kms:ViaService, kms:EncryptionContext…, kms:CallerAccount, aws:ResourceTag/…) make a statement pass; conditions on who or when do not. Customer managed policies are checked by kms-customer-policy-no-decrypt-all-keys.',
    risk: 'Decrypt on every key turns any ciphertext the role can reach — S3 objects, snapshots, secrets, environment variables — into plaintext, so one compromised principal reads data that separate keys were meant to keep apart. Inline policies are also the ones least often reviewed.',
    remediation: {
      text: 'Rewrite the inline policy to name the keys the role needs (key ARNs, not key/*), or narrow it with kms:ViaService or an encryption-context condition.',
      cli: 'aws iam put-role-policy --role-name <role> --policy-name <policy> --policy-document file://scoped.json   # scoped.json names key ARNs',
      cloudformation: "Type: AWS::IAM::Role\nProperties:\n  AssumeRolePolicyDocument: { Version: \"2012-10-17\", Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }\n  Policies:\n    - PolicyName: decrypt-orders\n      PolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Effect: Allow\n            Action: kms:Decrypt\n            Resource: !GetAtt OrdersKey.Arn",
      terraform: "resource \"aws_iam_role_policy\" \"decrypt_orders\" {\n  role   = aws_iam_role.app.id\n  policy = jsonencode({ Version = \"2012-10-17\", Statement = [{ Effect = \"Allow\", Action = \"kms:Decrypt\", Resource = aws_kms_key.orders.arn }] })\n}",
    },
    messages: {
      scoped: 'No inline policy of role {{name}} allows decryption with every KMS key.',
      narrowed: 'Inline policy {{policy}} of role {{name}} allows {{action}} on every key, but only under conditions that narrow the keys.',
      allKeys: 'Statement {{statement}} of inline policy {{policy}} of role {{name}} allows {{action}} with every KMS key.',
    },
  },
  evaluate(principal, { pass, fail, inventory }) {
    const account = principal.accountId ?? inventory.accountId ?? ''
    const verdicts = []
    let narrowed: { policy: string; action: string } | undefined
    for (const p of principal.inlinePolicies) {
      for (const g of decryptOnAllKeys(p.document, account)) {
        if (g.narrowed) narrowed ??= { policy: p.name, action: g.action }
        else verdicts.push(fail('allKeys', { data: { name: principal.name, policy: p.name, statement: g.statement, action: g.action }, at: 'inlinePolicies', subject: `${p.name} ${g.statement} ${g.action}` }))
      }
    }
    if (verdicts.length) return verdicts
    return narrowed ? pass('narrowed', { name: principal.name, ...narrowed }) : pass('scoped', { name: principal.name })
  },
})
