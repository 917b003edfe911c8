import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'lambda-tracing-active',
    resourceType: 'lambda.function',
    title: 'Lambda function has active X-Ray tracing',
    severity: 'low',
    categories: ['monitoring'],
    description: 'Checks that the function\'s tracing mode is Active, so Lambda samples and sends traces to AWS X-Ray. PassThrough only forwards a trace that an upstream service already started.',
    risk:
      'Without traces an investigation cannot follow a request through the function to the services it calls: unusual downstream calls, latency caused by abuse, or the path an attacker took stay invisible, and errors take longer to pin down.',
    remediation: {
      text: 'Set the tracing mode to Active and give the execution role permission to send traces (the AWSXRayDaemonWriteAccess managed policy, or xray:PutTraceSegments and xray:PutTelemetryRecords).',
      cli: 'aws lambda update-function-configuration --function-name <name> --tracing-config Mode=Active',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  TracingConfig:\n    Mode: Active',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  tracing_config {\n    mode = "Active"\n  }\n}',
    },
    messages: {
      active: '{{name}} has active X-Ray tracing.',
      'pass-through': '{{name}} does not trace its invocations: tracing mode is PassThrough.',
    },
  },
  evaluate(fn, { pass, fail }) {
    return fn.tracingMode === 'Active' ? pass('active', { name: fn.name }) : fail('pass-through', { data: { name: fn.name }, at: 'tracingMode' })
  },
})
