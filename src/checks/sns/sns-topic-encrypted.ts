import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'sns-topic-encrypted',
    resourceType: 'sns.topic',
    title: 'SNS topic encrypts messages at rest with KMS',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that server-side encryption with a KMS key is on for the topic (SNS has no SQS-style managed encryption: without a key, messages are stored unencrypted while they wait for delivery). The AWS managed key alias/aws/sns passes, but cannot be used with most event sources from other services, which need a customer managed key.',
    risk: 'Notifications often carry event payloads with personal or business data; an unencrypted topic keeps them in plaintext at rest until every subscriber has received them.',
    remediation: {
      text: 'Set a KMS key on the topic (a customer managed key whose policy lets the publishing services use it).',
      cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
      cloudformation: 'Topic:\n  Type: AWS::SNS::Topic\n  Properties:\n    TopicName: orders-events\n    KmsMasterKeyId: alias/aws/sns',
      terraform: 'resource "aws_sns_topic" "orders_events" {\n  name              = "orders-events"\n  kms_master_key_id = "alias/aws/sns"\n}',
    },
    messages: {
      encrypted: 'Topic {{name}} encrypts messages with KMS key {{key}}.',
      unencrypted: 'Topic {{name}} stores messages unencrypted (no KMS key).',
    },
  },
  evaluate(t, { pass, fail }) {
    return t.kmsMasterKeyId ? pass('encrypted', { name: t.name, key: t.kmsMasterKeyId }) : fail('unencrypted', { data: { name: t.name }, at: 'kmsMasterKeyId' })
  },
})
