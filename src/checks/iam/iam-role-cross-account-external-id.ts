import { defineCheck } from '../../core/check.js'
import { accountOfArn, analyzeExternalAccess } from '../../analysis/iam/index.js'
import { assumableWithoutExternalId } from '../../analysis/identity/trust.js'

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

export default defineCheck({
  meta: {
    id: 'iam-role-cross-account-external-id',
    resourceType: 'iam.role',
    title: 'Roles that other accounts assume require an external id',
    severity: 'high',
    categories: ['least-privilege', 'public-exposure'],
    options: { trustedAccounts: [] },
    description:
      'Finds the other AWS accounts the role\'s trust policy lets call sts:AssumeRole (named as principals, or through conditions on a wildcard principal), leaving out the accounts in the `trustedAccounts` option (your own organization\'s accounts, for instance). For each remaining account the IAM engine evaluates an AssumeRole request from that account — from its root, from an unnamed role and from every principal of it the policy names — without an sts:ExternalId. The role fails when such a request is allowed. Requests also carry no MFA, organization or source-IP keys, so trusts that require those pass. Roles open to any account are reported by iam-role-trust-not-public instead.',
    risk: 'Third-party services assume customer roles from their own account on behalf of many customers. Without an external id that only you and the vendor know, another customer of the same vendor can give it your role ARN and have it act in your account (the confused-deputy problem).',
    remediation: {
      text: 'Ask the vendor for the external id they generated for your account and require it with a StringEquals condition on sts:ExternalId. If the other account is one of yours, add it to the `trustedAccounts` option of this check instead.',
      cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-external-id.json',
      cloudformation: 'VendorRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { AWS: "arn:aws:iam::444455556666:root" }\n          Action: sts:AssumeRole\n          Condition:\n            StringEquals:\n              sts:ExternalId: "vendor-issued-id-for-this-account"',
      terraform: 'data "aws_iam_policy_document" "vendor_trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::444455556666:root"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "sts:ExternalId"\n      values   = ["vendor-issued-id-for-this-account"]\n    }\n  }\n}',
    },
    messages: {
      'no-external': '{{name}} is not assumable from untrusted accounts.',
      'external-id': '{{name}} is assumable from {{accounts}} only with an external id or other conditions.',
      'no-external-id': '{{name}} can be assumed from {{accounts}} without an external id.',
    },
  },
  evaluate(role, { pass, fail, skip, options, inventory }) {
    const owner = role.accountId ?? inventory.accountId ?? accountOfArn(role.arn ?? role.id) ?? 'unknown-account'
    const analysis = analyzeExternalAccess(role.trustPolicy, { ownerAccount: owner, ...(role.arn ? { resourceArn: role.arn } : {}) })
    if (analysis.isPublic) return skip('the role is open to any account (reported by iam-role-trust-not-public)')
    const trusted = new Set(stringList(options.trustedAccounts))
    const accounts = [...new Set(analysis.crossAccount.filter((g) => !g.via.startsWith('Service')).map((g) => g.account))].filter((a) => a !== owner && !trusted.has(a))
    if (accounts.length === 0) return pass('no-external', { name: role.name })
    const roleArn = role.arn ?? `arn:aws:iam::${owner}:role/${role.name}`
    const open = accounts.filter((a) => assumableWithoutExternalId(role.trustPolicy, roleArn, a))
    if (open.length === 0) return pass('external-id', { name: role.name, accounts: accounts.join(', ') })
    return fail('no-external-id', { data: { name: role.name, accounts: open.join(', ') }, at: 'trustPolicy' })
  },
})
