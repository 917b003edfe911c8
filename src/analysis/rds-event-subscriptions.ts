/**
 * How an RDS event notification subscription is judged against the critical event categories
 * of one source type (data/rds-event-categories.json; FSBP RDS.19–RDS.22). Shared by the four
 * rds-event-subscription-* checks so they agree on what "covers" means.
 */
import data from '../../data/rds-event-categories.json' with { type: 'json' }
import type { CheckContext, Verdict } from '../core/check.js'
import type { RdsEventSubscription } from '../model/rds.js'

/** The source types the controls cover. */
export type CriticalSourceType = 'db-cluster' | 'db-instance' | 'db-parameter-group' | 'db-security-group'

/** The categories a subscription must send for `sourceType`, lower case. */
function requiredCategories(sourceType: CriticalSourceType): readonly string[] {
  const entry = data.sourceTypes.find((s) => s.sourceType === sourceType)
  if (!entry) throw new Error(`data/rds-event-categories.json has no entry for ${sourceType}`)
  return entry.required
}

// RDS delivers nothing while the topic is gone or RDS may not publish to it.
const UNDELIVERED = new Set(['no-permission', 'topic-not-exist'])

/** What one subscription does for one source type (categories: comma-separated, lower case). */
export type SubscriptionAssessment =
  | { kind: 'other-source'; reason: string }
  | { kind: 'disabled' }
  | { kind: 'missing'; categories: string }
  | { kind: 'undelivered'; status: string }
  | { kind: 'covered'; categories: string }

/**
 * Judges one subscription for one source type. A subscription of another source type is
 * `other-source`; one without a source type covers them all, and one without categories sends
 * every category. Disabled comes first, then missing categories, then a topic RDS cannot use.
 */
function assessSubscription(sub: RdsEventSubscription, sourceType: CriticalSourceType): SubscriptionAssessment {
  if (sub.sourceType !== undefined && sub.sourceType !== sourceType) return { kind: 'other-source', reason: `the subscription sends ${sub.sourceType} events, not ${sourceType} events` }
  if (!sub.enabled) return { kind: 'disabled' }
  const sent = new Set(sub.eventCategories.map((c) => c.trim().toLowerCase()))
  const missing = sent.size === 0 ? [] : requiredCategories(sourceType).filter((c) => !sent.has(c))
  if (missing.length) return { kind: 'missing', categories: missing.join(', ') }
  if (sub.status !== undefined && UNDELIVERED.has(sub.status)) return { kind: 'undelivered', status: sub.status }
  return { kind: 'covered', categories: requiredCategories(sourceType).join(', ') }
}

/** The messages of the four checks (they differ only in the source type they name). */
export const SUBSCRIPTION_MESSAGES = {
  covered: 'Event subscription {{name}} sends the critical {{sourceType}} events ({{categories}}).',
  disabled: 'Event subscription {{name}} covers {{sourceType}} events but is disabled.',
  missing: 'Event subscription {{name}} leaves out critical {{sourceType}} event categories: {{categories}}.',
  undelivered: 'Event subscription {{name}} covers {{sourceType}} events but delivers nothing (status {{status}}).',
}

/** The verdict of one subscription for one source type, with SUBSCRIPTION_MESSAGES. */
export function subscriptionVerdict(sub: RdsEventSubscription, sourceType: CriticalSourceType, { pass, fail, skip }: CheckContext): Verdict {
  const a = assessSubscription(sub, sourceType)
  const data = { name: sub.name, sourceType }
  switch (a.kind) {
    case 'other-source':
      return skip(a.reason)
    case 'disabled':
      return fail('disabled', { data, at: 'enabled' })
    case 'missing':
      return fail('missing', { data: { ...data, categories: a.categories }, at: 'eventCategories' })
    case 'undelivered':
      return fail('undelivered', { data: { ...data, status: a.status }, at: 'status' })
    case 'covered':
      return pass('covered', { ...data, categories: a.categories })
  }
}
