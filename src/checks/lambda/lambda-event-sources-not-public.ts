import { defineCheck, type Verdict } from '../../core/check.js'
import { accountOfArn, analyzeExternalAccess } from '../../analysis/iam/index.js'
import { eventSourcesOf, type EventSource } from '../../analysis/lambda/event-sources.js'
import { listForMessage } from '../../analysis/lambda/execution-role.js'
import type { PolicyDocument } from '../../model/common.js'
import type { InventoryView } from '../../core/inventory.js'

const TYPES = { sqs: 'sqs.queue', sns: 'sns.topic', s3: 's3.bucket' } as const

interface Source {
  name: string
  policy: PolicyDocument | null
  /** S3 Block Public Access RestrictPublicBuckets: a public bucket policy only reaches the account's own principals and services. */
  restrictPublic?: boolean
}

function sourceOf(s: EventSource, inventory: InventoryView): Source | undefined {
  if (s.service === 'sqs') return inventory.get('sqs.queue', s.arn)
  if (s.service === 'sns') return inventory.get('sns.topic', s.arn)
  const b = inventory.get('s3.bucket', s.arn)
  return b ? { name: b.name, policy: b.policy, restrictPublic: b.publicAccessBlock?.restrictPublicBuckets === true } : undefined
}

export default defineCheck({
  meta: {
    id: 'lambda-event-sources-not-public',
    resourceType: 'lambda.function',
    reads: ['sqs.queue', 'sns.topic', 's3.bucket'],
    title: 'Queues, topics and buckets that trigger the Lambda function are not public',
    severity: 'high',
    categories: ['public-exposure'],
    description:
      'Finds what triggers the function — the SQS queues of its event source mappings, and the SNS topics, S3 buckets and queues its resource-based policy lets a service invoke it for (exact aws:SourceArn values) — and reads each one\'s resource policy with the condition-aware external-access analysis. A source fails when its policy lets anyone, or any AWS account, use it; a `Principal: "*"` that aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID or a private network narrows is not public. An S3 bucket with Block Public Access RestrictPublicBuckets passes. A queue or topic that no longer exists is skipped; a bucket that is not in the inventory makes the verdict unknown.',
    risk:
      'A public queue, topic or bucket is a public entrance to the function: anyone can send messages, publish notifications or upload objects that the function then processes with its role — injection payloads included — and run up its bill.',
    remediation: {
      text: 'Remove the public statement from the source\'s policy, or narrow it with aws:SourceArn / aws:SourceAccount (for the service that writes to it) or aws:PrincipalOrgID; for buckets, turn on Block Public Access.',
      cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes file://scoped-policy.json\naws sns set-topic-attributes --topic-arn <arn> --attribute-name Policy --attribute-value file://scoped-policy.json\naws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      cloudformation:
        'OrdersQueuePolicy:\n  Type: AWS::SQS::QueuePolicy\n  Properties:\n    Queues: [!Ref OrdersQueue]\n    PolicyDocument:\n      Statement:\n        - Effect: Allow\n          Principal: { Service: sns.amazonaws.com }   # not "*"\n          Action: sqs:SendMessage\n          Resource: !GetAtt OrdersQueue.Arn\n          Condition: { ArnEquals: { aws:SourceArn: !Ref OrdersTopic } }',
      terraform:
        'data "aws_iam_policy_document" "orders_queue" {\n  statement {\n    actions   = ["sqs:SendMessage"]\n    resources = [aws_sqs_queue.orders.arn]\n    principals {\n      type        = "Service"\n      identifiers = ["sns.amazonaws.com"] # not "*"\n    }\n    condition {\n      test     = "ArnEquals"\n      variable = "aws:SourceArn"\n      values   = [aws_sns_topic.orders.arn]\n    }\n  }\n}',
    },
    messages: {
      'source-private': 'The {{kind}} {{source}} that triggers {{name}} is not public.',
      'source-public': 'The {{kind}} {{source}} that triggers {{name}} is public: statement(s) {{statements}} of its policy let anyone use it.',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    const sources = eventSourcesOf(fn).filter((s) => s.service in TYPES)
    if (sources.length === 0) return skip('no SQS queue, SNS topic or S3 bucket triggers the function')
    const verdicts: Verdict[] = []
    for (const s of sources) {
      const kind = s.service === 'sqs' ? 'queue' : s.service === 'sns' ? 'topic' : 'bucket'
      const found = sourceOf(s, inventory)
      if (!found) {
        // The collectors leave out queues and topics that no longer exist; buckets are not all collected.
        if (s.service === 's3') verdicts.push(unknown(`the bucket ${s.arn} is not in the inventory`, { data: { name: fn.name } }))
        continue
      }
      const data = { name: fn.name, kind, source: found.name }
      const subject = `${kind} ${s.arn}`
      if (!found.policy || found.restrictPublic) {
        verdicts.push(pass('source-private', { data, subject }))
        continue
      }
      const owner = accountOfArn(s.arn) ?? fn.accountId ?? inventory.accountId ?? 'unknown-account'
      const analysis = analyzeExternalAccess(found.policy, { ownerAccount: owner, resourceArn: s.arn })
      if (analysis.isPublic) verdicts.push(fail('source-public', { data: { ...data, statements: listForMessage(analysis.publicStatements.map((p) => p.label)) }, subject }))
      else verdicts.push(pass('source-private', { data, subject }))
    }
    return verdicts.length > 0 ? verdicts : skip('the queues and topics that trigger the function no longer exist')
  },
})
