import { defineCheck } from '../../core/check.js'
import { publicPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'sns-topic-policy-not-public',
    resourceType: 'sns.topic',
    title: 'SNS topic policy does not grant access to everyone',
    severity: 'high',
    categories: ['public-exposure'],
    description: 'Reads the topic policy with the condition-aware IAM engine and fails for every Allow statement that reaches anyone or any AWS account. `"Principal": "*"` narrowed by aws:SourceArn / aws:SourceAccount (a bucket, alarm or event rule of yours publishing to the topic), aws:PrincipalOrgID or a VPC endpoint is not public. Topics without a policy pass (SNS always creates one, owner-only by default).',
    risk: 'A public topic policy lets anyone publish (sending your subscribers — e-mail, SMS, Lambda functions, queues — whatever they like), subscribe their own endpoint to receive every message, or change the topic.',
    remediation: {
      text: 'Replace the wildcard principal with the accounts or services that need access, or add a condition that pins the callers (aws:SourceArn or aws:SourceAccount for the service that publishes, aws:PrincipalOrgID for your organization).',
      cli: 'aws sns get-topic-attributes --topic-arn <topic-arn> --query Attributes.Policy --output text > policy.json\n# edit the public statement, then:\naws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json',
      cloudformation: 'TopicPolicy:\n  Type: AWS::SNS::TopicPolicy\n  Properties:\n    Topics: [!Ref Topic]\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: FromUploadsBucket\n          Effect: Allow\n          Principal: { Service: s3.amazonaws.com }\n          Action: sns:Publish\n          Resource: !Ref Topic\n          Condition:\n            ArnLike: { aws:SourceArn: arn:aws:s3:::uploads-111122223333 }\n            StringEquals: { aws:SourceAccount: !Ref AWS::AccountId }',
      terraform: 'resource "aws_sns_topic_policy" "orders_events" {\n  arn = aws_sns_topic.orders_events.arn\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "FromUploadsBucket"\n      Effect    = "Allow"\n      Principal = { Service = "s3.amazonaws.com" }\n      Action    = "sns:Publish"\n      Resource  = aws_sns_topic.orders_events.arn\n      Condition = { ArnLike = { "aws:SourceArn" = aws_s3_bucket.uploads.arn } }\n    }]\n  })\n}',
    },
    messages: {
      private: 'The policy of topic {{name}} grants nothing to the public.',
      public: 'Statement {{statement}} of the policy of topic {{name}} lets anyone perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the policy of topic {{name}} lets any AWS account perform {{actions}}.',
    },
  },
  evaluate(t, ctx) {
    if (!t.policy) return ctx.pass('private', { name: t.name })
    return publicPolicyVerdicts(ctx, t, t.policy, { private: 'private', public: 'public', publicAuthenticated: 'publicAuthenticated' })
  },
})
