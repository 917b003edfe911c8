import { defineCheck } from '../../core/check.js'
import { adminInlinePolicies } from '../../analysis/identity/inline-admin.js'

export default defineCheck({
  meta: {
    id: 'iam-group-inline-policy-not-admin',
    resourceType: 'iam.group',
    title: 'No inline policy of an IAM group grants full administrator access',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Evaluates each inline policy of the group on its own with the IAM engine: a policy fails when it allows, on every resource, the probe actions that make up administrator access (`"Action": "*"` on `*`, or a NotAction that leaves out only a few services). Inline policies are invisible in the managed-policy list and are easily missed in reviews; managed policies are covered by iam-policy-no-full-admin.',
    risk: 'Every member of the group, and anyone added to it later, gets every permission in the account.',
    remediation: {
      text: 'Replace the inline policy with one that names only the actions and resources needed, or delete it. If the group really needs administrator access, attach the AWS managed AdministratorAccess policy instead so the grant is visible in every review, and protect it (MFA, a permissions boundary for delegated use).',
      cli: 'aws iam get-group-policy --group-name <group> --policy-name <policy>\naws iam put-group-policy --group-name <group> --policy-name <policy> --policy-document file://least-privilege.json\n# or remove it:\naws iam delete-group-policy --group-name <group> --policy-name <policy>',
      terraform: 'resource "aws_iam_group_policy" "ops" {\n  group = aws_iam_group.ops.name\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["ec2:Describe*"], Resource = "*" }]\n  })\n}',
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
