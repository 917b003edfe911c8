import check from './sns-topic-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { snsTopic } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'customer managed key', resource: snsTopic({ kmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' }) }, { name: 'AWS managed key', resource: snsTopic({ kmsMasterKeyId: 'alias/aws/sns' }) }],
  invalid: [{ name: 'no key', resource: snsTopic(), messageId: 'unencrypted', at: 'kmsMasterKeyId' }],
  unknown: [{ name: 'key from a parameter', resource: snsTopic({ unresolved: { kmsMasterKeyId: '!Ref Key' } }) }],
  iac: {
    cloudformation: {
      good: ['Topic:\n  Type: AWS::SNS::Topic\n  Properties: { KmsMasterKeyId: alias/aws/sns }\n'],
      bad: ['Topic:\n  Type: AWS::SNS::Topic\n  Properties: { TopicName: orders }\n'],
    },
    terraform: {
      good: ['resource "aws_sns_topic" "t" {\n  name              = "orders"\n  kms_master_key_id = "alias/aws/sns"\n}\n'],
      bad: ['resource "aws_sns_topic" "t" {\n  name = "orders"\n}\n'],
    },
  },
})
