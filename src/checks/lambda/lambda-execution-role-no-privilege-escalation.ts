import { defineCheck } from '../../core/check.js'
import { assessAdministratorAccess } from '../../analysis/iam/admin.js'
import { analyzeEscalation, describeEscalation } from '../../analysis/iam/escalation.js'
import { executionRoleOf, missingReason } from '../../analysis/lambda/execution-role.js'

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-no-privilege-escalation',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.policy'],
    title: 'Lambda execution role cannot escalate its own privileges',
    severity: 'critical',
    categories: ['least-privilege'],
    description:
      'Evaluates the execution role\'s inline and attached managed policies, capped by its permissions boundary, against every privilege-escalation method in data/privilege-escalation.json (Rhino Security Labs, Bishop Fox, pathfinding.cloud and others): writing or attaching policies, passing a role to a new function, instance, stack or job, replacing another function\'s code, creating keys for other users … Each action is asked against a resource the policies do not name (any role, any user, any function of the account, in the function\'s region) and against the role itself, with the engine\'s condition evaluation: a method that works only under request conditions (source IP, region, MFA) is reported as conditional. Roles with administrator access are left to lambda-execution-role-not-admin. Not considered: the trust policies of the roles it could pass or assume, SCPs, and paths through specific named resources.',
    risk:
      'Code running in the function — through an injection flaw, a poisoned dependency or a stolen deployment credential — can turn the role\'s permissions into much broader ones, often administrator access, and keep them after the function is fixed.',
    remediation: {
      text: 'Remove the IAM write actions, iam:PassRole on broad resources, and the compute-creation or code-update actions the function does not need; scope the rest to named resources. If the function really manages IAM or deploys code, give it a permissions boundary that forbids raising its own permissions.',
      cli: 'aws iam get-role-policy --role-name <role> --policy-name <policy>\naws iam put-role-policy --role-name <role> --policy-name <policy> --policy-document file://scoped-policy.json\naws iam put-role-permissions-boundary --role-name <role> --permissions-boundary arn:aws:iam::<account>:policy/<boundary>',
      cloudformation:
        'FunctionRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument: { ... }\n    PermissionsBoundary: !Ref NoIamWritesBoundary\n    Policies:\n      - PolicyName: app\n        PolicyDocument:\n          Version: "2012-10-17"\n          Statement:\n            - Effect: Allow\n              Action: [sqs:SendMessage]\n              Resource: !GetAtt OutQueue.Arn\n            # no iam:Put*/Attach*/PassRole on *, no lambda:UpdateFunctionCode on *',
      terraform:
        'resource "aws_iam_role" "fn" {\n  name                 = "orders-fn"\n  assume_role_policy   = data.aws_iam_policy_document.lambda_trust.json\n  permissions_boundary = aws_iam_policy.no_iam_writes.arn\n}\n\nresource "aws_iam_role_policy" "fn" {\n  role   = aws_iam_role.fn.id\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["sqs:SendMessage"], Resource = aws_sqs_queue.out.arn }]\n  })\n}',
    },
    messages: {
      'no-escalation': 'The execution role {{role}} of {{name}} allows none of the known privilege-escalation methods.',
      escalation: 'The execution role {{role}} of {{name}} can escalate its privileges: {{methods}}.',
      'escalation-conditional': 'The execution role {{role}} of {{name}} can escalate its privileges when request conditions hold: {{methods}}.',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { identity, facts, scope, names } = r.value
    if (assessAdministratorAccess(identity.policies, identity.boundary).level === 'unconditional' && !identity.boundaryMissing) {
      return skip('the role has administrator access (reported by lambda-execution-role-not-admin)')
    }
    const matches = analyzeEscalation(identity, facts, scope)
    const missing = missingReason(identity)
    if (matches.length === 0) return missing ? unknown(missing, { at: 'role' }) : pass('no-escalation', names)
    // A boundary we cannot read may cap every method found.
    if (identity.boundaryMissing) return unknown(missing!, { at: 'role' })
    const unconditional = matches.filter((m) => !m.conditional)
    if (unconditional.length > 0) return fail('escalation', { data: { ...names, methods: describeEscalation(unconditional) }, at: 'role' })
    return fail('escalation-conditional', { data: { ...names, methods: describeEscalation(matches) }, at: 'role' })
  },
})
