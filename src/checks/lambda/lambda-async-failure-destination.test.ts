import check from './lambda-async-failure-destination.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, REGION, fnArn, lambdaFunction, snsTopic, sqsQueue } from '../../../test/factories/index.js'

const dlq = sqsQueue({ name: 'orders-dlq' })
const failures = snsTopic({ name: 'orders-failures' })
const noDlq = { deadLetterTargetArn: undefined }
const onFailure = (destination: string) => ({ ...noDlq, eventInvokeConfig: { onFailureDestination: destination, maximumRetryAttempts: 2 } })
const grant = (principal: unknown, condition?: unknown) => ({
  policy: { Version: '2012-10-17', Statement: [{ Sid: 'p', Effect: 'Allow' as const, Principal: principal, Action: 'lambda:InvokeFunction', Resource: fnArn('fn'), ...(condition ? { Condition: condition } : {}) }] } as never,
})
const kinesis = `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/orders`
const ddbStream = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders/stream/2026-01-01T00:00:00.000`
const queue = `arn:aws:sqs:${REGION}:${ACCOUNT}:orders`
const mapping = (eventSourceArn: string, onFailureDestination?: string) => ({ uuid: `m-${eventSourceArn.length}`, eventSourceArn, state: 'Enabled', ...(onFailureDestination ? { onFailureDestination } : {}) })
const sqsGap = { resourceType: 'sqs.queue' as const, region: REGION, code: 'AccessDenied', message: 'sqs:ListQueues denied' }

const samFn = (events: string, extra = '') => `Transform: AWS::Serverless-2016-10-31
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Stream:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1 }
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: a.h
      CodeUri: .
