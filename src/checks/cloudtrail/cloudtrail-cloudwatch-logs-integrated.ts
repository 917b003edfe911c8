import { defineCheck } from '../../core/check.js'

const HOUR = 3600_000

export default defineCheck({
  meta: {
    id: 'cloudtrail-cloudwatch-logs-integrated',
    resourceType: 'cloudtrail.trail',
    title: 'CloudTrail trail delivers its events to CloudWatch Logs',
    severity: 'low',
    categories: ['logging', 'monitoring'],
    description:
      'Checks that the trail sends its events to a CloudWatch Logs log group, and that deliveries are working: the last delivery did not fail and happened within `maxDeliveryAgeHours` hours (default 24). Only a logging trail is expected to deliver; a stopped trail is reported by cloudtrail-enabled.',
    risk: 'Metric filters and alarms (the CIS monitoring controls), Logs Insights queries and subscription filters work on CloudWatch Logs, not on the files in S3. A trail that only writes to S3 can be searched after the fact, but nothing watches it as events arrive.',
    remediation: {
      text: 'Create a log group and an IAM role that CloudTrail can assume to write to it (logs:CreateLogStream and logs:PutLogEvents on the group), then point the trail at both. If deliveries fail, check that the role still exists and that its trust policy names cloudtrail.amazonaws.com.',
      cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn arn:aws:logs:<region>:<account>:log-group:<group>:* --cloud-watch-logs-role-arn arn:aws:iam::<account>:role/<cloudtrail-to-logs-role>',
      cloudformation:
        'Type: AWS::CloudTrail::Trail\nProperties:\n  IsLogging: true\n  IsMultiRegionTrail: true\n  S3BucketName: !Ref TrailBucket\n  CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn\n  CloudWatchLogsRoleArn: !GetAtt TrailToLogsRole.Arn',
      terraform:
        'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = aws_s3_bucket.trail.id\n  is_multi_region_trail      = true\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn\n}',
    },
    messages: {
      delivering: 'Trail {{name}} delivers to CloudWatch Logs group {{group}} (last delivery {{last}}).',
      notIntegrated: 'Trail {{name}} does not send its events to CloudWatch Logs.',
      deliveryFailing: 'Trail {{name}} cannot deliver to CloudWatch Logs group {{group}}: {{error}}.',
      deliveryStale: 'Trail {{name}} last delivered to CloudWatch Logs group {{group}} at {{last}}, more than {{hours}} hours ago.',
      neverDelivered: 'Trail {{name}} names CloudWatch Logs group {{group}} but has never delivered to it.',
    },
    options: { maxDeliveryAgeHours: 24 },
  },
  evaluate(trail, { pass, fail, options, now }) {
    const group = trail.cloudWatchLogsLogGroupArn
    if (!group) return fail('notIntegrated', { data: { name: trail.name }, at: 'cloudWatchLogsLogGroupArn' })
    const data = { name: trail.name, group }
    // Delivery state is runtime data: templates have none, and a stopped trail delivers nothing.
    if (trail.latestCloudWatchLogsDeliveryError) return fail('deliveryFailing', { ...data, error: trail.latestCloudWatchLogsDeliveryError })
    const last = trail.latestCloudWatchLogsDeliveryTime
    if (!trail.isLogging || trail.location) return pass('delivering', { ...data, last: last ?? 'not applicable' })
    if (!last) return fail('neverDelivered', data)
    const hours = typeof options.maxDeliveryAgeHours === 'number' && options.maxDeliveryAgeHours > 0 ? options.maxDeliveryAgeHours : 24
    if (now.getTime() - Date.parse(last) > hours * HOUR) return fail('deliveryStale', { ...data, last, hours })
    return pass('delivering', { ...data, last })
  },
})
