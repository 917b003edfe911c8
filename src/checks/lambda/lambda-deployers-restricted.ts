import { defineCheck, type Verdict } from '../../core/check.js'
import { globToRegExp } from '../../core/selection.js'
import { listForMessage } from '../../analysis/lambda/execution-role.js'
import { firstInOrder, listHeadForMessage, type Placed } from '../../analysis/lambda/changer-lists.js'
import { whoCanChangeSplit, type InternalChanger } from '../../analysis/lambda/who-can-change.js'

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

/** The changers a message names: users without MFA and roles assumable from outside, not trusted. */
interface Reported {
  users: Placed[]
  roles: Placed[]
}

function reported(changers: readonly InternalChanger[], isTrusted: (arn: string) => boolean): Reported {
  const out: Reported = { users: [], roles: [] }
  for (const c of changers) {
    if (isTrusted(c.arn)) continue
    if (c.kind === 'user' && c.withoutMfa) out.users.push({ position: c.position, arn: c.arn, label: `${c.name} (${c.actions.join(', ')}${c.conditional ? ', under conditions' : ''})` })
    else if (c.kind === 'role' && c.externalAssumers.length > 0) out.roles.push({ position: c.position, arn: c.arn, label: `${c.name} (assumable by ${c.externalAssumers.join(', ')})` })
  }
  return out
}

/**
 * The shared changers (the same array for every function of a scan and account) reported once per
 * scan and option set, so that a function costs the same however many of them there are.
 */
const sharedReports = new WeakMap<readonly InternalChanger[], Map<string, Reported>>()
function reportedShared(shared: readonly InternalChanger[], trustedKey: string, isTrusted: (arn: string) => boolean): Reported {
  if (shared.length === 0) return { users: [], roles: [] }
  let byKey = sharedReports.get(shared)
  if (!byKey) sharedReports.set(shared, (byKey = new Map()))
  let r = byKey.get(trustedKey)
  if (!r) byKey.set(trustedKey, (r = reported(shared, isTrusted)))
  return r
}

export default defineCheck({
  meta: {
    id: 'lambda-deployers-restricted',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.user', 'iam.group', 'iam.policy'],
    title: 'Only MFA-protected principals of the account can change the Lambda function',
    severity: 'high',
    categories: ['least-privilege', 'supply-chain'],
    // Who can change a function depends on every user, group and role of the account, which a template does not hold.
    liveOnly: true,
    description:
      'Finds every principal that can change the function — its code, configuration, alias, code signing, permissions, URL, concurrency or existence (data/lambda-change-actions.json) — with the condition-aware IAM engine, and fails for three kinds of deployer: IAM users whose grant does not depend on MFA (a request signed with long-term access keys carries no aws:MultiFactorAuthPresent key, so `Bool aws:MultiFactorAuthPresent true` or a Deny with `BoolIfExists … false` protects the grant, and anything else does not); roles that can change it and that principals outside the account can assume (their trust policy reaches another account, an untrusted organisation, a federated provider of another account, or everyone); and principals outside the account that the function\'s own resource policy grants a change action. Roles used inside the account are not reported: how they are assumed is governed by their trust policies. Principals matching the option `trustedPrincipals` (ARN patterns with `*`) are never reported. Messages name at most five principals.',
    risk:
      'Whoever can change a function can make it run their code with its execution role, open it to the internet or stop it. A leaked access key of a user without MFA, or a role other accounts can assume, turns that into a way in from outside.',
    remediation: {
      text: 'Deploy through a role that only the pipeline can assume; remove Lambda write permissions from IAM users, or require MFA for them with a `Bool aws:MultiFactorAuthPresent true` condition (or a Deny with `BoolIfExists … false`); remove cross-account principals from the function policy and from the trust policies of roles that can deploy.',
      cli: 'aws iam put-user-policy --user-name <user> --policy-name require-mfa-for-lambda-changes --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["lambda:Update*","lambda:AddPermission","lambda:*FunctionUrlConfig","lambda:DeleteFunction*","lambda:PutFunctionConcurrency"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}\'\naws lambda remove-permission --function-name <name> --statement-id <sid>',
      cloudformation:
        'RequireMfaForLambdaChanges:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    Users: [!Ref Developer]\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Deny\n          Action: [lambda:UpdateFunctionCode, lambda:UpdateFunctionConfiguration, lambda:AddPermission]\n          Resource: "*"\n          Condition:\n            BoolIfExists: { aws:MultiFactorAuthPresent: "false" }',
      terraform:
        'data "aws_iam_policy_document" "require_mfa" {\n  statement {\n    effect    = "Deny"\n    actions   = ["lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration", "lambda:AddPermission"]\n    resources = ["*"]\n    condition {\n      test     = "BoolIfExists"\n      variable = "aws:MultiFactorAuthPresent"\n      values   = ["false"]\n    }\n  }\n}',
    },
    options: { trustedPrincipals: [], trustedOrganizations: [] },
    messages: {
      restricted: '{{count}} principal(s) of the account can change {{name}}; none is an IAM user without MFA or reachable from outside the account.',
      'users-without-mfa': '{{count}} IAM user(s) can change {{name}} without MFA: {{principals}}.',
      'external-roles': '{{count}} role(s) that principals outside the account can assume can change {{name}}: {{principals}}.',
      'external-principals': 'The resource-based policy of {{name}} lets principals outside the account change it: {{principals}}.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory, options }) {
    const patterns = strings(options.trustedPrincipals)
    const trusted = patterns.map(globToRegExp)
    const isTrusted = (arn: string) => trusted.some((re) => re.test(arn))
    const a = whoCanChangeSplit(fn, inventory, { trustedOrganizations: strings(options.trustedOrganizations) })
    const shared = reportedShared(a.shared, JSON.stringify(patterns), isTrusted)
    const own = reported(a.own, isTrusted)
    const verdicts: Verdict[] = []
    const users = shared.users.length + own.users.length
    if (users) {
      const principals = listHeadForMessage(firstInOrder(shared.users, own.users, 5), users)
      verdicts.push(fail('users-without-mfa', { data: { name: fn.name, count: users, principals }, subject: 'iam users' }))
    }
    const roles = shared.roles.length + own.roles.length
    if (roles) {
      const principals = listHeadForMessage(firstInOrder(shared.roles, own.roles, 5), roles)
      verdicts.push(fail('external-roles', { data: { name: fn.name, count: roles, principals }, subject: 'roles' }))
    }
    if (a.external.length) {
      const principals = listForMessage(a.external.map((e) => `${e.principal} via statement ${e.statement} (${e.actions.join(', ')})`))
      verdicts.push(fail('external-principals', { data: { name: fn.name, principals }, at: 'policy', subject: 'resource policy' }))
    }
    if (verdicts.length) return verdicts
    if (a.undetermined.length) return unknown(`policies of ${listForMessage(a.undetermined)} are not all in the inventory`)
    return pass('restricted', { name: fn.name, count: a.shared.length + a.own.length })
  },
})
