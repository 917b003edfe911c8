import { defineCheck } from '../../core/check.js'
import { adminInlinePolicies } from '../../analysis/identity/inline-admin.js'

export default defineCheck({
  meta: {
    id: 'iam-user-inline-policy-not-admin',
    resourceType: 'iam.user',
    title: 'No inline policy of an IAM user grants full administrator access',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Evaluates each inline policy of the user on its own with the IAM engine: a policy fails when it allows, on every resource, the probe actions that make up administrator access (`"Action": "*"` on `*`, or a NotAction that leaves out only a few services). Inline policies are invisible in the managed-policy list and are easily missed in reviews; managed policies are covered by iam-policy-no-full-admin.',
    risk: 'The user — and anyone holding its password or access keys — gets every permission in the account, outside any group a reviewer would look at.',
    remediation: {
      text: 'Replace the inline policy with one that names only the actions and resources needed, or delete it. If the user really needs administrator access, attach the AWS managed AdministratorAccess policy instead so the grant is visible in every review, and protect it (MFA, a permissions boundary for delegated use).',
      cli: 'aws iam get-user-policy --user-name <user> --policy-name <policy>\naws iam delete-user-policy --user-name <user> --policy-name <policy>',
      terraform: '# grant through a group instead of an aws_iam_user_policy\nresource "aws_iam_group_policy_attachment" "ops" {\n  group      = aws_iam_group.ops.name\n  policy_arn = aws_iam_policy.ops_least_privilege.arn\n}',
    },
    messages: {
      none: 'No inline policy of {{name}} grants administrator access.',
      admin: 'The inline policy {{policy}} of {{name}} grants administrator access.',
      'admin-conditional': 'The inline policy {{policy}} of {{name}} grants administrator access whenever its conditions hold.',
    },
  },
  evaluate(entity, { pass, fail }) {
    const admin = adminInlinePolicies(entity.inlinePolicies)
    if (admin.length === 0) return pass('none', { name: entity.name })
    return admin.map((p) => fail(p.level === 'unconditional' ? 'admin' : 'admin-conditional', { data: { name: entity.name, policy: p.name }, at: `inlinePolicies.${p.index}.document`, subject: `inline policy ${p.name}` }))
  },
})
