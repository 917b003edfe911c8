import { defineCheck } from '../../core/check.js'
import { analyzeExternalAccess } from '../../analysis/iam/index.js'

export default defineCheck({
  meta: {
    id: 'kms-key-policy-not-public',
    resourceType: 'kms.key',
    title: 'KMS key policy does not grant access to everyone',
    severity: 'critical',
    categories: ['public-exposure', 'encryption'],
    description:
      'Reads the key policy with the condition-aware IAM engine and fails for every Allow statement that reaches anyone, or any principal of any AWS account: `"Principal": "*"` (or `{"AWS": "*"}`) without a condition that pins the callers to accounts (kms:CallerAccount, aws:PrincipalAccount), an organisation (aws:PrincipalOrgID), a VPC endpoint or a source. Negated operators, …IfExists and ForAllValues: do not narrow anything. AWS managed keys, whose policies AWS writes, are skipped.',
    risk: 'KMS evaluates the key policy first: a public Allow lets any AWS customer decrypt data encrypted under the key (if they obtain the ciphertext), encrypt data under it, or — with kms:* — change its policy and schedule its deletion.',
    remediation: {
      text: 'Replace the wildcard principal with the account root or the roles that need the key, or add a kms:CallerAccount / aws:PrincipalOrgID condition; keep kms:ViaService conditions for service integrations.',
      cli: 'aws kms get-key-policy --key-id <key-id> --policy-name default --output text > policy.json\n# edit the public statement, then:\naws kms put-key-policy --key-id <key-id> --policy-name default --policy file://policy.json',
      cloudformation:
        'Type: AWS::KMS::Key\nProperties:\n  KeyPolicy:\n    Version: "2012-10-17"\n    Statement:\n      - Sid: AccountAdmins\n        Effect: Allow\n        Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root" }\n        Action: kms:*\n        Resource: "*"\n      - Sid: UseThroughS3InThisAccount\n        Effect: Allow\n        Principal: { AWS: "*" }\n        Action: [kms:Decrypt, kms:GenerateDataKey*]\n        Resource: "*"\n        Condition:\n          StringEquals:\n            kms:CallerAccount: !Ref AWS::AccountId\n            kms:ViaService: !Sub s3.${AWS::Region}.amazonaws.com',
      terraform:
        'data "aws_iam_policy_document" "key" {\n  statement {\n    sid       = "AccountAdmins"\n    actions   = ["kms:*"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]\n    }\n  }\n}\n\nresource "aws_kms_key" "this" {\n  policy = data.aws_iam_policy_document.key.json\n}',
    },
    messages: {
      private: 'The policy of KMS key {{name}} grants nothing to the public.',
      public: 'Statement {{statement}} of the policy of KMS key {{name}} lets anyone perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the policy of KMS key {{name}} lets any AWS account perform {{actions}}.',
    },
  },
  evaluate(key, { pass, fail, skip, inventory }) {
    if (key.manager === 'AWS') return skip('AWS managed keys have policies written by AWS')
    if (!key.policy) return skip('the key policy is not known')
    const owner = key.accountId ?? inventory.accountId ?? 'unknown-account'
    const analysis = analyzeExternalAccess(key.policy, { ownerAccount: owner, ...(key.arn ? { resourceArn: key.arn } : {}) })
    if (!analysis.isPublic) return pass('private', { name: key.name })
    return analysis.publicStatements.map((s) =>
      fail(s.reach.some((r) => r.kind === 'public') ? 'public' : 'publicAuthenticated', {
        data: { name: key.name, statement: s.label, actions: (s.notAction ? 'every action except ' : '') + s.actions.join(', ') },
        at: 'policy',
        subject: `statement ${s.label}`,
      }),
    )
  },
})
