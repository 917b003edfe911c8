import { defineCheck, type Verdict } from '../../core/check.js'
import { compilePolicy, isUniversalResourcePattern, type CompiledStatement } from '../../analysis/iam/compile.js'
import { expandActionPattern, isAllActionsPattern } from '../../analysis/iam/actions.js'
import { actionInfo } from '../../analysis/iam/catalogue.js'
import { isAwsManagedPolicyArn } from '../../analysis/iam/admin-policies.js'
import { hasWildcard } from '../../analysis/iam/glob.js'
import { executionRoleOf, listForMessage } from '../../analysis/lambda/execution-role.js'
import type { PolicyDocument } from '../../model/common.js'

/** An Allow statement that applies to every resource (`*`, `arn:aws:*` …, or any NotResource). */
function onEveryResource(st: CompiledStatement): boolean {
  if (st.effect !== 'Allow' || !st.resourcePatterns) return false
  return st.notResource || st.resourcePatterns.some(isUniversalResourcePattern)
}

/**
 * Actions of the statement that support resource-level permissions (the catalogue lists a
 * resource type for them). Actions without one can only be granted on `*`, which is how AWS
 * requires them, so they are never reported.
 */
function scopableActions(st: CompiledStatement): { all: boolean; actions: string[] } {
  if (st.notAction || st.actionPatterns.some(isAllActionsPattern)) return { all: true, actions: [] }
  const out = new Set<string>()
  for (const p of st.actionPatterns) {
    for (const a of hasWildcard(p) ? expandActionPattern(p) : [p]) {
      const info = actionInfo(a)
      if (info && info.resourceTypes.length > 0) out.add(info.action)
    }
  }
  return { all: false, actions: [...out].sort() }
}

function findings(doc: PolicyDocument): { all: boolean; actions: string[] } {
  let all = false
  const actions = new Set<string>()
  for (const st of compilePolicy(doc).statements) {
    if (!onEveryResource(st)) continue
    const s = scopableActions(st)
    all ||= s.all
    for (const a of s.actions) actions.add(a)
  }
  return { all, actions: [...actions].sort() }
}

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-no-wildcard-resources',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.policy'],
    title: 'Lambda execution role scopes resource-level actions to resources',
    severity: 'medium',
    categories: ['least-privilege'],
    description:
      'For every Allow statement of the execution role\'s policies that applies to every resource (`"Resource": "*"`, `arn:aws:*`, or a NotResource), lists the granted actions that support resource-level permissions according to the Service Authorization Reference (the action catalogue): dynamodb:PutItem, s3:GetObject, sqs:SendMessage … Actions without resource-level support (xray:PutTraceSegments, ec2:DescribeNetworkInterfaces) can only be granted on `*` and are never reported. Wildcard actions are expanded through the catalogue. AWS managed policies are left out by default (option `includeAwsManagedPolicies`), because the ones built for Lambda grant logging and network-interface actions on `*` by design and cannot be edited.',
    risk:
      'An action that could be limited to the function\'s own table, queue or bucket but is granted on every resource lets a compromised function read or change every such resource in the account.',
    remediation: {
      text: 'Replace `"Resource": "*"` with the ARNs the function uses (its table, its queue, a bucket prefix); keep `*` only for the actions that do not support resource-level permissions.',
      cli: 'aws iam put-role-policy --role-name <role> --policy-name <name> --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:GetItem","dynamodb:PutItem"],"Resource":"arn:aws:dynamodb:<region>:<account>:table/<table>"}]}\'',
      cloudformation: 'Statement:\n  - Effect: Allow\n    Action: [dynamodb:GetItem, dynamodb:PutItem]\n    Resource: !GetAtt OrdersTable.Arn   # not "*"',
      terraform: 'statement {\n  actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]\n  resources = [aws_dynamodb_table.orders.arn] # not ["*"]\n}',
    },
    options: { includeAwsManagedPolicies: false },
    messages: {
      scoped: 'The execution role {{role}} of {{name}} grants resource-level actions only on specific resources.',
      'wildcard-resource': 'Policy {{policy}} of the execution role {{role}} of {{name}} grants {{count}} action(s) that support resource-level permissions on every resource: {{actions}}.',
      'all-actions': 'Policy {{policy}} of the execution role {{role}} of {{name}} grants every action (or everything but a NotAction list) on every resource.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory, options }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { role, names, lookup } = r.value
    const includeAws = options.includeAwsManagedPolicies === true
    const policies: { name: string; document: PolicyDocument }[] = role.inlinePolicies.map((p) => ({ name: p.name, document: p.document }))
    const missing: string[] = []
    for (const ref of role.attachedPolicies) {
      if (!includeAws && isAwsManagedPolicyArn(ref.arn)) continue
      const managed = lookup.managedPolicy(ref.arn)
      if (managed) policies.push({ name: ref.name || ref.arn, document: managed.document })
      else missing.push(ref.name || ref.arn)
    }
    const verdicts: Verdict[] = []
    for (const p of policies) {
      const f = findings(p.document)
      const init = { at: 'role', subject: `policy ${p.name}` }
      if (f.all) verdicts.push(fail('all-actions', { data: { ...names, policy: p.name }, ...init }))
      else if (f.actions.length > 0) verdicts.push(fail('wildcard-resource', { data: { ...names, policy: p.name, count: f.actions.length, actions: listForMessage(f.actions, 6) }, ...init }))
    }
    if (verdicts.length > 0) return verdicts
    if (missing.length > 0) return unknown(`attached policies not in the inventory: ${missing.join(', ')}`, { at: 'role' })
    return pass('scoped', names)
  },
})
