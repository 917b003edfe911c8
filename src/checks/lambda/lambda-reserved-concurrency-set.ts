import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'lambda-reserved-concurrency-set',
    resourceType: 'lambda.function',
    title: 'Lambda function has a reserved concurrency limit',
    severity: 'low',
    categories: ['resilience'],
    description:
      'Fails when no reserved concurrency is set, so the function can scale up to the whole regional concurrency quota. Reserved concurrency of 0 also fails, with its own message: it means the function is throttled completely and cannot run. That is what the console\'s "Throttle" button sets during an incident, and left in place it silently drops every invocation; if it is intentional, mute the finding for that function.',
    risk:
      'Without a limit a flood of requests or events (a retry storm, a public endpoint under attack) scales the function to the account\'s regional quota: the bill grows with it (denial of wallet), downstream databases and APIs are overwhelmed, and other functions in the account and region are throttled because they share the same pool.',
    remediation: {
      text: 'Reserve a concurrency limit sized for the function\'s expected peak; it caps the function and also guarantees it that much of the regional pool. For a function throttled to zero on purpose, mute the finding; otherwise raise the limit.',
      cli: 'aws lambda put-function-concurrency --function-name <name> --reserved-concurrent-executions 50',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  ReservedConcurrentExecutions: 50',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  reserved_concurrent_executions = 50\n}',
    },
    messages: {
      reserved: '{{name}} has a reserved concurrency of {{limit}}.',
      none: '{{name}} has no reserved concurrency: it can scale to the whole regional concurrency quota.',
      'throttled-to-zero': '{{name}} has a reserved concurrency of 0: it is throttled to zero and cannot run at all.',
    },
  },
  evaluate(fn, { pass, fail }) {
    const limit = fn.reservedConcurrency
    if (limit === null) return fail('none', { data: { name: fn.name }, at: 'reservedConcurrency' })
    if (limit === 0) return fail('throttled-to-zero', { data: { name: fn.name }, at: 'reservedConcurrency' })
    return pass('reserved', { name: fn.name, limit })
  },
})
