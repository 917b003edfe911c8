import check from './sns-topic-policy-cross-account-trusted.js'
import { testCheck } from '../../../test/check-tester.js'
import { snsTopic } from '../../../test/factories/index.js'

const grant = (account: string) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Partner', Effect: 'Allow' as const, Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sns:Subscribe', Resource: 'arn:aws:sns:us-east-1:111122223333:alerts' }] })

testCheck(check, {
  valid: [{ name: 'own account', resource: snsTopic({ policy: grant('111122223333') }) }, { name: 'trusted partner', resource: snsTopic({ policy: grant('444455556666') }), options: { trustedAccounts: ['444455556666'] } }],
  invalid: [{ name: 'unknown partner', resource: snsTopic({ policy: grant('444455556666') }), messageId: 'untrustedAccount', at: 'policy' }],
  unknown: [{ name: 'policy unreadable', resource: snsTopic({ policy: grant('111122223333'), unresolved: { policy: 'AccessDenied' } }) }],
  skip: [{ name: 'no policy', resource: snsTopic() }],
  iac: {
    cloudformation: {
      good: ['Topic:\n  Type: AWS::SNS::Topic\n  Properties: { TopicName: orders }\nPolicy:\n  Type: AWS::SNS::TopicPolicy\n  Properties:\n    Topics: [!Ref Topic]\n    PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sns:Subscribe", Resource: "*" }] }\n'],
      bad: ['Topic:\n  Type: AWS::SNS::Topic\n  Properties: { TopicName: orders }\nPolicy:\n  Type: AWS::SNS::TopicPolicy\n  Properties:\n    Topics: [!Ref Topic]\n    PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "sns:Subscribe", Resource: "*" }] }\n'],
    },
    terraform: {
      good: ['resource "aws_sns_topic" "t" {\n  name   = "orders"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sns:Subscribe", Resource = "*" }] })\n}\n'],
      bad: ['resource "aws_sns_topic" "t" {\n  name   = "orders"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "sns:Subscribe", Resource = "*" }] })\n}\n'],
    },
  },
})
