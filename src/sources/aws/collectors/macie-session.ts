import type { GetMacieSessionResponse } from '@aws-sdk/client-macie2'
import type { MacieSession } from '../../../model/macie.js'
import { AwsCallError } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'

/** Maps GetMacieSession. Pure. */
export function mapMacieSession(s: GetMacieSessionResponse, w: { region: string; accountId: string }): MacieSession {
  const created = s.createdAt instanceof Date ? s.createdAt.toISOString() : s.createdAt ? String(s.createdAt) : undefined
  return { id: `macie:${w.accountId}:${w.region}`, name: `Macie in ${w.region}`, accountId: w.accountId, region: w.region, status: s.status ?? 'ENABLED', ...(created ? { createdAt: created } : {}) }
}

/**
 * Macie answers a region where it was never enabled with AccessDeniedException and the message
 * "Macie is not enabled" — the same code as an IAM denial. Only that message means "off"; any
 * other AccessDenied is a real denial and a gap.
 */
export function isMacieNotEnabled(err: unknown): boolean {
  return err instanceof AwsCallError && err.kind === 'AccessDenied' && /macie is not enabled/i.test(err.message)
}

export const macieSessionCollector: Collector = {
  id: 'macie.session',
  produces: ['macie.session'],
  actions: ['macie2:GetMacieSession'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const { GetMacieSessionCommand } = await import('@aws-sdk/client-macie2')
    try {
      const s = await ctx.send(region, 'macie2:GetMacieSession', new GetMacieSessionCommand({}))
      return { resources: { 'macie.session': [mapMacieSession(s, { region, accountId: ctx.accountId })] }, gaps: [] }
    } catch (err) {
      if (isMacieNotEnabled(err)) return { resources: { 'macie.session': [] }, gaps: [] }
      return { resources: {}, gaps: [gapFrom(err, 'macie.session', region)] }
    }
  },
}
