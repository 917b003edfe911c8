/**
 * What an RDS region holds, counted by RDS itself: DescribeAccountAttributes answers every RDS
 * quota of the region with its current usage (`DBInstances`, `DBClusters`, `ManualSnapshots`,
 * `ManualClusterSnapshots`, `EventSubscriptions` … each "the count of … in the account").
 *
 * Why a probe and not "the first listing decides": in RDS no listing proves another kind absent.
 * A manual snapshot outlives the instance or cluster it was taken from, an Aurora cluster can
 * exist without any instance (a headless or secondary cluster), and an event subscription needs
 * no database at all. So a region without RDS used to cost four listings. One
 * DescribeAccountAttributes call counts every kind at once: a region without RDS costs that one
 * call, and each collector lists only the kinds RDS counts.
 *
 * Never a false pass: a kind is skipped only when its quota is in the answer with usage 0. A
 * failed probe (denied, throttled out, unknown), or a quota the answer does not name, means
 * "list it" — the listing then decides, and a failed listing is a gap as before. The counts
 * include Neptune and DocumentDB, which share the RDS API: a non-zero count for them only costs
 * a listing whose result is then filtered.
 */
import type { AwsContext } from '../context.js'
import { isAbort } from '../classify-error.js'

/** The quotas whose usage counts resources the RDS collectors list. */
export type RdsCountedKind = 'DBInstances' | 'DBClusters' | 'ManualSnapshots' | 'ManualClusterSnapshots' | 'EventSubscriptions'

/** Usage by quota name, or `undefined` when the probe failed. */
export type RdsUsage = ReadonlyMap<string, number> | undefined

/** One probe per scan (context) and region, shared by every RDS collector of that region. */
const probes = new WeakMap<AwsContext, Map<string, Promise<RdsUsage>>>()

/** Reads the quota usage once: the answer's `Used` per `AccountQuotaName`. Pure. */
export function usageOf(answer: { AccountQuotas?: { AccountQuotaName?: string; Used?: number }[] } | undefined): Map<string, number> | undefined {
  if (!answer?.AccountQuotas) return undefined
  const out = new Map<string, number>()
  for (const q of answer.AccountQuotas) if (q.AccountQuotaName && typeof q.Used === 'number' && Number.isFinite(q.Used)) out.set(q.AccountQuotaName, q.Used)
  return out
}

/** The region's RDS usage, from one DescribeAccountAttributes call per scan and region. */
export function rdsUsage(ctx: AwsContext, region: string): Promise<RdsUsage> {
  let byRegion = probes.get(ctx)
  if (!byRegion) probes.set(ctx, (byRegion = new Map()))
  let probe = byRegion.get(region)
  if (!probe) {
    probe = (async () => {
      const R = await import('@aws-sdk/client-rds')
      try {
        return usageOf(await ctx.send(region, 'rds:DescribeAccountAttributes', new R.DescribeAccountAttributesCommand({})))
      } catch (err) {
        // A cancel ends the scan; any other failure only means the listings decide.
        if (isAbort(err)) throw err
        return undefined
      }
    })()
    byRegion.set(region, probe)
  }
  return probe
}

/** True only when RDS says the region holds none of `kind`: its listing can be skipped. Pure. */
export function holdsNone(usage: RdsUsage, kind: RdsCountedKind): boolean {
  return usage?.get(kind) === 0
}

/** The probe's verdict for one kind: skip its listing only on a reported usage of 0. */
export async function rdsHoldsNone(ctx: AwsContext, region: string, kind: RdsCountedKind): Promise<boolean> {
  return holdsNone(await rdsUsage(ctx, region), kind)
}

/** The IAM action the probe needs (every RDS collector declares it). */
export const RDS_USAGE_ACTION = 'rds:DescribeAccountAttributes'
