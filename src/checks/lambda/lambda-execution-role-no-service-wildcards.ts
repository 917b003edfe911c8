import { defineCheck, type Verdict } from '../../core/check.js'
import { compilePolicy } from '../../analysis/iam/compile.js'
import { serviceWideGrants } from '../../analysis/iam/actions.js'
import { isAwsManagedPolicyArn } from '../../analysis/iam/admin-policies.js'
import { executionRoleOf, listForMessage } from '../../analysis/lambda/execution-role.js'
import type { PolicyDocument } from '../../model/common.js'

interface Offence {
  kind: 'all-actions' | 'services' | 'not-action'
  detail: string
}

/** What an Allow statement grants wholesale: `*`, whole services, or everything but a NotAction list. */
function offences(doc: PolicyDocument): Offence[] {
  const out: Offence[] = []
  const services = new Set<string>()
  for (const st of compilePolicy(doc).statements) {
    if (st.effect !== 'Allow') continue
    if (st.notAction) {
      out.push({ kind: 'not-action', detail: st.actionPatterns.join(', ') || '(nothing)' })
      continue
    }
    for (const s of serviceWideGrants(st)) services.add(s)
  }
  if (services.has('*')) out.push({ kind: 'all-actions', detail: '*' })
  services.delete('*')
  if (services.size > 0) out.push({ kind: 'services', detail: listForMessage([...services].sort().map((s) => `${s}:*`), 8) })
  return out
}

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-no-service-wildcards',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.policy'],
    title: 'Lambda execution role grants no service-wide wildcard actions',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Reads every policy of the function\'s execution role — inline, customer managed and, by default, AWS managed — and fails for each one with an Allow statement whose Action is `*`, a whole service (`s3:*`, `dynamodb:*`), or a NotAction (which allows everything not listed). This is the execution-role view of Security Hub IAM.21, which looks at customer managed policies only: for a role, an attached AWS managed policy such as AmazonS3FullAccess grants the same wildcard, so AWS managed policies count unless the option `includeAwsManagedPolicies` is false. Narrower wildcards (`s3:Get*`) and Deny statements are not reported.',
    risk:
      'A service-wide grant hands the function every current and future action of that service — deleting tables, changing bucket policies, reading every queue — so one injected payload or compromised dependency can do far more than the function ever needed.',
    remediation: {
      text: 'List the specific actions the function calls (IAM Access Analyzer can generate them from CloudTrail activity) and replace the wildcard with them; swap AWS managed "FullAccess" policies for a customer managed policy with those actions.',
      cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess\naws iam put-role-policy --role-name <role> --policy-name <name> --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::<bucket>/*"}]}\'',
      cloudformation:
        'Policies:\n  - PolicyName: uploads\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject]   # not s3:*\n          Resource: !Sub "${UploadsBucket.Arn}/*"',
      terraform:
        'data "aws_iam_policy_document" "uploads" {\n  statement {\n    actions   = ["s3:GetObject", "s3:PutObject"] # not "s3:*"\n    resources = ["${aws_s3_bucket.uploads.arn}/*"]\n  }\n}',
    },
    options: { includeAwsManagedPolicies: true },
    messages: {
      'no-wildcards': 'No policy of the execution role {{role}} of {{name}} grants a whole service or every action.',
      'all-actions': 'Policy {{policy}} of the execution role {{role}} of {{name}} allows every action ("Action": "*").',
      services: 'Policy {{policy}} of the execution role {{role}} of {{name}} allows every action of {{services}}.',
      'not-action': 'Policy {{policy}} of the execution role {{role}} of {{name}} allows every action except {{actions}} (an Allow with NotAction).',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory, options }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { role, names, lookup } = r.value
    const includeAws = options.includeAwsManagedPolicies !== false
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
      for (const o of offences(p.document)) {
        const data = { ...names, policy: p.name }
        const init = { at: 'role', subject: `policy ${p.name}` }
        if (o.kind === 'all-actions') verdicts.push(fail('all-actions', { data, ...init }))
        else if (o.kind === 'services') verdicts.push(fail('services', { data: { ...data, services: o.detail }, ...init }))
        else verdicts.push(fail('not-action', { data: { ...data, actions: o.detail }, ...init }))
      }
    }
    if (verdicts.length > 0) return verdicts
    if (missing.length > 0) return unknown(`attached policies not in the inventory: ${missing.join(', ')}`, { at: 'role' })
    return pass('no-wildcards', names)
  },
})
