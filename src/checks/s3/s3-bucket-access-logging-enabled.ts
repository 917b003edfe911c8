import { defineCheck } from '../../core/check.js'
import type { S3Bucket } from '../../model/s3.js'

const logTarget = (b: S3Bucket) => b.logging?.targetBucket

export default defineCheck({
  meta: {
    id: 's3-bucket-access-logging-enabled',
    resourceType: 's3.bucket',
    title: 'S3 bucket records server access logs',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Passes when server access logging is on (the bucket delivers request logs to a target bucket). A bucket that receives the access logs of other buckets in the inventory is skipped: logging a log bucket into itself creates a loop, and AWS recommends keeping log buckets separate. CloudTrail data events are the alternative for object-level auditing; they are checked by the cloudtrail-s3-*-data-events-logged checks.',
    risk: 'Without access logs there is no record of who listed, read or deleted objects (CloudTrail records bucket configuration changes, and object access only if data events are bought). After a leak you cannot tell what was taken, by which client, from which address.',
    remediation: {
      text: 'Turn on server access logging to a dedicated log bucket in the same region and account (grant logging.s3.amazonaws.com s3:PutObject on it through its bucket policy), with a prefix per source bucket.',
      cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  LoggingConfiguration:\n    DestinationBucketName: !Ref AccessLogBucket\n    LogFilePrefix: orders-data/',
      terraform: 'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "orders-data/"\n}',
    },
    messages: {
      logged: 'Bucket {{name}} delivers server access logs to {{target}}.',
      notLogged: 'Bucket {{name}} has server access logging off.',
    },
  },
  evaluate(bucket, { pass, fail, skip, inventory }) {
    if (bucket.logging) return pass('logged', { name: bucket.name, target: bucket.logging.targetBucket })
    const sources = inventory.lookup('s3.bucket', logTarget, bucket.name).filter((b) => b.name !== bucket.name)
    if (sources.length) return skip(`it receives the access logs of ${sources.length} other bucket(s)`)
    return fail('notLogged', { data: { name: bucket.name }, at: 'logging' })
  },
})
