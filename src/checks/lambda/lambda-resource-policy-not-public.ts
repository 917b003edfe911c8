import { defineCheck } from '../../core/check.js'
import { accountOfArn, analyzeExternalAccess, type StatementAccess } from '../../analysis/iam/index.js'

function actionsOf(s: StatementAccess): string {
  return (s.notAction ? 'every action except ' : '') + s.actions.join(', ')
}

export default defineCheck({
  meta: {
    id: 'lambda-resource-policy-not-public',
    resourceType: 'lambda.function',
    title: 'Lambda function resource policy does not grant public access',
    severity: 'critical',
    categories: ['public-exposure'],
    description:
      'Reads the function\'s resource-based policy with the condition-aware IAM engine and fails for every Allow statement that lets anyone — or any authenticated principal of any AWS account — invoke, read or change the function. A `*` principal is not public when a condition narrows it to specific accounts, an organisation, a source resource or a private network (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce, a private aws:SourceIp …), or when a Deny for everyone leaves only such callers. Negated operators (StringNotEquals …), …IfExists and ForAllValues: do not narrow anything: a request without the key passes them. Statements that only open the function URL (lambda:FunctionUrlAuthType NONE, lambda:InvokedViaFunctionUrl) are left to lambda-function-url-auth-required, so one open URL is reported once.',
    risk:
      'A public grant lets anyone on the internet call the function directly with the Lambda API — running its code with its execution role, running up its bill, or, for actions such as lambda:GetFunction, UpdateFunctionCode or AddPermission, reading its code and configuration or taking it over.',
    remediation: {
      text: 'Remove the public statement, or grant the specific account, organisation or service that needs access. For an AWS service, keep the service principal and add aws:SourceArn / aws:SourceAccount; for callers in an organisation, add a aws:PrincipalOrgID condition.',
      cli: 'aws lambda get-policy --function-name <name>\naws lambda remove-permission --function-name <name> --statement-id <sid>\naws lambda add-permission --function-name <name> --statement-id <sid> --action lambda:InvokeFunction --principal <account-id-or-service> [--source-arn <arn>] [--principal-org-id <o-id>]',
      cloudformation:
        'Permission:\n  Type: AWS::Lambda::Permission\n  Properties:\n    FunctionName: !Ref Function\n    Action: lambda:InvokeFunction\n    Principal: sns.amazonaws.com      # not "*"\n    SourceArn: !Ref Topic\n    SourceAccount: !Ref AWS::AccountId',
      terraform:
        'resource "aws_lambda_permission" "from_topic" {\n  function_name  = aws_lambda_function.this.function_name\n  action         = "lambda:InvokeFunction"\n  principal      = "sns.amazonaws.com" # not "*"\n  source_arn     = aws_sns_topic.this.arn\n  source_account = data.aws_caller_identity.current.account_id\n}',
    },
    messages: {
      'no-policy': '{{name}} has no resource-based policy: only identities of its own account can use it.',
      'not-public': 'The resource-based policy of {{name}} grants nothing to the public.',
      'url-only': 'The resource-based policy of {{name}} opens the function only through its function URL ({{statements}}); whether that is public depends on the URL auth type (lambda-function-url-auth-required).',
      public: 'Statement {{statement}} of the resource-based policy of {{name}} lets anyone, unauthenticated callers included, perform {{actions}}.',
      'public-authenticated': 'Statement {{statement}} of the resource-based policy of {{name}} lets any authenticated principal of any AWS account perform {{actions}}.',
    },
  },
  evaluate(fn, { pass, fail, inventory }) {
    const policy = fn.policy
    if (policy === null) return pass('no-policy', { name: fn.name })
    // Who owns the function only matters for telling own-account grants from external ones; a
    // public grant is public whatever the owner.
    const owner = fn.accountId ?? inventory.accountId ?? accountOfArn(fn.arn ?? fn.id) ?? 'unknown-account'
    const analysis = analyzeExternalAccess(policy, { ownerAccount: owner, ...(fn.arn ? { resourceArn: fn.arn } : {}) })
    const verdicts = []
    const urlOnly: string[] = []
    for (const s of analysis.publicStatements) {
      if (s.functionUrl === 'NONE' || s.functionUrl === 'any') {
        urlOnly.push(s.label)
        continue
      }
      const anonymous = s.reach.some((r) => r.kind === 'public')
      verdicts.push(
        fail(anonymous ? 'public' : 'public-authenticated', {
          data: { name: fn.name, statement: s.label, actions: actionsOf(s) },
          at: 'policy',
          subject: `statement ${s.label}`,
        }),
      )
    }
    if (verdicts.length > 0) return verdicts
    if (urlOnly.length > 0) return pass('url-only', { name: fn.name, statements: urlOnly.join(', ') })
    return pass('not-public', { name: fn.name })
  },
})
