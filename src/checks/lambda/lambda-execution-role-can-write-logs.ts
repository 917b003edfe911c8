import { defineCheck } from '../../core/check.js'
import { identityGrant, principalCapabilityContext } from '../../analysis/iam/capability.js'
import { executionRoleOf, logGroupArn, missingReason } from '../../analysis/lambda/execution-role.js'

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-can-write-logs',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.policy'],
    title: 'Lambda execution role can write the function\'s logs',
    severity: 'low',
    categories: ['logging'],
    description:
      'Asks the IAM engine whether the execution role\'s policies (capped by its boundary, Denies included) allow logs:CreateLogStream on the function\'s log group — as IAM sees it, `arn:aws:logs:<region>:<account>:log-group:<name>:*` — and logs:PutLogEvents on a log stream in it. The log group is the one in the function\'s logging configuration (/aws/lambda/<name> by default). A grant on the bare log group ARN without `:*` does not reach the streams and fails, as it does in AWS. When the answer depends on request conditions the verdict is unknown.',
    risk:
      'Without these permissions the function runs blind: errors, security events and the output that incident response needs are dropped silently, and Lambda reports nothing about it.',
    remediation: {
      text: 'Allow logs:CreateLogStream and logs:PutLogEvents on the function\'s log group with the `:*` suffix (and logs:CreateLogGroup if the group is not created beforehand), or attach AWSLambdaBasicExecutionRole.',
      cli: 'aws iam put-role-policy --role-name <role> --policy-name logs --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:<region>:<account>:log-group:/aws/lambda/<function>:*"}]}\'',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Action: [logs:CreateLogStream, logs:PutLogEvents]\n    Resource: !Sub "${FunctionLogGroup.Arn}"   # the log group ARN from CloudFormation ends in :*',
      terraform: 'statement {\n  actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]\n  resources = ["${aws_cloudwatch_log_group.fn.arn}:*"]\n}',
    },
    messages: {
      'can-write': 'The execution role {{role}} of {{name}} can write to the log group {{logGroup}}.',
      'cannot-write': 'The execution role {{role}} of {{name}} may not call {{actions}} on the log group {{logGroup}}: the function\'s output is lost.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { identity, facts, scope, names } = r.value
    const cc = principalCapabilityContext(facts)
    const group = logGroupArn(fn, scope)
    // A stream name Lambda would create (`2026/11/27/[$LATEST]<id>`), in the function's group.
    const stream = `${group.slice(0, -2)}:log-stream:2026/11/27/[$LATEST]0123456789abcdef`
    const levels = [
      { action: 'logs:CreateLogStream', level: identityGrant(identity, 'logs:CreateLogStream', group, cc).level },
      { action: 'logs:PutLogEvents', level: identityGrant(identity, 'logs:PutLogEvents', stream, cc).level },
    ]
    const data = { ...names, logGroup: fn.logging.logGroup }
    const denied = levels.filter((l) => l.level === 'none').map((l) => l.action)
    const missing = missingReason(identity)
    if (denied.length > 0) return missing ? unknown(missing, { at: 'role' }) : fail('cannot-write', { data: { ...data, actions: denied.join(' and ') }, at: 'role' })
    if (identity.boundaryMissing) return unknown(missing!, { at: 'role' })
    if (levels.some((l) => l.level === 'conditional')) return unknown('the role may write logs only when the conditions of its policies hold', { at: 'role' })
    return pass('can-write', data)
  },
})
