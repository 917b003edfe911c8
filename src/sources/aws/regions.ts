import type { Region } from '@aws-sdk/client-ec2'
import { AwsCallError, isAbort } from './classify-error.js'
import type { AwsContext } from './context.js'
import { assertRegionName } from './credentials.js'
import { AwsSetupError, HOW_TO_SET_REGION } from './setup-errors.js'

export interface RegionPlan {
  regions: string[]
  notes: string[]
}

export interface RegionRequest {
  /** Regions the user named. */
  explicit?: readonly string[]
  allRegions?: boolean
  /** The environment or profile region. */
  home?: string
}

/**
 * Splits explicitly requested regions into those to scan and those to skip: a region whose
 * OptInStatus is `not-opted-in` is not enabled for the account and would only answer with
 * authentication errors. Pure.
 */
export function selectOptedIn(requested: readonly string[], described: readonly Region[]): RegionPlan {
  const status = new Map(described.map((r) => [r.RegionName ?? '', r.OptInStatus ?? '']))
  const regions: string[] = []
  const notes: string[] = []
  for (const r of requested) {
    if (status.get(r) === 'not-opted-in') notes.push(`region ${r} skipped: it is not enabled for this account (opt-in region)`)
    else regions.push(r)
  }
  return { regions, notes }
}

/** The regions to scan: explicit ones (minus regions not enabled), every enabled one, or the default. */
export async function planRegions(ctx: AwsContext, req: RegionRequest, callRegion: string): Promise<RegionPlan> {
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2')
  if (req.explicit?.length) {
    const requested = [...new Set(req.explicit)]
    for (const r of requested) assertRegionName(r)
    try {
      const out = await ctx.send(callRegion, 'ec2:DescribeRegions', new DescribeRegionsCommand({ AllRegions: true }))
      return selectOptedIn(requested, out.Regions ?? [])
    } catch (err) {
      if (isAbort(err)) throw err
      // Without DescribeRegions the opt-in state shows when the region's own calls fail.
      return { regions: requested, notes: [] }
    }
  }
  if (req.allRegions) {
    try {
      // Without AllRegions, DescribeRegions lists exactly the regions enabled for the account.
      const out = await ctx.send(callRegion, 'ec2:DescribeRegions', new DescribeRegionsCommand({}))
      const regions = (out.Regions ?? []).map((r) => r.RegionName ?? '').filter(Boolean).sort()
      if (!regions.length) throw new AwsSetupError('ec2:DescribeRegions listed no enabled region')
      return { regions, notes: [] }
    } catch (err) {
      if (isAbort(err) || err instanceof AwsSetupError) throw err
      const why = err instanceof AwsCallError ? `${err.kind} (${err.code})` : String(err)
      throw new AwsSetupError(`--all-regions needs ec2:DescribeRegions, which failed: ${why}; name the regions with --region instead`)
    }
  }
  if (!req.home) throw new AwsSetupError(`no AWS region configured: ${HOW_TO_SET_REGION}`)
  assertRegionName(req.home)
  return { regions: [req.home], notes: [] }
}
