import check from './lambda-event-sources-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, fnArn, lambdaFunction, snsTopic, sqsQueue } from '../../../test/factories/index.js'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'
import type { S3Bucket } from '../../model/s3.js'

const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-in`
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:orders-events`
const BUCKET = 'arn:aws:s3:::orders-uploads'
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const publicSend: PolicyStatement = { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: QUEUE }
const fromQueue = lambdaFunction({ eventSourceMappings: [{ uuid: 'u1', eventSourceArn: QUEUE }] })
const fromTopic = lambdaFunction({ policy: doc({ Sid: 'sns', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fnArn('orders'), Condition: { ArnLike: { 'aws:SourceArn': TOPIC } } }) })
const fromBucket = lambdaFunction({ policy: doc({ Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fnArn('orders'), Condition: { ArnLike: { 'aws:SourceArn': BUCKET }, StringEquals: { 'aws:SourceAccount': ACCOUNT } } }) })
const queue = (policy: PolicyDocument | null, over = {}) => ({ 'sqs.queue': [sqsQueue({ name: 'orders-in', policy, ...over })] })
const bucket = (policy: PolicyDocument | null, restrict = false): S3Bucket => ({ id: BUCKET, arn: BUCKET, name: 'orders-uploads', region: 'us-east-1', policy, aclGrants: [], publicAccessBlock: restrict ? { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } : null, logging: null })

testCheck(check, {
  valid: [
    { name: 'queue without a policy', resource: fromQueue, related: queue(null) },
    { name: 'queue: Principal "*" narrowed by aws:SourceArn to one topic', resource: fromQueue, related: queue(doc({ ...publicSend, Condition: { ArnEquals: { 'aws:SourceArn': TOPIC } } })) },
    { name: 'queue: Principal "*" narrowed to the organization', resource: fromQueue, related: queue(doc({ ...publicSend, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })) },
    { name: 'topic that only the account may publish to', resource: fromTopic, related: { 'sns.topic': [snsTopic({ name: 'orders-events', policy: doc({ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sns:Publish', Resource: TOPIC }) })] } },
    { name: 'bucket with a public policy but RestrictPublicBuckets', resource: fromBucket, related: { 's3.bucket': [bucket(doc({ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `${BUCKET}/*` }), true)] } },
  ],
  invalid: [
    { name: 'queue anyone can send to', resource: fromQueue, related: queue(doc(publicSend)), messageId: 'source-public', count: 1 },
    { name: 'queue: StringNotEquals does not narrow', resource: fromQueue, related: queue(doc({ ...publicSend, Condition: { StringNotEquals: { 'aws:SourceAccount': '444455556666' } } })), messageId: 'source-public' },
    { name: 'topic anyone can publish to', resource: fromTopic, related: { 'sns.topic': [snsTopic({ name: 'orders-events', policy: doc({ Sid: 'open', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Publish', Resource: TOPIC }) })] }, messageId: 'source-public' },
    { name: 'bucket anyone can upload to', resource: fromBucket, related: { 's3.bucket': [bucket(doc({ Sid: 'up', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `${BUCKET}/*` }))] }, messageId: 'source-public' },
  ],
  unknown: [
    { name: 'queue policy could not be read', resource: fromQueue, related: queue(null, { unresolved: { policy: 'AccessDenied (sqs:GetQueueAttributes)' } }) },
    { name: 'queues could not be read in the region', resource: fromQueue, gaps: [{ resourceType: 'sqs.queue', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
    { name: 'bucket not in the inventory', resource: fromBucket },
    { name: 'function policy could not be read', resource: lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }) },
  ],
  skip: [
    { name: 'no event sources', resource: lambdaFunction() },
    { name: 'only a Kinesis stream (not judged)', resource: lambdaFunction({ eventSourceMappings: [{ uuid: 'k', eventSourceArn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clicks` }] }) },
    { name: 'the queue no longer exists', resource: fromQueue },
  ],
  iac: {
    cloudformation: {
      good: [
        `
Queue:
  Type: AWS::SQS::Queue
QueuePolicy:
  Type: AWS::SQS::QueuePolicy
  Properties:
    Queues: [!Ref Queue]
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - { Effect: Allow, Principal: { Service: sns.amazonaws.com }, Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn, Condition: { ArnEquals: { 'aws:SourceArn': !Ref Topic } } }
Topic:
  Type: AWS::SNS::Topic
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Mapping:
  Type: AWS::Lambda::EventSourceMapping
  Properties: { EventSourceArn: !GetAtt Queue.Arn, FunctionName: !Ref Fn }
`,
        // A queue without a policy is reachable only through IAM in its own account.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Events:
        Orders: { Type: SQS, Properties: { Queue: !GetAtt Queue.Arn } }
`,
      ],
      bad: [
        // Anyone can send the function messages.
        `
Queue:
  Type: AWS::SQS::Queue
QueuePolicy:
  Type: AWS::SQS::QueuePolicy
  Properties:
    Queues: [!Ref Queue]
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - { Effect: Allow, Principal: '*', Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn }
Fn:
  Type: AWS::Lambda::Function
  Properties: { FunctionName: orders, Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
Mapping:
  Type: AWS::Lambda::EventSourceMapping
  Properties: { EventSourceArn: !GetAtt Queue.Arn, FunctionName: !Ref Fn }
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Queue:
    Type: AWS::SQS::Queue
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Principal: { AWS: '*' }, Action: 'sqs:*', Resource: !GetAtt Queue.Arn }]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Events:
        Orders: { Type: SQS, Properties: { Queue: !GetAtt Queue.Arn } }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_sns_topic" "orders" {
  name = "orders"
}
resource "aws_sqs_queue" "orders" {
  name = "orders"
}
resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = aws_sqs_queue.orders.arn, Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } } }]
  })
}
resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.orders.arn
}
`,
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_sqs_queue" "orders" {
  name = "orders"
}
resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.orders.arn
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "python3.13"
}
resource "aws_sqs_queue" "orders" {
  name = "orders"
}
resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = aws_sqs_queue.orders.arn }]
  })
}
resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.orders.arn
}
`,
      ],
    },
  },
})
