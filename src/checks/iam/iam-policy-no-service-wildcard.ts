import { defineCheck } from '../../core/check.js'
import { compilePolicy } from '../../analysis/iam/compile.js'
import { serviceWideGrants } from '../../analysis/iam/actions.js'

export default defineCheck({
  meta: {
    id: 'iam-policy-no-service-wildcard',
    resourceType: 'iam.policy',
    title: 'Customer managed policies do not allow every action of a service',
    severity: 'low',
    categories: ['least-privilege'],
    description:
      'Looks at each Allow statement of the default version of each customer managed policy: it fails when an Action is a whole-service wildcard (`s3:*`, `iam:*`) or `*`, or when the statement uses NotAction (which allows everything it does not list). Partial wildcards such as `s3:Get*` pass. Conditions and resources are not considered — a service-wide grant on one bucket still allows deleting it, changing its policy and anything AWS adds to the service later. AWS managed policies are not evaluated.',
    risk: 'A service wildcard grants today\'s destructive and permission-changing actions of the service along with the ones that were needed, and every action AWS adds later, without anyone reviewing them.',
    remediation: {
      text: 'List the actions the policy\'s holders use instead of the wildcard (IAM last-accessed information and Access Analyzer policy generation show which ones), and replace NotAction statements with explicit Action lists.',
      cli: 'aws iam generate-service-last-accessed-details --arn <role-or-user-arn> --granularity ACTION_LEVEL\naws iam create-policy-version --policy-arn <policy-arn> --policy-document file://explicit-actions.json --set-as-default',
      cloudformation: 'ReportsPolicy:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject]\n          Resource: arn:aws:s3:::reports/*',
      terraform: 'resource "aws_iam_policy" "reports" {\n  name = "reports"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "arn:aws:s3:::reports/*" }]\n  })\n}',
    },
    messages: {
      specific: 'The policy {{name}} names specific actions.',
      wildcard: 'The policy {{name}} allows every action of {{services}}.',
      'not-action': 'The policy {{name}} allows everything except what statement {{statement}} lists (NotAction).',
    },
  },
  evaluate(policy, { pass, fail, skip }) {
    if (policy.awsManaged) return skip('AWS managed policy')
    const services = new Set<string>()
    let notAction: string | undefined
    for (const st of compilePolicy(policy.document).statements) {
      if (st.effect !== 'Allow') continue
      if (st.notAction) notAction ??= st.sid ?? `#${st.index}`
      for (const s of serviceWideGrants(st)) services.add(s === '*' ? 'every service (*)' : s)
    }
    if (services.size > 0) return fail('wildcard', { data: { name: policy.name, services: [...services].sort().join(', ') }, at: 'document' })
    if (notAction) return fail('not-action', { data: { name: policy.name, statement: notAction }, at: 'document' })
    return pass('specific', { name: policy.name })
  },
})
