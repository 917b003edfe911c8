import { defineCheck } from '../../core/check.js'
import { managementEventCoverage, trailAppliesTo } from '../../analysis/cloudtrail.js'
import type { CloudTrailTrail } from '../../model/monitoring.js'

/** 1 when the collector could not read part of the trail: such trails are looked at last. */
const unreadable = (t: CloudTrailTrail) => (t.unresolved && Object.keys(t.unresolved).length > 0 ? 1 : 0)

export default defineCheck({
  meta: {
    id: 'cloudtrail-multi-region-management-events',
    resourceType: 'account.region',
    reads: ['cloudtrail.trail'],
    title: 'A logging multi-region CloudTrail trail records read and write management events',
    severity: 'high',
    categories: ['logging'],
    description:
      'An account-level check, reported once per scanned account and region on the `account.region` resource (an inventory entry with no AWS API of its own, created for every scanned region), because a check over trails would have nothing to report on exactly when there is no trail. It passes when a trail that applies to the account (its own, or an organization trail) is multi-region, is logging, and records both read and write management events: basic selectors with ReadWriteType All (or a ReadOnly and a WriteOnly selector) and IncludeManagementEvents, or advanced selectors with eventCategory Management and no readOnly filter. Excluding named event sources (eventSource NotEquals, such as KMS or RDS Data API events) is accepted; selecting only some sources is not. Trails of every region are read, since a multi-region trail lives in one home region.',
    risk: 'Without a logging multi-region trail, API activity is kept only in the 90-day CloudTrail event history of each region, cannot be sent to a protected bucket or a SIEM, and activity in regions nobody uses — where attackers like to start resources — goes unrecorded. Recording only write events misses the reconnaissance (List*, Describe*, GetSecretValue) that precedes most incidents.',
    remediation: {
      text: 'Create (or fix) one multi-region trail that records all management events, read and write, to an S3 bucket with restricted access, and start logging on it. An organization trail from the management account covers every member account.',
      cli: 'aws cloudtrail create-trail --name management-events --s3-bucket-name <trail-bucket> --is-multi-region-trail --enable-log-file-validation\naws cloudtrail put-event-selectors --trail-name management-events --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'\naws cloudtrail start-logging --name management-events',
      cloudformation:
        'Type: AWS::CloudTrail::Trail\nProperties:\n  TrailName: management-events\n  S3BucketName: !Ref TrailBucket\n  IsLogging: true\n  IsMultiRegionTrail: true\n  IncludeGlobalServiceEvents: true\n  EnableLogFileValidation: true\n  EventSelectors:\n    - ReadWriteType: All\n      IncludeManagementEvents: true',
      terraform:
        'resource "aws_cloudtrail" "management" {\n  name                          = "management-events"\n  s3_bucket_name                = aws_s3_bucket.trail.id\n  is_multi_region_trail         = true\n  include_global_service_events = true\n  enable_log_file_validation    = true\n  enable_logging                = true\n\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n  }\n}',
    },
    messages: {
      recorded: 'Multi-region trail {{trail}} records read and write management events of account {{account}} in {{region}}.',
      noTrail: 'Account {{account}} has no CloudTrail trail: API activity in {{region}} is kept only in the 90-day event history.',
      noMultiRegion: 'No multi-region trail covers account {{account}} in {{region}}: regions without a trail of their own go unrecorded.',
      notLogging: 'Multi-region trail {{trail}} would record the management events of {{region}}, but logging is stopped.',
      onlySome: 'Multi-region trail {{trail}} records only {{which}} management events of {{region}}.',
      noManagement: 'No multi-region trail records management events of account {{account}} in {{region}}: the trails record data events only.',
    },
    // The scanned regions and each trail's logging state exist only in a live account.
    liveOnly: true,
  },
  evaluate(acct, { pass, fail, inventory }) {
    const data = { account: acct.accountId, region: acct.region }
    // Every region's trails: a multi-region trail is listed only in its home region. A trail gap
    // anywhere makes the verdict unknown (through the inventory view), since it could hide one.
    const trails = inventory.list('cloudtrail.trail')
    if (trails.length === 0) return fail('noTrail', data)
    const multi = trails.filter((t) => t.isMultiRegion && trailAppliesTo(t, acct.region, acct.accountId))
    if (multi.length === 0) return fail('noMultiRegion', data)
    // A trail that is known to qualify settles the question whatever unreadable ones would say,
    // so trails read in full are looked at first.
    const ordered = [...multi].sort((a, b) => unreadable(a) - unreadable(b))
    let stopped: CloudTrailTrail | undefined
    let partial: { trail: CloudTrailTrail; which: string } | undefined
    for (const t of ordered) {
      const coverage = managementEventCoverage(t)
      if (coverage === 'none') continue
      if (coverage === 'all') {
        if (t.isLogging) return pass('recorded', { ...data, trail: t.name })
        stopped ??= t
      } else if (t.isLogging) partial ??= { trail: t, which: coverage === 'read' ? 'read-only' : coverage === 'write' ? 'write' : 'some services\'' }
    }
    if (stopped) return fail('notLogging', { data: { ...data, trail: stopped.name } })
    if (partial) return fail('onlySome', { data: { ...data, trail: partial.trail.name, which: partial.which } })
    return fail('noManagement', data)
  },
})
