import { defineCheck } from '../../core/check.js'
import { executionRoleOf, listForMessage, missingReason } from '../../analysis/lambda/execution-role.js'
import { listHeadForMessage } from '../../analysis/lambda/changer-lists.js'
import { injectionGains } from '../../analysis/lambda/injection-gains.js'
import { CODE_INJECTION_ACTIONS, whoCanChangeSplit } from '../../analysis/lambda/who-can-change.js'
import { assessAdministratorAccess } from '../../analysis/iam/admin.js'
import { analyzeEscalation } from '../../analysis/iam/escalation.js'

export default defineCheck({
  meta: {
    id: 'lambda-no-code-injection-escalation',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.user', 'iam.group', 'iam.policy'],
    title: 'Nobody gains privileges by changing the Lambda function\'s code',
    severity: 'critical',
    categories: ['least-privilege'],
    // Who can change a function depends on every user, group and role of the account, which a template does not hold.
    liveOnly: true,
    description:
      'A principal that can replace a function\'s code or configuration (lambda:UpdateFunctionCode, lambda:UpdateFunctionConfiguration — layers and environment can load code too) can act with the function\'s execution role. This check finds those principals among the account\'s roles and users with the condition-aware IAM engine and fails when the execution role holds more privilege than one of them. "More privilege" is concrete: the role is administrator-equivalent and the principal is not, or the role can use privilege-escalation methods (data/privilege-escalation.json) that the principal cannot use itself. A principal that is an administrator already gains nothing. Principals outside the account are reported by lambda-deployers-restricted.',
    risk:
      'A developer, CI job or compromised workload that may only deploy this function can make it run their code with a far more powerful role — often administrator access — escalating in one deploy without touching IAM.',
    remediation: {
      text: 'Shrink the execution role to what the function needs (then there is nothing to gain), or restrict lambda:UpdateFunctionCode and UpdateFunctionConfiguration on this function to principals that are at least as privileged as its role — typically one deployment role — and enforce code signing.',
      cli: 'aws lambda get-function-configuration --function-name <name> --query Role\naws iam detach-role-policy --role-name <role> --policy-arn <broad-policy-arn>\naws lambda put-function-code-signing-config --function-name <name> --code-signing-config-arn <csc-arn>',
      cloudformation:
        '# Deny code changes to everyone but the deployment role:\nDenyCodeChanges:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    Groups: [!Ref Developers]\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Deny\n          Action: [lambda:UpdateFunctionCode, lambda:UpdateFunctionConfiguration]\n          Resource: !GetAtt PrivilegedFunction.Arn',
      terraform:
        'data "aws_iam_policy_document" "deny_code_changes" {\n  statement {\n    effect    = "Deny"\n    actions   = ["lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration"]\n    resources = [aws_lambda_function.privileged.arn]\n  }\n}',
    },
    messages: {
      'role-not-privileged': 'The execution role {{role}} of {{name}} is neither administrator-equivalent nor able to escalate: changing its code gains nobody privileges.',
      'no-injection': 'Every principal that can change the code of {{name}} ({{count}}) already holds the privileges of its execution role {{role}}.',
      'injection-admin': '{{principals}} can change the code of {{name}}, whose execution role {{role}} has administrator access they lack.',
      'injection-escalation': '{{principals}} can change the code of {{name}}, whose execution role {{role}} can escalate through methods they cannot use themselves: {{methods}}.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { role, identity, facts, scope, names } = r.value
    const roleAdmin = assessAdministratorAccess(identity.policies, identity.boundary).level !== 'none' && !identity.boundaryMissing
    const roleMethods = roleAdmin ? [] : analyzeEscalation(identity, facts, scope)
    const missing = missingReason(identity)
    if (!roleAdmin && roleMethods.length === 0) return missing ? unknown(missing, { at: 'role' }) : pass('role-not-privileged', names)

    const analysis = whoCanChangeSplit(fn, inventory, { actions: CODE_INJECTION_ACTIONS })
    // The role's ARN is read only when there is a changer to compare it with.
    const roleArn = analysis.shared.length + analysis.own.length ? (role.arn ?? role.id) : ''
    const g = injectionGains(analysis, { roleArn, roleAdmin, roleMethods: roleMethods.map((m) => m.id), scope })
    if (g.lacksAdmin.count) return fail('injection-admin', { data: { ...names, principals: listHeadForMessage(g.lacksAdmin.first, g.lacksAdmin.count) }, at: 'role' })
    if (g.lacksMethods.count) {
      return fail('injection-escalation', { data: { ...names, principals: listHeadForMessage(g.lacksMethods.first, g.lacksMethods.count), methods: listForMessage(g.lacksMethods.methods, 4) }, at: 'role' })
    }
    if (analysis.undetermined.length) return unknown(`policies of ${listForMessage(analysis.undetermined)} are not all in the inventory`, { at: 'role' })
    return pass('no-injection', { ...names, count: g.changers })
  },
})
