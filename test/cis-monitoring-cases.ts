/**
 * The table every `cloudwatch-*-monitored` check is tested with: the same chain (multi-region
 * trail → CloudWatch Logs → metric filter → alarm → subscribed SNS topic) broken link by link. The
 * passing filter is the pattern the check's own remediation recommends, so the remediation is
 * tested too.
 */
import type { Check } from '../src/core/check.js'
import type { InventoryGap } from '../src/core/inventory.js'
import type { CheckTests, Related } from './check-tester.js'
import { accountAccount, accountRegion, metricAlarm, metricFilter, snsTopic, trail } from './factories/index.js'

const LOG_GROUP = 'cloudtrail/org-audit'
const GROUP_ARN = `arn:aws:logs:us-east-1:111122223333:log-group:${LOG_GROUP}:*`
const TOPIC = 'arn:aws:sns:us-east-1:111122223333:security-alerts'

/** The filter pattern of the check's remediation (`--filter-pattern '…'`). */
export function remediationPattern(check: Check<'account.account'>): string {
  const m = /--filter-pattern '([^']+)'/.exec(check.meta.remediation.cli ?? '')
  if (!m) throw new Error(`${check.meta.id}: no --filter-pattern in the remediation`)
  return m[1]!
}

function chain(pattern: string, over: { trail?: Parameters<typeof trail>[0]; alarm?: Parameters<typeof metricAlarm>[0]; topic?: Parameters<typeof snsTopic>[0]; logGroup?: string; regions?: string[] } = {}): Related {
  return {
    'cloudtrail.trail': [trail({ cloudWatchLogsLogGroupArn: GROUP_ARN, eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }], ...over.trail })],
    'logs.metric-filter': [metricFilter({ name: 'cis', logGroupName: over.logGroup ?? LOG_GROUP, filterPattern: pattern })],
    'cloudwatch.alarm': [metricAlarm({ name: 'cis-alarm', namespace: 'CISBenchmark', metricName: 'cis', dimensions: [], alarmActions: [TOPIC], ...over.alarm })],
    'sns.topic': [snsTopic({ name: 'security-alerts', subscriptions: [{ protocol: 'email', confirmed: true }], ...over.topic })],
    'account.region': (over.regions ?? ['us-east-1']).map((region) => accountRegion({ region })),
  }
}

const gap = (resourceType: InventoryGap['resourceType'], region = 'us-east-1'): InventoryGap => ({ resourceType, region, code: 'AccessDenied', message: 'denied' })

export function cisMonitoringCases(check: Check<'account.account'>): CheckTests<'account.account'> {
  const pattern = remediationPattern(check)
  const resource = accountAccount()
  return {
    valid: [
      { name: 'the remediation pattern, an alarm and a subscribed topic', resource, related: chain(pattern) },
      { name: 'a broader pattern (every event) counts too', resource, related: chain('{ $.eventVersion = * }') },
      { name: 'subscriber known from SubscriptionsConfirmed only', resource, related: chain(pattern, { topic: { subscriptions: undefined, subscriptionsConfirmed: 1 } }) },
      { name: 'advanced selector for all management events', resource, related: chain(pattern, { trail: { eventSelectors: [], advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] } }) },
    ],
    invalid: [
      { name: 'no trail at all', resource, messageId: 'noTrail' },
      { name: 'the trail is single-region', resource, related: chain(pattern, { trail: { isMultiRegion: false } }), messageId: 'noTrail' },
      { name: 'the trail is not logging', resource, related: chain(pattern, { trail: { isLogging: false } }), messageId: 'noTrail' },
      { name: 'the trail does not deliver to CloudWatch Logs', resource, related: chain(pattern, { trail: { cloudWatchLogsLogGroupArn: undefined } }), messageId: 'noTrail' },
      { name: 'the trail records no management events', resource, related: chain(pattern, { trail: { eventSelectors: [{ readWriteType: 'All', includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }] } }), messageId: 'noTrail' },
      { name: 'the filter is on another log group', resource, related: chain(pattern, { logGroup: 'application/logs' }), messageId: 'noFilter' },
      { name: 'the filter matches other events', resource, related: chain('{ $.eventName = "NoSuchEventAnywhere" }'), messageId: 'noFilter' },
      { name: 'no alarm on the metric', resource, related: chain(pattern, { alarm: { metricName: 'SomethingElse' } }), messageId: 'noAlarm' },
      { name: 'the alarm has its actions disabled', resource, related: chain(pattern, { alarm: { actionsEnabled: false } }), messageId: 'alarmSilent' },
      { name: 'the alarm has no alarm action', resource, related: chain(pattern, { alarm: { alarmActions: [] } }), messageId: 'alarmSilent' },
      { name: 'the topic has only a pending subscription', resource, related: chain(pattern, { topic: { subscriptions: [{ protocol: 'email', confirmed: false }] } }), messageId: 'noSubscriber' },
      { name: 'the alarm action is not a topic of this account', resource, related: chain(pattern, { alarm: { alarmActions: ['arn:aws:sns:us-east-1:111122223333:deleted-topic'] } }), messageId: 'noSubscriber' },
    ],
    unknown: [
      { name: 'trails could not be listed', resource, gaps: [gap('cloudtrail.trail', 'eu-west-1')] },
      { name: 'metric filters could not be listed in the log group region', resource, related: chain(pattern), gaps: [gap('logs.metric-filter')] },
      { name: 'whether the trail is logging could not be read', resource, related: chain(pattern, { trail: { unresolved: { isLogging: 'AccessDenied (cloudtrail:GetTrailStatus)' } } }) },
      { name: 'the log group region was not scanned', resource, related: chain(pattern, { regions: ['eu-west-1'] }) },
      { name: 'the trail delivers to another account', resource, related: chain(pattern, { trail: { cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:999988887777:log-group:${LOG_GROUP}:*` } }) },
      { name: 'only a text pattern clearsky cannot read', resource, related: chain('ConsoleLogin') },
    ],
  }
}