${extra}      Events:
${events}
`
const sqsEvent = '        Jobs: { Type: SQS, Properties: { Queue: !GetAtt Queue.Arn } }'
const kinesisEvent = (destination = '') => `        Records: { Type: Kinesis, Properties: { Stream: !GetAtt Stream.Arn, StartingPosition: LATEST${destination} } }`
const scheduleEvent = '        Nightly: { Type: Schedule, Properties: { Schedule: rate(1 day) } }'

testCheck(check, {
  valid: [
    { name: 'dead-letter queue that exists', resource: lambdaFunction(), related: { 'sqs.queue': [dlq] } },
    { name: 'on-failure SNS destination that exists', resource: lambdaFunction(onFailure(failures.arn!)), related: { 'sns.topic': [failures] } },
    { name: 'on-failure destination is another function', resource: lambdaFunction(onFailure(fnArn('failure-handler'))) },
    { name: 'on-failure destination is an event bus', resource: lambdaFunction(onFailure(`arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`)) },
    { name: 'dead-letter queue in another account is not verifiable', resource: lambdaFunction({ deadLetterTargetArn: `arn:aws:sqs:${REGION}:999988887777:central-dlq` }) },
    { name: 'stream mappings with on-failure destinations', resource: lambdaFunction({ ...noDlq, eventSourceMappings: [mapping(kinesis, queue), mapping(ddbStream, queue)] }) },
    { name: 'EventBridge rule and a dead-letter queue', resource: lambdaFunction(grant({ Service: 'events.amazonaws.com' })), related: { 'sqs.queue': [dlq] } },
    {
      name: 'both configured and both exist',
      resource: lambdaFunction({ eventInvokeConfig: { onFailureDestination: failures.arn! } }),
      related: { 'sqs.queue': [dlq], 'sns.topic': [failures] },
    },
    // Whoever invokes it, the existing target keeps the failed events: the unreadable policy does not matter.
    { name: 'policy unreadable, target exists', resource: lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }), related: { 'sqs.queue': [dlq] } },
  ],
  invalid: [
    { name: 'policy unreadable, no target', resource: lambdaFunction({ ...noDlq, policy: null, unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }), messageId: 'none', at: 'deadLetterTargetArn' },
    { name: 'S3 notifications and no failure target', resource: lambdaFunction({ ...noDlq, ...grant({ Service: 's3.amazonaws.com' }) }), messageId: 'none', at: 'deadLetterTargetArn' },
    {
      name: 'SQS mapping but also an SNS subscription',
      resource: lambdaFunction({ ...noDlq, ...grant({ Service: 'sns.amazonaws.com' }), eventSourceMappings: [mapping(queue)] }),
      messageId: 'none',
    },
    { name: 'another account may invoke it', resource: lambdaFunction({ ...noDlq, ...grant({ AWS: 'arn:aws:iam::999988887777:root' }), eventSourceMappings: [mapping(queue)] }), messageId: 'none' },
    {
      name: 'Kinesis mapping without an on-failure destination',
      resource: lambdaFunction({ ...noDlq, eventSourceMappings: [mapping(queue), mapping(kinesis)] }),
      messageId: 'streamNoDestination',
      at: 'eventSourceMappings.1.onFailureDestination',
      count: 1,
    },
    {
      name: 'DynamoDB stream mapping without an on-failure destination, API Gateway grant only',
      resource: lambdaFunction({ ...noDlq, ...grant({ Service: 'apigateway.amazonaws.com' }), eventSourceMappings: [mapping(ddbStream)] }),
      messageId: 'streamNoDestination',
      at: 'eventSourceMappings.0.onFailureDestination',
    },
    { name: 'neither', resource: lambdaFunction(noDlq), messageId: 'none', at: 'deadLetterTargetArn' },
    { name: 'an invoke config without a failure destination', resource: lambdaFunction({ ...noDlq, eventInvokeConfig: { maximumRetryAttempts: 0 } }), messageId: 'none' },
    { name: 'dead-letter queue deleted', resource: lambdaFunction(), related: { 'sqs.queue': [sqsQueue({ name: 'other' })] }, messageId: 'targetMissing', at: 'deadLetterTargetArn' },
    {
      name: 'on-failure topic deleted',
      resource: lambdaFunction(onFailure(failures.arn!)),
      messageId: 'targetMissing',
      at: 'eventInvokeConfig.onFailureDestination',
    },
    {
      name: 'a working destination does not excuse a deleted dead-letter queue',
      resource: lambdaFunction({ eventInvokeConfig: { onFailureDestination: failures.arn! } }),
      related: { 'sns.topic': [failures] },
      messageId: 'targetMissing',
      at: 'deadLetterTargetArn',
      count: 1,
    },
  ],
  skip: [
    {
      name: 'SQS mapping and an API Gateway route grant (synchronous)',
      resource: lambdaFunction({ ...noDlq, ...grant('*', { ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${REGION}:${ACCOUNT}:abc123/*/POST/orders` } }), eventSourceMappings: [mapping(queue)] }),
    },
    { name: 'only an SQS mapping (the queue redrive policy applies)', resource: lambdaFunction({ ...noDlq, eventSourceMappings: [mapping(queue)] }) },
    {
      name: 'SQS mapping and a public Function URL grant only',
      resource: lambdaFunction({ ...noDlq, ...grant('*', { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } }), eventSourceMappings: [mapping(queue)] }),
    },
  ],
  unknown: [
    { name: 'stream mapping destination from a parameter', resource: lambdaFunction({ ...noDlq, eventSourceMappings: [mapping(kinesis)], unresolved: { 'eventSourceMappings.0.onFailureDestination': '!Ref FailureQueue' } }) },
    { name: 'queues could not be listed', resource: lambdaFunction(), gaps: [sqsGap] },
    { name: 'topics could not be listed', resource: lambdaFunction(onFailure(failures.arn!)), gaps: [{ resourceType: 'sns.topic', code: 'AccessDenied', message: 'sns:ListTopics denied' }] },
    { name: 'dead-letter target from a parameter', resource: lambdaFunction({ unresolved: { deadLetterTargetArn: '!Ref DlqArn' } }), related: { 'sqs.queue': [dlq] } },
    { name: 'invoke config unreadable', resource: lambdaFunction({ ...noDlq, eventInvokeConfig: null, unresolved: { eventInvokeConfig: 'AccessDenied' } }) },
    { name: 'policy unreadable and only an SQS mapping known', resource: lambdaFunction({ ...noDlq, policy: null, eventSourceMappings: [mapping(queue)], unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }) },
  ],
  iac: {
    terraform: {
      good: [
        `
resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}
resource "aws_lambda_permission" "from_bucket" {
  function_name  = aws_lambda_function.orders.function_name
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::orders-uploads"
  source_account = "123456789012"
}
`,
        `
resource "aws_sqs_queue" "dlq" {
  name = "orders-dlq"
}
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_permission" "from_bucket" {
  function_name  = aws_lambda_function.orders.function_name
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::orders-uploads"
  source_account = "123456789012"
}
resource "aws_lambda_function_event_invoke_config" "orders" {
  function_name = aws_lambda_function.orders.function_name
  destination_config {
    on_failure {
      destination = aws_sqs_queue.dlq.arn
    }
  }
}
`,
      ],
      bad: [
        // S3 invokes asynchronously; events that keep failing are dropped.
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_lambda_permission" "from_bucket" {
  function_name  = aws_lambda_function.orders.function_name
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::orders-uploads"
  source_account = "123456789012"
}
`,
      ],
    },
    cloudformation: {
      good: [
        samFn(sqsEvent),
        samFn(kinesisEvent(', DestinationConfig: { OnFailure: { Destination: !GetAtt Queue.Arn } }')),
        samFn(scheduleEvent, '      DeadLetterQueue: { Type: SQS, TargetArn: !GetAtt Queue.Arn }\n'),
      ],
      bad: [samFn(kinesisEvent()), samFn(`${sqsEvent}\n${scheduleEvent}`)],
    },
  },
})
