import { defineCheck, type Verdict } from '../../core/check.js'
import { accountOfArn, analyzeExternalAccess } from '../../analysis/iam/index.js'
import { listForMessage } from '../../analysis/lambda/execution-role.js'

const OWN_ORG = '(owner organization)'

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

export default defineCheck({
  meta: {
    id: 'lambda-resource-policy-cross-account-trusted',
    resourceType: 'lambda.function',
    title: 'Lambda function resource policy grants other accounts only if they are trusted',
    severity: 'high',
    categories: ['public-exposure'],
    description:
      'Reads the function\'s resource-based policy with the condition-aware external-access analysis and lists every other AWS account it reaches: accounts named as principals, accounts that `*` is narrowed to by aws:PrincipalAccount or aws:SourceAccount, and the source accounts of service-principal grants. Each must be in the option `trustedAccounts` (default: none). Grants narrowed to an organisation pass when the organisation is the function owner\'s own (`${aws:ResourceOrgID}`) or listed in `trustedOrganizations`, and fail otherwise. Grants open to everyone are left to lambda-resource-policy-not-public, and unscoped service grants to lambda-resource-policy-service-source-scoped, so each problem is reported once.',
    risk:
      'Every account a function trusts can run it — with its execution role and on its bill — and, for wider grants, read or change it. An account nobody vetted, or one that changed hands, is a standing way in.',
    remediation: {
      text: 'Remove the statements for accounts that should not call the function, or list the accounts you do trust in the check\'s `trustedAccounts` option (clearsky configuration) so the decision is recorded.',
      cli: 'aws lambda get-policy --function-name <name>\naws lambda remove-permission --function-name <name> --statement-id <sid>',
      cloudformation: '# Keep only permissions for trusted accounts:\nPermission:\n  Type: AWS::Lambda::Permission\n  Properties:\n    FunctionName: !Ref Function\n    Action: lambda:InvokeFunction\n    Principal: !Ref TrustedAccountId',
      terraform: 'resource "aws_lambda_permission" "partner" {\n  function_name = aws_lambda_function.this.function_name\n  action        = "lambda:InvokeFunction"\n  principal     = var.trusted_account_id # an account in the allow-list\n}',
    },
    options: { trustedAccounts: [], trustedOrganizations: [] },
    messages: {
      'no-cross-account': 'The resource-based policy of {{name}} grants nothing to other accounts.',
      trusted: 'The resource-based policy of {{name}} grants other accounts only the trusted ones ({{accounts}}).',
      'untrusted-account': 'Statement {{statement}} of the resource-based policy of {{name}} grants {{actions}} to account {{account}}, which is not in trustedAccounts.',
      'untrusted-organization': 'Statement {{statement}} of the resource-based policy of {{name}} grants {{actions}} to the organization {{organizations}}, which is not the owner\'s and not in trustedOrganizations.',
    },
  },
  evaluate(fn, { pass, fail, skip, inventory, options }) {
    if (fn.policy === null) return skip('the function has no resource-based policy')
    const owner = fn.accountId ?? inventory.accountId ?? accountOfArn(fn.arn ?? fn.id) ?? 'unknown-account'
    const trustedAccounts = new Set(strings(options.trustedAccounts))
    const trustedOrgs = strings(options.trustedOrganizations)
    const analysis = analyzeExternalAccess(fn.policy, { ownerAccount: owner, trustedOrganizations: trustedOrgs, ...(fn.arn ? { resourceArn: fn.arn } : {}) })
    const verdicts: Verdict[] = []
    const seen = new Set<string>()
    const trusted = new Set<string>()
    for (const g of analysis.crossAccount) {
      if (trustedAccounts.has(g.account)) {
        trusted.add(g.account)
        continue
      }
      const label = g.sid ?? `#${g.statementIndex}`
      const key = `${label}|${g.account}`
      if (seen.has(key)) continue
      seen.add(key)
      verdicts.push(fail('untrusted-account', { data: { name: fn.name, statement: label, account: g.account, actions: g.actions.join(', ') }, at: 'policy', subject: `statement ${label} / ${g.account}` }))
    }
    for (const s of analysis.statements) {
      if (s.cancelled) continue
      for (const r of s.reach) {
        if (r.kind !== 'organization') continue
        const orgs = r.organizations ?? []
        const untrusted = orgs.filter((o) => o !== OWN_ORG && !trustedOrgs.includes(o))
        if (untrusted.length === 0 && orgs.length > 0) {
          for (const o of orgs) trusted.add(o)
          continue
        }
        verdicts.push(fail('untrusted-organization', { data: { name: fn.name, statement: s.label, organizations: listForMessage(untrusted.length ? untrusted : [r.principal]), actions: s.actions.join(', ') }, at: 'policy', subject: `statement ${s.label}` }))
      }
    }
    if (verdicts.length > 0) return verdicts
    if (trusted.size > 0) return pass('trusted', { name: fn.name, accounts: listForMessage([...trusted].sort()) })
    return pass('no-cross-account', { name: fn.name })
  },
})
