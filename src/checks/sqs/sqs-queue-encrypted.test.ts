import check from './sqs-queue-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { sqsQueue } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'SSE-SQS', resource: sqsQueue() }, { name: 'SSE-KMS', resource: sqsQueue({ sqsManagedSse: false, kmsMasterKeyId: 'alias/orders' }) }],
  invalid: [{ name: 'unencrypted', resource: sqsQueue({ sqsManagedSse: false }), messageId: 'unencrypted', at: 'sqsManagedSse' }],
  unknown: [{ name: 'attributes unreadable', resource: sqsQueue({ sqsManagedSse: undefined, unresolved: { sqsManagedSse: 'AccessDenied (sqs:GetQueueAttributes)', kmsMasterKeyId: 'AccessDenied (sqs:GetQueueAttributes)' } }) }],
  iac: {
    cloudformation: {
      good: ['Queue:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders }\n', 'Queue:\n  Type: AWS::SQS::Queue\n  Properties: { KmsMasterKeyId: alias/orders }\n'],
      bad: ['Queue:\n  Type: AWS::SQS::Queue\n  Properties: { SqsManagedSseEnabled: false }\n'],
    },
    terraform: {
      good: ['resource "aws_sqs_queue" "q" {\n  name = "orders"\n}\n'],
      bad: ['resource "aws_sqs_queue" "q" {\n  name                    = "orders"\n  sqs_managed_sse_enabled = false\n}\n'],
    },
  },
})
