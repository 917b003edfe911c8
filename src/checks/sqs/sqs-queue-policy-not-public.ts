import { defineCheck } from '../../core/check.js'
import { publicPolicyVerdicts } from '../../analysis/resource-policy-verdicts.js'

export default defineCheck({
  meta: {
    id: 'sqs-queue-policy-not-public',
    resourceType: 'sqs.queue',
    title: 'SQS queue policy does not grant access to everyone',
    severity: 'high',
    categories: ['public-exposure'],
    description: 'Reads the queue policy with the condition-aware IAM engine and fails for every Allow statement that reaches anyone or any AWS account. `"Principal": "*"` narrowed by aws:SourceArn / aws:SourceAccount (a topic or bucket of yours sending to the queue), aws:PrincipalOrgID or a VPC endpoint is not public. Queues without a policy pass.',
    risk: 'A public queue policy lets anyone send messages (injecting work into your consumers — often Lambda functions), read and delete them (stealing or destroying data), or change the queue.',
    remediation: {
      text: 'Replace the wildcard principal with the accounts or services that need access, or add a condition that pins the callers (aws:SourceArn for the SNS topic or S3 bucket that sends, aws:PrincipalOrgID for your organization).',
      cli: 'aws sqs get-queue-attributes --queue-url <queue-url> --attribute-names Policy\n# edit the public statement, then:\naws sqs set-queue-attributes --queue-url <queue-url> --attributes file://policy-attribute.json',
      cloudformation: 'QueuePolicy:\n  Type: AWS::SQS::QueuePolicy\n  Properties:\n    Queues: [!Ref Queue]\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: FromOrdersTopic\n          Effect: Allow\n          Principal: { Service: sns.amazonaws.com }\n          Action: sqs:SendMessage\n          Resource: !GetAtt Queue.Arn\n          Condition: { ArnEquals: { aws:SourceArn: !Ref OrdersTopic } }',
      terraform: 'resource "aws_sqs_queue_policy" "orders" {\n  queue_url = aws_sqs_queue.orders.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "FromOrdersTopic"\n      Effect    = "Allow"\n      Principal = { Service = "sns.amazonaws.com" }\n      Action    = "sqs:SendMessage"\n      Resource  = aws_sqs_queue.orders.arn\n      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }\n    }]\n  })\n}',
    },
    messages: {
      private: 'The policy of queue {{name}} grants nothing to the public.',
      public: 'Statement {{statement}} of the policy of queue {{name}} lets anyone perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the policy of queue {{name}} lets any AWS account perform {{actions}}.',
    },
  },
  evaluate(q, ctx) {
    if (!q.policy) return ctx.pass('private', { name: q.name })
    return publicPolicyVerdicts(ctx, q, q.policy, { private: 'private', public: 'public', publicAuthenticated: 'publicAuthenticated' })
  },
})
