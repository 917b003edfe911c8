/**
 * The CIS monitoring chain (CIS AWS Foundations v7.0 5.1–5.15): a multi-region, logging trail that
 * records the control's events and delivers them to CloudWatch Logs → a metric filter on that log
 * group whose pattern matches every one of the events → a metric alarm on the filter's metric
 * with its actions enabled → an SNS topic with at least one confirmed subscriber. Each event of
 * the control (data/cis-metric-filters.json) must make it through the whole chain; different
 * filters may cover different events. Pure: it reads the inventory view it is given.
 */
import controlData from '../../data/cis-metric-filters.json' with { type: 'json' }
import type { InventoryView } from '../core/inventory.js'
import type { CloudTrailTrail, MetricAlarm, SnsTopic } from '../model/monitoring.js'
import type { LogMetricFilter } from '../model/logs-metric-filter.js'
import { alarmsWatching } from './alarms.js'
import { patternMatches, type ProbeEvent } from './metric-filters.js'
import { trailCapturesManagementEvent, type ManagementEventShape } from './trail-management-events.js'

export type CisMonitoringControlId =
  | 'unauthorized-api-calls'
  | 'console-signin-without-mfa'
  | 'root-usage'
  | 'iam-policy-changes'
  | 'cloudtrail-changes'
  | 'console-auth-failures'
  | 'cmk-disable-or-deletion'
  | 's3-bucket-policy-changes'
  | 'config-changes'
  | 'security-group-changes'
  | 'nacl-changes'
  | 'network-gateway-changes'
  | 'route-table-changes'
  | 'vpc-changes'
  | 'organizations-changes'

/** One control of the data file, with its probe events expanded. */
export interface CisMonitoringControl {
  id: CisMonitoringControlId
  title: string
  probes: ProbeEvent[]
  globalService: boolean
  source: string
  verifiedAt: string
}

interface RawControl {
  id: string
  title: string
  events?: Record<string, string | number | boolean | null>[]
  eventSource?: string
  eventNames?: string[]
  globalService?: boolean
  source: string
  verifiedAt: string
}

const DEFAULTS = controlData.defaults as Record<string, string | number | boolean>

function expand(raw: RawControl): CisMonitoringControl {
  const probes: ProbeEvent[] = []
  for (const e of raw.events ?? []) probes.push({ ...DEFAULTS, ...e })
  for (const name of raw.eventNames ?? []) probes.push({ ...DEFAULTS, eventSource: raw.eventSource ?? '', eventName: name })
  return { id: raw.id as CisMonitoringControlId, title: raw.title, probes, globalService: Boolean(raw.globalService), source: raw.source, verifiedAt: raw.verifiedAt }
}

export const CIS_MONITORING_CONTROLS: readonly CisMonitoringControl[] = (controlData.controls as RawControl[]).map(expand)

export function cisMonitoringControl(id: CisMonitoringControlId): CisMonitoringControl {
  const c = CIS_MONITORING_CONTROLS.find((x) => x.id === id)
  if (!c) throw new Error(`no CIS monitoring control ${id} in data/cis-metric-filters.json`)
  return c
}

/** How far along the chain an event gets, worst first. */
export type MonitoringStage = 'noTrail' | 'noFilter' | 'noAlarm' | 'alarmSilent' | 'noSubscriber' | 'monitored'
const ORDER: readonly MonitoringStage[] = ['noTrail', 'noFilter', 'noAlarm', 'alarmSilent', 'noSubscriber', 'monitored']
const rank = (s: MonitoringStage) => ORDER.indexOf(s)

/** What the chain looks like for the control: the stage every event reached, and the links found. */
export interface MonitoringResult {
  stage: MonitoringStage
  /** Set when the answer depends on something the scan cannot see (then `stage` is not trustworthy). */
  unknownReason?: string
  /** The first event that did not get through (for messages). */
  event?: string
  trail?: string
  logGroup?: string
  filter?: string
  alarm?: string
  topic?: string
  /** Metric filters on the trail's log group whose pattern is not a JSON pattern clearsky can read. */
  unreadablePatterns: string[]
}

interface LogGroupRef {
  region: string
  account: string
  name: string
}

/** `arn:aws:logs:eu-west-1:111122223333:log-group:CloudTrail/Default:*` → its region, account and name. */
export function logGroupOfArn(arn: string): LogGroupRef | undefined {
  const m = /^arn:[^:]+:logs:([^:]*):([^:]*):log-group:(.+?)(:\*)?$/.exec(arn)
  return m ? { region: m[1]!, account: m[2]!, name: m[3]! } : undefined
}

