import type { Dimension, MetricAlarm as CwMetricAlarm } from '@aws-sdk/client-cloudwatch'
import type { MetricAlarm, MetricDimension } from '../../../model/monitoring.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

function dims(list: Dimension[] | undefined): MetricDimension[] {
  return (list ?? []).map((d) => ({ name: d.Name ?? '', value: d.Value ?? '' }))
}

/** Pure. A metric-math alarm lists the metrics its expression reads in `metrics`. */
export function mapMetricAlarm(a: CwMetricAlarm, where: { region: string; accountId: string }): MetricAlarm {
  const arn = a.AlarmArn ?? ''
  return {
    id: arn,
    arn,
    name: a.AlarmName ?? arn,
    accountId: parseArn(arn)?.account || where.accountId,
    region: where.region,
    ...(a.Namespace ? { namespace: a.Namespace } : {}),
    ...(a.MetricName ? { metricName: a.MetricName } : {}),
    dimensions: dims(a.Dimensions),
    metrics: (a.Metrics ?? [])
      .filter((q) => q.MetricStat?.Metric)
      .map((q) => {
        const m = q.MetricStat!.Metric!
        return { ...(m.Namespace ? { namespace: m.Namespace } : {}), ...(m.MetricName ? { metricName: m.MetricName } : {}), dimensions: dims(m.Dimensions) }
      }),
    actionsEnabled: a.ActionsEnabled ?? true,
    alarmActions: a.AlarmActions ?? [],
    ...(a.StateValue ? { stateValue: a.StateValue } : {}),
  }
}

export const cloudWatchAlarmCollector: Collector = {
  id: 'cloudwatch.alarm',
  produces: ['cloudwatch.alarm'],
  actions: ['cloudwatch:DescribeAlarms'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const { DescribeAlarmsCommand } = await import('@aws-sdk/client-cloudwatch')
    try {
      const alarms = await collectPages(
        (NextToken) => ctx.send(region, 'cloudwatch:DescribeAlarms', new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], MaxRecords: 100, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.MetricAlarms,
      )
      return { resources: { 'cloudwatch.alarm': alarms.map((a) => mapMetricAlarm(a, { region, accountId: ctx.accountId })) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'cloudwatch.alarm', region)] }
    }
  },
}
