import { defineCheck, type Verdict } from '../../core/check.js'
import { compilePolicy, type CompiledStatement } from '../../analysis/iam/compile.js'
import { expandActionPattern, isAllActionsPattern } from '../../analysis/iam/actions.js'
import { hasWildcard } from '../../analysis/iam/glob.js'
import { listForMessage } from '../../analysis/lambda/execution-role.js'

/** What an Allow statement grants beyond the allowed actions; `*` / NotAction grant everything. */
function beyond(st: CompiledStatement, allowed: ReadonlySet<string>): string[] {
  if (st.notAction) return [`every action except ${st.actionPatterns.join(', ')}`]
  const out = new Set<string>()
  for (const p of st.actionPatterns) {
    if (isAllActionsPattern(p)) return ['* (every action)']
    if (!hasWildcard(p)) {
      if (!allowed.has(p.toLowerCase())) out.add(p)
      continue
    }
    const expanded = expandActionPattern(p)
    // A wildcard the catalogue cannot expand may match anything: report it as written.
    if (expanded.length === 0) out.add(p)
    else if (expanded.some((a) => !allowed.has(a.toLowerCase()))) out.add(`${p} (${listForMessage(expanded.filter((a) => !allowed.has(a.toLowerCase())), 3)})`)
  }
  return [...out]
}

export default defineCheck({
  meta: {
    id: 'lambda-resource-policy-invoke-only',
    resourceType: 'lambda.function',
    title: 'Lambda function resource policy grants only invocation',
    severity: 'medium',
    categories: ['least-privilege', 'public-exposure'],
    description:
      'Every Allow statement of the function\'s resource-based policy may grant only the invocation actions — by default lambda:InvokeFunction, lambda:InvokeFunctionUrl and the legacy lambda:InvokeAsync (option `allowedActions`). Wildcards are expanded through the action catalogue, so `lambda:Invoke*` passes and `lambda:*` or `lambda:Get*` fail; a NotAction fails. lambda:GetFunction is not allowed by default: it returns a download link for the code and the whole configuration, environment included. Deny statements are not judged. Whom the statement reaches is judged by lambda-resource-policy-not-public and lambda-resource-policy-cross-account-trusted.',
    risk:
      'A resource policy that grants more than invocation lets the named services or accounts read the function\'s code and configuration, change its code, add permissions for others or delete it — a takeover route that bypasses the owner\'s IAM controls.',
    remediation: {
      text: 'Re-create the permission with `--action lambda:InvokeFunction` (or lambda:InvokeFunctionUrl for function URLs) only; grant anything else through identity policies in the caller\'s account.',
      cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>\naws lambda add-permission --function-name <name> --statement-id <sid> --action lambda:InvokeFunction --principal <principal> --source-arn <arn>',
      cloudformation: 'Permission:\n  Type: AWS::Lambda::Permission\n  Properties:\n    FunctionName: !Ref Function\n    Action: lambda:InvokeFunction   # not lambda:*\n    Principal: events.amazonaws.com\n    SourceArn: !GetAtt Rule.Arn',
      terraform: 'resource "aws_lambda_permission" "rule" {\n  function_name = aws_lambda_function.this.function_name\n  action        = "lambda:InvokeFunction" # not "lambda:*"\n  principal     = "events.amazonaws.com"\n  source_arn    = aws_cloudwatch_event_rule.this.arn\n}',
    },
    options: { allowedActions: ['lambda:InvokeFunction', 'lambda:InvokeFunctionUrl', 'lambda:InvokeAsync'] },
    messages: {
      'invoke-only': 'The resource-based policy of {{name}} grants only invocation.',
      'beyond-invoke': 'Statement {{statement}} of the resource-based policy of {{name}} grants more than invocation: {{actions}}.',
    },
  },
  evaluate(fn, { pass, fail, skip, options }) {
    if (fn.policy === null) return skip('the function has no resource-based policy')
    const allowed = new Set((Array.isArray(options.allowedActions) ? (options.allowedActions as string[]) : []).map((a) => a.toLowerCase()))
    const verdicts: Verdict[] = []
    for (const st of compilePolicy(fn.policy).statements) {
      if (st.effect !== 'Allow') continue
      const extra = beyond(st, allowed)
      if (extra.length === 0) continue
      const label = st.sid ?? `#${st.index}`
      verdicts.push(fail('beyond-invoke', { data: { name: fn.name, statement: label, actions: listForMessage(extra, 4) }, at: 'policy', subject: `statement ${label}` }))
    }
    return verdicts.length > 0 ? verdicts : pass('invoke-only', { name: fn.name })
  },
})
