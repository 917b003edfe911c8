import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-bucket-access-logging-enabled',
    resourceType: 'cloudtrail.trail',
    reads: ['s3.bucket'],
    title: 'The S3 bucket a CloudTrail trail delivers to has server access logging',
    severity: 'low',
    categories: ['logging'],
    description:
      'Checks that S3 server access logging is on for the bucket the trail delivers to, so that every request made to the audit log itself (reads, deletes, policy changes) is recorded in another bucket. A bucket that does not exist is reported by cloudtrail-bucket-not-public.',
    risk: 'CloudTrail data events for the log bucket are rarely enabled, so without access logs nobody can tell who read or deleted audit logs — exactly the records an investigation of a tampered trail needs.',
    remediation: {
      text: 'Enable server access logging on the trail bucket, delivering to a separate bucket that the trail bucket\'s writers cannot change (and do not log that bucket into itself).',
      cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<access-log-bucket>","TargetPrefix":"<trail-bucket>/"}}\'',
      cloudformation: 'TrailBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    LoggingConfiguration:\n      DestinationBucketName: !Ref AccessLogBucket\n      LogFilePrefix: trail-bucket/',
      terraform: 'resource "aws_s3_bucket_logging" "trail" {\n  bucket        = aws_s3_bucket.trail.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "trail-bucket/"\n}',
    },
    messages: {
      logged: 'Requests to bucket {{bucket}} of trail {{name}} are logged to {{target}}.',
      notLogged: 'Server access logging is off for bucket {{bucket}} of trail {{name}}.',
    },
    liveOnly: true,
  },
  evaluate(trail, { pass, fail, skip, inventory }) {
    const name = trail.s3BucketName
    if (!name) return skip('the trail names no S3 bucket')
    const bucket = inventory.get('s3.bucket', `arn:aws:s3:::${name}`)
    if (!bucket) return skip(`bucket ${name} does not exist (cloudtrail-bucket-not-public reports it)`)
    return bucket.logging ? pass('logged', { name: trail.name, bucket: name, target: bucket.logging.targetBucket }) : fail('notLogged', { data: { name: trail.name, bucket: name }, subject: `bucket ${name}` })
  },
})
