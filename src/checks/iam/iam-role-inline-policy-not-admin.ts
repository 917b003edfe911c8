import { defineCheck } from '../../core/check.js'
import { adminInlinePolicies } from '../../analysis/identity/inline-admin.js'

export default defineCheck({
  meta: {
    id: 'iam-role-inline-policy-not-admin',
    resourceType: 'iam.role',
    title: 'No inline policy of an IAM role grants full administrator access',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Evaluates each inline policy of the role on its own with the IAM engine: a policy fails when it allows, on every resource, the probe actions that make up administrator access (`"Action": "*"` on `*`, or a NotAction that leaves out only a few services). Inline policies are invisible in the managed-policy list and are easily missed in reviews; managed policies are covered by iam-policy-no-full-admin, and the whole role (attached policies included) by the role checks.',
    risk: 'Every principal that can assume the role, and any code running with it, gets every permission in the account.',
    remediation: {
      text: 'Replace the inline policy with one that names only the actions and resources needed, or delete it. If the role really needs administrator access, attach the AWS managed AdministratorAccess policy instead so the grant is visible in every review, and protect it (MFA, a permissions boundary for delegated use).',
      cli: 'aws iam get-role-policy --role-name <role> --policy-name <policy>\naws iam put-role-policy --role-name <role> --policy-name <policy> --policy-document file://least-privilege.json\n# or remove it:\naws iam delete-role-policy --role-name <role> --policy-name <policy>',
      cloudformation: 'AppRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { Service: lambda.amazonaws.com }\n          Action: sts:AssumeRole\n    Policies:\n      - PolicyName: app\n        PolicyDocument:\n          Version: "2012-10-17"\n          Statement:\n            - Effect: Allow\n              Action: [sqs:SendMessage]\n              Resource: arn:aws:sqs:us-east-1:111122223333:orders',
      terraform: 'resource "aws_iam_role_policy" "app" {\n  role = aws_iam_role.app.id\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = aws_sqs_queue.orders.arn }]\n  })\n}',
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
