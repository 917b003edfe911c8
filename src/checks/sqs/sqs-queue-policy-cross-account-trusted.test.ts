import check from './sqs-queue-policy-cross-account-trusted.js'
import { testCheck } from '../../../test/check-tester.js'
import { sqsQueue } from '../../../test/factories/index.js'

const grant = (account: string) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Partner', Effect: 'Allow' as const, Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:orders-dlq' }] })

testCheck(check, {
  valid: [{ name: 'own account', resource: sqsQueue({ policy: grant('111122223333') }) }, { name: 'trusted partner', resource: sqsQueue({ policy: grant('444455556666') }), options: { trustedAccounts: ['444455556666'] } }],
  invalid: [{ name: 'unknown partner', resource: sqsQueue({ policy: grant('444455556666') }), messageId: 'untrustedAccount', at: 'policy' }],
  unknown: [{ name: 'policy unreadable', resource: sqsQueue({ policy: grant('111122223333'), unresolved: { policy: 'AccessDenied' } }) }],
  skip: [{ name: 'no policy', resource: sqsQueue() }],
  iac: {
    cloudformation: {
      good: ['Queue:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders }\nPolicy:\n  Type: AWS::SQS::QueuePolicy\n  Properties:\n    Queues: [!Ref Queue]\n    PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sqs:SendMessage", Resource: "*" }] }\n'],
      bad: ['Queue:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders }\nPolicy:\n  Type: AWS::SQS::QueuePolicy\n  Properties:\n    Queues: [!Ref Queue]\n    PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "sqs:SendMessage", Resource: "*" }] }\n'],
    },
    terraform: {
      good: ['resource "aws_sqs_queue" "q" {\n  name = "orders"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sqs:SendMessage", Resource = "*" }] })\n}\n'],
      bad: ['resource "aws_sqs_queue" "q" {\n  name = "orders"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "sqs:SendMessage", Resource = "*" }] })\n}\n'],
    },
  },
})
