import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs'
import type { LogMetricFilter } from '../../../model/logs-metric-filter.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { listedNone } from './listed-none.js'

/** Pure. Metric filters have no ARN: the id is the log group ARN and the filter name. */
export function mapMetricFilter(f: MetricFilter, w: { region: string; accountId: string; partition: string }): LogMetricFilter {
  const group = f.logGroupName ?? ''
  const name = f.filterName ?? ''
  return {
    id: `arn:${w.partition}:logs:${w.region}:${w.accountId}:log-group:${group}#${name}`,
    name,
    accountId: w.accountId,
    region: w.region,
    logGroupName: group,
    filterPattern: f.filterPattern ?? '',
    metrics: (f.metricTransformations ?? []).map((m) => ({
      metricName: m.metricName ?? '',
      metricNamespace: m.metricNamespace ?? '',
      ...(m.metricValue !== undefined ? { metricValue: m.metricValue } : {}),
      ...(m.dimensions && Object.keys(m.dimensions).length ? { dimensions: { ...m.dimensions } } : {}),
    })),
  }
}

/**
 * Every metric filter of the region (DescribeMetricFilters, 50 per page).
 *
 * A metric filter is a part of one log group: PutMetricFilter names an existing log group, the
 * filter is addressed by that group's name, and DeleteLogGroup takes its filters with it. So when
 * the scan lists log groups anyway (`uses`) and the region has none, no filter can exist and the
 * listing is skipped. DescribeLogGroups without a class filter returns every log group class. A
 * failed log group listing passes no list, and the filters are then listed as without it.
 */
export const logsMetricFilterCollector: Collector = {
  id: 'logs.metric-filter',
  produces: ['logs.metric-filter'],
  actions: ['logs:DescribeMetricFilters'],
  scope: 'regional',
  uses: ['logs.log-group'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    if (listedNone(sofar, 'logs.log-group')) return { resources: { 'logs.metric-filter': [] }, gaps: [] }
    const { DescribeMetricFiltersCommand } = await import('@aws-sdk/client-cloudwatch-logs')
    try {
      const filters = await collectPages(
        (nextToken) => ctx.send(region, 'logs:DescribeMetricFilters', new DescribeMetricFiltersCommand({ limit: 50, ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
        (p) => p.metricFilters,
      )
      const w = { region, accountId: ctx.accountId, partition: ctx.partition }
      return { resources: { 'logs.metric-filter': filters.map((f) => mapMetricFilter(f, w)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'logs.metric-filter', region)] }
    }
  },
}
