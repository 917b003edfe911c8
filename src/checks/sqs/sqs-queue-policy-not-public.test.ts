import check from './sqs-queue-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { sqsQueue } from '../../../test/factories/index.js'

const QUEUE = 'arn:aws:sqs:us-east-1:111122223333:orders-dlq'
const anyone = (extra: object = {}) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Send', Effect: 'Allow' as const, Principal: '*' as const, Action: 'sqs:SendMessage', Resource: QUEUE, ...extra }] })

testCheck(check, {
  valid: [
    { name: 'no policy', resource: sqsQueue() },
    { name: 'wildcard pinned to a topic of the account', resource: sqsQueue({ policy: anyone({ Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders-events' } } }) }) },
  ],
  invalid: [{ name: 'anyone may send', resource: sqsQueue({ policy: anyone() }), messageId: 'public', at: 'policy' }],
  unknown: [{ name: 'policy unreadable', resource: sqsQueue({ unresolved: { policy: 'AccessDenied (sqs:GetQueueAttributes)' } }) }],
  iac: {
    cloudformation: {
      good: ['Queue:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders }\n'],
      bad: ['Queue:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders }\nPolicy:\n  Type: AWS::SQS::QueuePolicy\n  Properties:\n    Queues: [!Ref Queue]\n    PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: "*", Action: "sqs:*", Resource: !GetAtt Queue.Arn }] }\n'],
    },
    terraform: {
      good: ['resource "aws_sqs_queue" "q" {\n  name = "orders"\n}\n'],
      bad: ['resource "aws_sqs_queue" "q" {\n  name = "orders"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*" }] })\n}\n'],
    },
  },
})
