import { defineCheck } from '../../core/check.js'
import { assessAdministratorAccess } from '../../analysis/iam/admin.js'

export default defineCheck({
  meta: {
    id: 'iam-policy-no-full-admin',
    resourceType: 'iam.policy',
    reads: ['iam.role', 'iam.user'],
    title: 'Customer managed policies do not grant full administrator access',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Evaluates the default version of each customer managed policy with the IAM engine: it fails when the policy alone allows, on every resource, a set of probe actions spanning IAM writes, iam:PassRole, sts:AssumeRole and the main data and compute services — `"Action": "*", "Resource": "*"` and near-equivalents such as a NotAction that leaves out a service or two. A policy that is used only as a permissions boundary passes: a boundary grants nothing by itself. AWS managed policies are not evaluated (iam-administrator-access-holders lists who holds them).',
    risk: 'Whoever the policy is attached to — now or by a later, careless attachment — gets every permission in the account: reading all data, creating users and keys for persistence, and disabling logging.',
    remediation: {
      text: 'Replace the policy\'s wildcard statement with the actions and resources its holders actually need (IAM Access Analyzer can generate a policy from CloudTrail activity), publish that as a new default version, and delete the old versions. If administrators really need it, attach AWS\'s AdministratorAccess to a role assumed with MFA instead, so the grant is visible and deliberate.',
      cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://least-privilege.json --set-as-default\naws iam list-policy-versions --policy-arn <policy-arn>\naws iam delete-policy-version --policy-arn <policy-arn> --version-id <old-version>',
      cloudformation: 'AppPolicy:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: [dynamodb:GetItem, dynamodb:PutItem]\n          Resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders',
      terraform: 'resource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:PutItem"], Resource = aws_dynamodb_table.orders.arn }]\n  })\n}',
    },
    messages: {
      'not-admin': 'The policy {{name}} does not grant administrator access.',
      'boundary-only': 'The policy {{name}} allows everything but is used only as a permissions boundary.',
      admin: 'The policy {{name}} grants administrator access ({{statements}}); it is attached {{attachments}} time(s).',
      'admin-conditional': 'The policy {{name}} grants administrator access whenever the conditions of {{statements}} hold; it is attached {{attachments}} time(s).',
    },
  },
  evaluate(policy, { pass, fail, skip, inventory }) {
    if (policy.awsManaged) return skip('AWS managed policy')
    const a = assessAdministratorAccess([{ name: policy.name, document: policy.document }])
    if (a.level === 'none') return pass('not-admin', { name: policy.name })
    const attachments = policy.attachmentCount ?? 0
    if (attachments === 0) {
      const arn = policy.arn ?? policy.id
      const asBoundary = [...inventory.list('iam.role'), ...inventory.list('iam.user')].some((p) => p.permissionsBoundaryArn === arn)
      if (asBoundary) return pass('boundary-only', { name: policy.name })
    }
    const statements = [...new Set(a.statements.map((s) => (s.sid ? `statement ${s.sid}` : `statement #${s.statementIndex}`)))].join(', ') || 'its statements together'
    return fail(a.level === 'unconditional' ? 'admin' : 'admin-conditional', { data: { name: policy.name, statements, attachments }, at: 'document' })
  },
})
