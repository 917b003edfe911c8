/** aws_cloudwatch_log_group → `logs.log-group`; aws_cloudwatch_metric_alarm → `cloudwatch.alarm`. */
import type { MetricDimension } from '../../../model/monitoring.js'
import { identity, isRecord, Unknown, type Value } from '../eval/values.js'
import { blocksOf, Fields, PLACEHOLDER, valueAt, type AdapterContext } from './fields.js'

export function adaptLogGroups(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_cloudwatch_log_group')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.computed('name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    // 0 (the provider's default) means events never expire: no retention, as DescribeLogGroups shows it.
    const retention = f.num('retentionInDays', 'retention_in_days')
    const kms = f.id('kmsKeyId', 'kms_key_id')
    ctx.emit('logs.log-group', f.finish({ ...f.base(inst.id, name, { arn }), ...(retention ? { retentionInDays: retention } : {}), ...(kms ? { kmsKeyId: kms } : {}) }), inst)
  }
}

function dimensions(v: Value | undefined, f: Fields, path: string): MetricDimension[] {
  if (v instanceof Unknown) {
    f.mark(path, v.reason)
    return []
  }
  if (!isRecord(v)) return []
  return Object.entries(v).map(([name, value], i) => {
    // Dimension values name resources (a function): symbolic stand-ins still match them.
    const id = identity(value)
    if (id === undefined) f.mark(`${path}.${i}.value`, value instanceof Unknown ? value.reason : 'not text')
    return { name, value: id ?? PLACEHOLDER }
  })
}

export function adaptAlarms(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_cloudwatch_metric_alarm')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.computed('alarm_name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const metrics = blocksOf(f.get('metric_query')).flatMap((q, i) => {
      const m = blocksOf(q.metric)[0]
      if (!m) return []
      const out: { namespace?: string; metricName?: string; dimensions: MetricDimension[] } = { dimensions: dimensions(m.dimensions, f, `metrics.${i}.dimensions`) }
      if (typeof m.namespace === 'string') out.namespace = m.namespace
      if (typeof m.metric_name === 'string') out.metricName = m.metric_name
      return [out]
    })
    const namespace = f.str('namespace', 'namespace')
    const metricName = f.str('metricName', 'metric_name')
    f.locate('dimensions', 'dimensions')
    const alarm = {
      ...f.base(inst.id, name, { arn }),
      ...(namespace ? { namespace } : {}),
      ...(metricName ? { metricName } : {}),
      dimensions: dimensions(valueAt(inst.values, 'dimensions'), f, 'dimensions'),
      metrics,
      actionsEnabled: f.bool('actionsEnabled', 'actions_enabled') ?? true,
      alarmActions: f.strList('alarmActions', 'alarm_actions') ?? [],
    }
    ctx.emit('cloudwatch.alarm', f.finish(alarm), inst)
  }
}
