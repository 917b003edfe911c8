/**
 * Which CloudWatch metric alarms watch a given metric of a given resource, and whether they
 * would tell anyone. Shared by the alarm checks (Lambda errors, throttles, duration, DLQ depth …).
 * Pure functions over the normalized model.
 */
import type { InventoryView } from '../core/inventory.js'
import type { MetricAlarm, MetricDimension } from '../model/monitoring.js'

/** The metric a check wants watched, e.g. AWS/Lambda Errors for FunctionName=orders. */
export interface MetricTarget {
  namespace: string
  metricName: string
  /** Dimensions that identify the resource (FunctionName → name). */
  dimensions: Record<string, string>
}

/**
 * How an alarm's metric relates to the target resource:
 *  - `resource`: every identifying dimension matches (extra dimensions, such as Lambda's
 *    `Resource` for an alias or `ExecutedVersion`, narrow it but still watch this resource);
 *  - `aggregate`: the metric has no dimensions at all, so it is the account-and-region-wide
 *    total across every resource of the namespace.
 */
export type AlarmScope = 'resource' | 'aggregate'

export interface AlarmMatch {
  alarm: MetricAlarm
  scope: AlarmScope
  /** Actions are enabled and at least one alarm action is configured. */
  notifies: boolean
}

interface WatchedMetric {
  namespace?: string
  metricName?: string
  dimensions: MetricDimension[]
}

/** Every metric an alarm evaluates: its single metric, or each metric of a metric-math alarm. */
export function watchedMetrics(alarm: MetricAlarm): WatchedMetric[] {
  const out: WatchedMetric[] = []
  if (alarm.metricName !== undefined) out.push({ namespace: alarm.namespace, metricName: alarm.metricName, dimensions: alarm.dimensions })
  for (const m of alarm.metrics) out.push(m)
  return out
}

/** How one metric relates to the target; undefined when it is another metric or resource. */
export function metricScope(metric: WatchedMetric, target: MetricTarget): AlarmScope | undefined {
  if (metric.namespace !== target.namespace || metric.metricName !== target.metricName) return undefined
  if (metric.dimensions.length === 0) return 'aggregate'
  for (const [name, value] of Object.entries(target.dimensions)) {
    if (!metric.dimensions.some((d) => d.name === name && d.value === value)) return undefined
  }
  return 'resource'
}

/**
 * An alarm with actions disabled, or with no alarm action, changes state silently: nobody
 * is told. OK and INSUFFICIENT_DATA actions do not count, they never report the problem.
 */
export function alarmNotifies(alarm: MetricAlarm): boolean {
  return alarm.actionsEnabled && alarm.alarmActions.length > 0
}

/** The alarms that watch the target metric, each with its scope (resource wins over aggregate). */
export function alarmsWatching(alarms: readonly MetricAlarm[], target: MetricTarget): AlarmMatch[] {
  const out: AlarmMatch[] = []
  for (const alarm of alarms) {
    let scope: AlarmScope | undefined
    for (const m of watchedMetrics(alarm)) {
      const s = metricScope(m, target)
      if (s === 'resource') {
        scope = s
        break
      }
      scope ??= s
    }
    if (scope) out.push({ alarm, scope, notifies: alarmNotifies(alarm) })
  }
  return out
}

/**
 * The most useful alarm among the matches: one that notifies beats one that does not, a
 * resource alarm beats an aggregate one. Undefined when there is no match.
 */
export function bestAlarm(matches: readonly AlarmMatch[]): AlarmMatch | undefined {
  const rank = (m: AlarmMatch) => (m.notifies ? 2 : 0) + (m.scope === 'resource' ? 1 : 0)
  let best: AlarmMatch | undefined
  for (const m of matches) if (!best || rank(m) > rank(best)) best = m
  return best
}

/**
 * What a check concludes about one metric of one resource, most useful alarm first:
 *  - `alarmed`: a notifying alarm watches this resource's metric;
 *  - `accountWide`: only a notifying account-wide alarm does, and the caller accepts that;
 *  - `silent`: the best alarm there is notifies nobody;
 *  - `accountWideOnly`: only a notifying account-wide alarm does, and the caller does not accept it;
 *  - `none`: no alarm watches the metric.
 * The kinds double as message ids in the alarm checks, so every such check reads the same.
 */
export type AlarmCoverage = { kind: 'alarmed' | 'accountWide' | 'silent' | 'accountWideOnly'; alarm: MetricAlarm } | { kind: 'none' }

export function alarmCoverage(alarms: readonly MetricAlarm[], target: MetricTarget, opts: { acceptAggregate: boolean }): AlarmCoverage {
  const matches = alarmsWatching(alarms, target)
  const best = bestAlarm(matches.filter((m) => m.scope === 'resource' || opts.acceptAggregate))
  if (best?.notifies) return { kind: best.scope === 'resource' ? 'alarmed' : 'accountWide', alarm: best.alarm }
  if (best) return { kind: 'silent', alarm: best.alarm }
  const wide = bestAlarm(matches)
  if (wide) return { kind: wide.notifies ? 'accountWideOnly' : 'silent', alarm: wide.alarm }
  return { kind: 'none' }
}

/**
 * Index keys of an alarm: for each metric it watches, `namespace|metric` and either one key per
 * dimension (`namespace|metric|FunctionName=orders`) or `namespace|metric|*` when the metric has
 * no dimensions (an account-wide metric).
 */
export function alarmMetricKeys(alarm: MetricAlarm): string[] {
  const keys: string[] = []
  for (const m of watchedMetrics(alarm)) {
    const base = `${m.namespace ?? ''}|${m.metricName ?? ''}`
    keys.push(base)
    if (m.dimensions.length === 0) keys.push(`${base}|*`)
    for (const d of m.dimensions) keys.push(`${base}|${d.name}=${d.value}`)
  }
  return keys
}

/**
 * The alarms of a region that can watch the target metric (those on its resource and the
 * account-wide ones), in inventory order, from the inventory's index: hand them to
 * {@link alarmCoverage} instead of the region's whole list, so that a check over every function
 * does not scan every alarm for each one.
 */
export function alarmsFor(inventory: InventoryView, region: string, target: MetricTarget): readonly MetricAlarm[] {
  const base = `${target.namespace}|${target.metricName}`
  const first = Object.entries(target.dimensions)[0]
  const keys = first ? [`${base}|${first[0]}=${first[1]}`, `${base}|*`] : [base]
  return inventory.lookup('cloudwatch.alarm', alarmMetricKeys, keys, { region })
}
