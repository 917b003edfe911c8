import { defineCheck } from '../../core/check.js'
import { ADMIN_EQUIVALENT_DOCUMENT, assessAdministratorAccess, isAwsManagedPolicyArn, isKnownAdminPolicyArn, type NamedPolicy } from '../../analysis/iam/index.js'
import type { PolicyDocument } from '../../model/common.js'

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-not-admin',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.policy'],
    title: 'Lambda execution role does not have administrator access',
    severity: 'critical',
    categories: ['least-privilege'],
    description:
      'Looks up the function\'s execution role and evaluates its inline and attached managed policies, capped by its permissions boundary when it has one. The role fails when its policies allow, on every resource, a set of probe actions spanning IAM writes, iam:PassRole, sts:AssumeRole and the main data and compute services — so `"Action": "*"` fails, and so does a NotAction that leaves out only a few services; a role limited to some services does not. Attached policies are read from the inventory; an AWS managed policy whose document is missing is judged by data/aws-admin-policies.json (AdministratorAccess and equivalents); a customer managed policy or boundary whose document is missing makes the result unknown. Service control policies are not considered.',
    risk:
      'Anyone who can run code in the function — through an injection flaw, a poisoned dependency or layer, or a stolen deployment credential — gets every permission in the account: reading every secret and bucket, creating users and keys for persistence, and deleting resources.',
    remediation: {
      text: 'Detach the administrator policy and give the role only what the function calls, scoped to its resources. IAM Access Analyzer can generate a policy from the role\'s CloudTrail activity. If broad access is unavoidable for a while, set a permissions boundary that excludes IAM and account management.',
      cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam put-role-policy --role-name <role> --policy-name <name>-least-privilege --policy-document file://policy.json',
      cloudformation:
        'FunctionRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument: { ... }\n    ManagedPolicyArns:\n      - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\n    Policies:\n      - PolicyName: orders-table\n        PolicyDocument:\n          Version: "2012-10-17"\n          Statement:\n            - Effect: Allow\n              Action: [dynamodb:GetItem, dynamodb:PutItem]\n              Resource: !GetAtt OrdersTable.Arn',
      terraform:
        'resource "aws_iam_role_policy" "orders" {\n  role = aws_iam_role.orders.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["dynamodb:GetItem", "dynamodb:PutItem"]\n      Resource = aws_dynamodb_table.orders.arn\n    }]\n  })\n}\n# and no aws_iam_role_policy_attachment of AdministratorAccess',
    },
    messages: {
      'not-admin': 'The execution role {{role}} of {{name}} does not grant administrator access.',
      capped: 'The execution role {{role}} of {{name}} has administrator policies ({{via}}), but its permissions boundary {{boundary}} caps them.',
      admin: 'The execution role {{role}} of {{name}} has administrator access: {{via}} allows every action on every resource.',
      'admin-conditional': 'The execution role {{role}} of {{name}} has administrator access whenever the conditions of {{via}} hold.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory }) {
    if (!fn.role) return unknown('the function has no execution role recorded', { at: 'role' })
    const role = inventory.get('iam.role', fn.role)
    if (!role) return unknown(`the execution role ${fn.role} is not in the inventory`, { at: 'role' })

    const policies: NamedPolicy[] = role.inlinePolicies.map((p) => ({ name: `inline policy ${p.name}`, document: p.document }))
    const missing: string[] = []
    const documentOf = (arn: string): PolicyDocument | undefined => {
      const managed = inventory.get('iam.policy', arn)
      if (managed) return managed.document
      return isKnownAdminPolicyArn(arn) ? ADMIN_EQUIVALENT_DOCUMENT : undefined
    }
    for (const ref of role.attachedPolicies) {
      const document = documentOf(ref.arn)
      if (document) policies.push({ name: ref.name || ref.arn, document })
      // AWS managed policies outside the admin list are taken as not administrator-equivalent.
      else if (!isAwsManagedPolicyArn(ref.arn)) missing.push(ref.name || ref.arn)
    }
    const boundaryArn = role.permissionsBoundaryArn
    const boundary = boundaryArn ? documentOf(boundaryArn) : undefined

    const assessment = assessAdministratorAccess(policies, boundary)
    const data = { name: fn.name, role: role.name }
    if (assessment.identityLevel === 'none') {
      if (missing.length > 0) return unknown(`attached policies not in the inventory: ${missing.join(', ')}`, { at: 'role' })
      return pass('not-admin', data)
    }
    const via = [...new Set(assessment.statements.map((s) => s.policy))].join(', ') || 'the combination of its policies'
    if (boundaryArn && !boundary) return unknown(`the permissions boundary ${boundaryArn} is not in the inventory`, { at: 'role' })
    if (assessment.level === 'none') return pass('capped', { ...data, via, boundary: boundaryArn ?? '' })
    return fail(assessment.level === 'unconditional' ? 'admin' : 'admin-conditional', { data: { ...data, via }, at: 'role' })
  },
})
