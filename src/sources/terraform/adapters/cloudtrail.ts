/**
 * aws_cloudtrail → `cloudtrail.trail`. Provider defaults: logging on, single region, not an
 * organization trail, no log file validation, global service events included, and without
 * selectors all management events (read and write) and no data events.
 */
import type { AdvancedEventSelector, EventSelector } from '../../../model/monitoring.js'
import { Unknown, type Value } from '../eval/values.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const strings = (v: Value | undefined): string[] | undefined => (Array.isArray(v) ? v.map((x) => String(x)) : undefined)

export function adaptTrails(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_cloudtrail')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.computed('name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const rawSelectors = f.get('event_selector')
    const rawAdvanced = f.get('advanced_event_selector')
    let eventSelectors: EventSelector[] = []
    if (rawSelectors instanceof Unknown) f.mark('eventSelectors', rawSelectors.reason)
    else {
      f.locate('eventSelectors', 'event_selector')
      eventSelectors = blocksOf(rawSelectors).map((s, i) => {
        const u = f.materialize(s, `eventSelectors.${i}`) as Record<string, unknown>
        return {
          readWriteType: (typeof u.read_write_type === 'string' ? u.read_write_type : 'All') as EventSelector['readWriteType'],
          includeManagementEvents: u.include_management_events !== false,
          dataResources: blocksOf(s.data_resource).map((d) => ({ type: String(d.type), values: strings(d.values) ?? [] })),
        }
      })
    }
    if (rawAdvanced instanceof Unknown) f.mark('advancedEventSelectors', rawAdvanced.reason)
    const advancedEventSelectors: AdvancedEventSelector[] = blocksOf(rawAdvanced).map((a, i) => {
      f.locate(`advancedEventSelectors.${i}`, `advanced_event_selector.${i}`)
      const sel: AdvancedEventSelector = {
        fieldSelectors: blocksOf(a.field_selector).map((fs) => {
          const out: AdvancedEventSelector['fieldSelectors'][number] = { field: String(fs.field) }
          const keys: [string, keyof typeof out][] = [
            ['equals', 'equals'],
            ['not_equals', 'notEquals'],
            ['starts_with', 'startsWith'],
            ['not_starts_with', 'notStartsWith'],
            ['ends_with', 'endsWith'],
            ['not_ends_with', 'notEndsWith'],
          ]
          for (const [from, to] of keys) {
            const v = fs[from]
            if (v instanceof Unknown) f.mark(`advancedEventSelectors.${i}`, v.reason)
            const list = strings(v)
            if (list && list.length) (out as unknown as Record<string, string[]>)[to] = list
          }
          return out
        }),
      }
      if (typeof a.name === 'string') sel.name = a.name
      return sel
    })
    // No selectors at all: the trail logs every management event, read and write.
    if (!eventSelectors.length && !advancedEventSelectors.length && !f.unresolved.eventSelectors && !f.unresolved.advancedEventSelectors)
      eventSelectors = [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }]
    const bucket = f.id('s3BucketName', 's3_bucket_name')
    const kms = f.id('kmsKeyId', 'kms_key_id')
    const cwl = f.id('cloudWatchLogsLogGroupArn', 'cloud_watch_logs_group_arn')
    const trail = {
      ...f.base(inst.id, name, { arn }),
      homeRegion: ctx.options.region,
      isMultiRegion: f.bool('isMultiRegion', 'is_multi_region_trail') ?? false,
      isOrganizationTrail: f.bool('isOrganizationTrail', 'is_organization_trail') ?? false,
      isLogging: f.bool('isLogging', 'enable_logging') ?? true,
      logFileValidation: f.bool('logFileValidation', 'enable_log_file_validation') ?? false,
      includeGlobalServiceEvents: f.bool('includeGlobalServiceEvents', 'include_global_service_events') ?? true,
      eventSelectors,
      advancedEventSelectors,
      ...(bucket ? { s3BucketName: bucket } : {}),
      ...(kms ? { kmsKeyId: kms } : {}),
      ...(cwl ? { cloudWatchLogsLogGroupArn: cwl } : {}),
    }
    ctx.emit('cloudtrail.trail', f.finish(trail), inst)
  }
}
