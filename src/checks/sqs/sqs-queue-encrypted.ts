import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'sqs-queue-encrypted',
    resourceType: 'sqs.queue',
    title: 'SQS queue encrypts messages at rest',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that server-side encryption is on for the queue: SSE-KMS (a KMS key, preferably customer managed) or SSE-SQS (SQS-managed keys) pass; a queue with both turned off fails. New queues get SSE-SQS by default, so a failing queue was either created before that default or had encryption turned off explicitly.',
    risk: 'Messages can carry personal data, tokens and business events; an unencrypted queue keeps them in plaintext at rest for up to 14 days.',
    remediation: {
      text: 'Turn on SSE-SQS, or SSE-KMS with a customer managed key when you need key policies and CloudTrail records of use.',
      cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes SqsManagedSseEnabled=true',
      cloudformation: 'Queue:\n  Type: AWS::SQS::Queue\n  Properties:\n    QueueName: orders\n    SqsManagedSseEnabled: true',
      terraform: 'resource "aws_sqs_queue" "orders" {\n  name                    = "orders"\n  sqs_managed_sse_enabled = true\n}',
    },
    messages: {
      kms: 'Queue {{name}} encrypts messages with KMS key {{key}}.',
      'sqs-managed': 'Queue {{name}} encrypts messages with SQS-managed keys (SSE-SQS).',
      unencrypted: 'Queue {{name}} stores messages unencrypted.',
    },
  },
  evaluate(q, { pass, fail }) {
    if (q.kmsMasterKeyId) return pass('kms', { name: q.name, key: q.kmsMasterKeyId })
    if (q.sqsManagedSse) return pass('sqs-managed', { name: q.name })
    return fail('unencrypted', { data: { name: q.name }, at: 'sqsManagedSse' })
  },
})
