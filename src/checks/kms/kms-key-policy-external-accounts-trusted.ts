import { defineCheck } from '../../core/check.js'
import { analyzeExternalAccess } from '../../analysis/iam/index.js'

export default defineCheck({
  meta: {
    id: 'kms-key-policy-external-accounts-trusted',
    resourceType: 'kms.key',
    title: 'KMS key policy grants other accounts access only when they are trusted',
    severity: 'high',
    categories: ['least-privilege', 'encryption'],
    description:
      'Reads the key policy with the condition-aware IAM engine and lists every other AWS account (or organization) it lets use or manage the key — as a principal, or through kms:CallerAccount / aws:PrincipalAccount conditions on a wildcard principal — and fails for each one not in the `trustedAccounts` option (or `trustedOrganizations`). Public statements are left to kms-key-policy-not-public. Service principals and AWS managed keys are not considered.',
    risk: 'An account in the key policy can decrypt whatever it can get the ciphertext of — cross-account snapshots, shared buckets, replicated secrets — and, with administrative actions, lock you out of the key. A partner account added for a past integration, or a typo in an account id, keeps that power until someone notices.',
    remediation: {
      text: 'Remove the statements or principals for accounts that should not use the key. If the access is intended, list the account in the check\'s `trustedAccounts` option (clearsky config) so that it is no longer reported, and prefer KMS grants for temporary access.',
      cli: 'aws kms get-key-policy --key-id <key-id> --policy-name default --output text > policy.json\n# remove the unknown account, then:\naws kms put-key-policy --key-id <key-id> --policy-name default --policy file://policy.json',
      cloudformation: 'Type: AWS::KMS::Key\nProperties:\n  KeyPolicy:\n    Version: "2012-10-17"\n    Statement:\n      - Sid: AccountAdmins\n        Effect: Allow\n        Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root" }\n        Action: kms:*\n        Resource: "*"\n      # only accounts you trust below this line',
      terraform: 'data "aws_iam_policy_document" "key" {\n  statement {\n    actions   = ["kms:Decrypt"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = [var.trusted_partner_account_root] # a known, reviewed account\n    }\n  }\n}',
    },
    messages: {
      ownAccountOnly: 'The policy of KMS key {{name}} grants no account outside {{owner}} except trusted ones.',
      untrustedAccount: 'Statement {{statement}} of the policy of KMS key {{name}} lets account {{account}}, which is not in trustedAccounts, perform {{actions}}.',
      untrustedOrganization: 'Statement {{statement}} of the policy of KMS key {{name}} lets organization {{organization}}, which is not in trustedOrganizations, perform {{actions}}.',
    },
    options: { trustedAccounts: [], trustedOrganizations: [] },
  },
  evaluate(key, { pass, fail, skip, inventory, options }) {
    if (key.manager === 'AWS') return skip('AWS managed keys have policies written by AWS')
    if (!key.policy) return skip('the key policy is not known')
    const owner = key.accountId ?? inventory.accountId ?? 'unknown-account'
    const trusted = new Set(Array.isArray(options.trustedAccounts) ? options.trustedAccounts.map(String) : [])
    const trustedOrgs = Array.isArray(options.trustedOrganizations) ? options.trustedOrganizations.map(String) : []
    const analysis = analyzeExternalAccess(key.policy, { ownerAccount: owner, ...(key.arn ? { resourceArn: key.arn } : {}), trustedOrganizations: trustedOrgs })
    const verdicts = []
    for (const s of analysis.statements) {
      if (s.cancelled || s.public) continue
      const actions = (s.notAction ? 'every action except ' : '') + s.actions.join(', ')
      const accounts = new Set(s.reach.filter((r) => r.kind === 'accounts').flatMap((r) => r.accounts))
      for (const account of [...accounts].sort()) {
        if (account === owner || trusted.has(account)) continue
        verdicts.push(fail('untrustedAccount', { data: { name: key.name, statement: s.label, account, actions }, at: 'policy', subject: `account ${account}` }))
      }
      for (const r of s.reach) {
        if (r.kind !== 'organization' || !r.external) continue
        for (const organization of r.organizations ?? []) {
          if (organization === '(owner organization)' || trustedOrgs.includes(organization)) continue
          verdicts.push(fail('untrustedOrganization', { data: { name: key.name, statement: s.label, organization, actions }, at: 'policy', subject: `organization ${organization}` }))
        }
      }
    }
    return verdicts.length ? verdicts : pass('ownAccountOnly', { name: key.name, owner })
  },
})
