/**
 * AWS::RDS::EventSubscription → `rds.event-subscription`. Enabled unless `Enabled: false`;
 * without SourceType it covers every source type, without EventCategories every category
 * (as RDS does for CreateEventSubscription).
 */
import type { Stack } from '../stack.js'

export function adaptRdsEventSubscriptions(stack: Stack): void {
  for (const res of stack.ofType('AWS::RDS::EventSubscription')) {
    const f = stack.fields(res)
    const subscriptionName = f.str('subscriptionName', ['SubscriptionName']) ?? String(stack.ref(res))
    const sourceType = f.str('sourceType', ['SourceType'])
    stack.emit(
      'rds.event-subscription',
      f.finish({
        ...f.base(stack.resourceId(res), subscriptionName),
        subscriptionName,
        ...(sourceType !== undefined ? { sourceType } : {}),
        eventCategories: f.strList('eventCategories', ['EventCategories']) ?? [],
        sourceIds: f.strList('sourceIds', ['SourceIds']) ?? [],
        enabled: f.bool('enabled', ['Enabled']) ?? true,
        snsTopicArn: f.str('snsTopicArn', ['SnsTopicArn']) ?? '',
      }),
      res,
    )
  }
}
