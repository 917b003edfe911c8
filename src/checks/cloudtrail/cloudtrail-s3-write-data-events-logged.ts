import { defineCheck } from '../../core/check.js'
import { s3DataEventCoverage } from '../../analysis/s3-data-events.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-s3-write-data-events-logged',
    resourceType: 'account.region',
    reads: ['cloudtrail.trail'],
    title: 'CloudTrail records S3 object-level write events for every bucket in the region',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that a logging trail covering the region (multi-region, or homed there) records S3 object-level write data events (PutObject and the like) for all buckets: a basic selector of type AWS::S3::Object with the value arn:aws:s3 (or arn:aws:s3:::) and a read/write type that includes write events, or an advanced selector for eventCategory Data and resources.type AWS::S3::Object without a positive resources.ARN condition. Selectors that name some buckets only, or only some callers, are reported as partial.',
    risk: 'Management events say who changed a bucket, not who wrote, overwrote or deleted its objects. Without object-level events an investigation of a data tampering or ransomware incident cannot tell which objects were touched, by whom, or from where.',
    remediation: {
      text: 'Add an S3 data-event selector for all buckets to a multi-region trail (put-event-selectors replaces the trail\'s selectors: keep the management-events selector in the same call). Data events are billed per event; exclude very busy buckets with a NotStartsWith condition on resources.ARN if cost matters.',
      cli: 'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"Management events","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"S3 objects","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]}]}]\'',
      cloudformation:
        'Type: AWS::CloudTrail::Trail\nProperties:\n  IsLogging: true\n  IsMultiRegionTrail: true\n  S3BucketName: !Ref TrailBucket\n  EventSelectors:\n    - ReadWriteType: All\n      IncludeManagementEvents: true\n      DataResources:\n        - Type: AWS::S3::Object\n          Values: [arn:aws:s3]',
      terraform:
        'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}',
    },
    messages: {
      logged: 'Trail {{trail}} records S3 object-level write events for every bucket in {{region}}.',
      noTrail: 'No CloudTrail trail records S3 object-level write events in {{region}}.',
      partial: 'Trail {{trail}} records S3 object-level write events in {{region}} only for some buckets or callers.',
      trailStopped: 'Trail {{trail}} selects S3 object-level write events in {{region}} but is not logging.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    // Every region's trails: a multi-region trail is homed elsewhere.
    const c = s3DataEventCoverage(inventory.list('cloudtrail.trail'), account.region, account.accountId, 'write')
    if (c.logged) return pass('logged', { trail: c.logged.name, region: account.region })
    if (c.stopped) return fail('trailStopped', { trail: c.stopped.name, region: account.region })
    if (c.partial) return fail('partial', { trail: c.partial.name, region: account.region })
    return fail('noTrail', { region: account.region })
  },
})
