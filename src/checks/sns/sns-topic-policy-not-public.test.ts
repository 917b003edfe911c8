import check from './sns-topic-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { snsTopic } from '../../../test/factories/index.js'

const TOPIC = 'arn:aws:sns:us-east-1:111122223333:alerts'
// SNS's default policy: every principal, but only when the caller's account owns the topic.
const DEFAULT_POLICY = { Version: '2008-10-17', Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow' as const, Principal: { AWS: '*' }, Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'], Resource: TOPIC, Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } } }] }

testCheck(check, {
  valid: [{ name: 'SNS default policy', resource: snsTopic({ policy: DEFAULT_POLICY }) }, { name: 'no policy', resource: snsTopic() }],
  invalid: [{ name: 'anyone may subscribe', resource: snsTopic({ policy: { Version: '2012-10-17', Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sns:Subscribe', Resource: TOPIC }] } }), messageId: 'public', at: 'policy' }],
  unknown: [{ name: 'policy unreadable', resource: snsTopic({ unresolved: { policy: 'AccessDenied (sns:GetTopicAttributes)' } }) }],
  iac: {
    cloudformation: {
      good: ['Topic:\n  Type: AWS::SNS::Topic\n  Properties: { TopicName: orders }\n'],
      bad: ['Topic:\n  Type: AWS::SNS::Topic\n  Properties: { TopicName: orders }\nPolicy:\n  Type: AWS::SNS::TopicPolicy\n  Properties:\n    Topics: [!Ref Topic]\n    PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: "*", Action: "sns:Publish", Resource: !Ref Topic }] }\n'],
    },
    terraform: {
      good: ['resource "aws_sns_topic" "t" {\n  name = "orders"\n}\n'],
      bad: ['resource "aws_sns_topic" "t" {\n  name = "orders"\n}\nresource "aws_sns_topic_policy" "t" {\n  arn    = aws_sns_topic.t.arn\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "*" }] })\n}\n'],
    },
  },
})
