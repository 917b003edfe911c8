/**
 * aws_db_event_subscription → `rds.event-subscription`. Enabled unless `enabled = false`;
 * without source_type it covers every source type, without event_categories every category.
 */
import type { AdapterContext } from './fields.js'
import { Fields, PLACEHOLDER } from './fields.js'

export function adaptRdsEventSubscriptions(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_db_event_subscription')) {
    const f = new Fields(ctx, inst)
    const subscriptionName = f.str('subscriptionName', 'name') ?? f.ident('subscriptionName', inst.computed('id')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn'))
    const sourceType = f.str('sourceType', 'source_type')
    ctx.emit(
      'rds.event-subscription',
      f.finish({
        ...f.base(inst.id, subscriptionName, arn ? { arn } : {}),
        subscriptionName,
        ...(sourceType !== undefined ? { sourceType } : {}),
        eventCategories: f.strList('eventCategories', 'event_categories', false) ?? [],
        sourceIds: f.strList('sourceIds', 'source_ids') ?? [],
        enabled: f.bool('enabled', 'enabled') ?? true,
        snsTopicArn: f.id('snsTopicArn', 'sns_topic') ?? PLACEHOLDER,
      }),
      inst,
    )
  }
}