function shapeOf(probe: ProbeEvent, globalService: boolean): ManagementEventShape {
  return { eventSource: String(probe.eventSource ?? ''), eventName: String(probe.eventName ?? ''), readOnly: probe.readOnly === true, globalService }
}

function topicHasSubscriber(topic: SnsTopic): boolean {
  if (topic.subscriptions) return topic.subscriptions.some((s) => s.confirmed)
  return (topic.subscriptionsConfirmed ?? 0) > 0
}

interface ProbeResult {
  stage: MonitoringStage
  trail?: CloudTrailTrail
  group?: LogGroupRef
  filter?: LogMetricFilter
  alarm?: MetricAlarm
  topic?: SnsTopic
}

/**
 * Follows the chain for one control. `accountId` is the scanned account: a trail delivering to
 * another account's log group (an organization trail seen from a member account) cannot be
 * followed further, which makes the answer unknown unless a local chain already passes.
 */
export function evaluateCisMonitoring(control: CisMonitoringControl, inventory: InventoryView): MonitoringResult {
  const unreadable = new Set<string>()
  let unknownReason: string | undefined
  // Read isLogging last: it is the field most likely to be unreadable, and it matters only for
  // trails that could carry the chain at all.
  const candidates = inventory.list('cloudtrail.trail').filter((t) => t.isMultiRegion && t.cloudWatchLogsLogGroupArn && t.isLogging)
  const scanned = (region: string) => inventory.list('account.region', { region }).length > 0

  const follow = (probe: ProbeEvent): ProbeResult => {
    let best: ProbeResult = { stage: 'noTrail' }
    const better = (r: ProbeResult) => {
      if (rank(r.stage) > rank(best.stage)) best = r
    }
    for (const trail of candidates) {
      if (!trailCapturesManagementEvent(trail, shapeOf(probe, control.globalService))) continue
      const group = logGroupOfArn(trail.cloudWatchLogsLogGroupArn!)
      if (!group) continue
      better({ stage: 'noFilter', trail, group })
      if ((inventory.accountId && group.account && group.account !== inventory.accountId) || !scanned(group.region)) {
        unknownReason ??= `trail ${trail.name} delivers to log group ${group.name} in ${group.account !== inventory.accountId ? `account ${group.account}` : `region ${group.region}, which was not scanned`}`
        continue
      }
      const filters = inventory.list('logs.metric-filter', { region: group.region }).filter((f) => f.logGroupName === group.name)
      for (const filter of filters) {
        const m = patternMatches(filter.filterPattern, probe)
        if (m === undefined) unreadable.add(filter.name)
        if (!m) continue
        better({ stage: 'noAlarm', trail, group, filter })
        const alarms = inventory.list('cloudwatch.alarm', { region: group.region })
        for (const metric of filter.metrics) {
          for (const match of alarmsWatching(alarms, { namespace: metric.metricNamespace, metricName: metric.metricName, dimensions: {} })) {
            const alarm = match.alarm
            better({ stage: 'alarmSilent', trail, group, filter, alarm })
            if (!match.notifies) continue
            better({ stage: 'noSubscriber', trail, group, filter, alarm })
            for (const action of alarm.alarmActions) {
              if (!/^arn:[^:]+:sns:/.test(action)) continue
              const topic = inventory.get('sns.topic', action)
              if (topic && topicHasSubscriber(topic)) {
                better({ stage: 'monitored', trail, group, filter, alarm, topic })
                return best
              }
            }
          }
        }
      }
    }
    return best
  }

  let worst: (ProbeResult & { event: string }) | undefined
  for (const probe of control.probes) {
    const r = follow(probe)
    if (!worst || rank(r.stage) < rank(worst.stage)) worst = { ...r, event: String(probe.eventName) }
  }
  const w = worst ?? { stage: 'noTrail' as const, event: '' }
  const result: MonitoringResult = {
    stage: w.stage,
    unreadablePatterns: [...unreadable].sort(),
    ...(w.stage !== 'monitored' ? { event: w.event } : {}),
    ...(w.trail ? { trail: w.trail.name } : {}),
    ...(w.group ? { logGroup: w.group.name } : {}),
    ...(w.filter ? { filter: w.filter.name } : {}),
    ...(w.alarm ? { alarm: w.alarm.name } : {}),
    ...(w.topic ? { topic: w.topic.name } : {}),
  }
  if (w.stage !== 'monitored' && unknownReason) result.unknownReason = unknownReason
  return result
}
