import { inventorySchemaVersion, type Inventory } from '../../core/inventory.js'
import type { DetailSelection } from './collector.js'
import type { ResourceType } from '../../model/resource-types.js'
import { ClientPool, clientSettingsFromEnv } from './clients.js'
import { createAwsContext, type ProgressEvent } from './context.js'
import { assertRegionName, callerIdentity, defaultRegion, resolveCredentials } from './credentials.js'
import type { RateTable } from './rates.js'
import { AwsSetupError, HOW_TO_SET_REGION } from './setup-errors.js'
import { planRegions } from './regions.js'
import { collectorsFor, wantedTypes } from './registry.js'
import { runCollectors } from './run-collectors.js'
import { inspectFunctionCode, type CodeInspectionOptions } from './code/inspect-code.js'

export interface CollectAwsOptions {
  profile?: string
  /** Explicit regions; default: the profile/env region. */
  regions?: string[]
  /** Every region enabled for the account (EC2 DescribeRegions). */
  allRegions?: boolean
  /** Resource types the selected checks need; only their collectors run. */
  resourceTypes: ResourceType[]
  /** Types the selected checks evaluate one by one (their `resourceType`): listed completely, not only where referenced. */
  evaluatedTypes?: ResourceType[]
  onProgress?: (e: ProgressEvent) => void
  /** Cancels the scan (Ctrl-C): pending calls are aborted and collectAws rejects with an AbortError. */
  signal?: AbortSignal
  /** Called before every AWS request with its IAM action and region (benchmarks count calls). */
  onCall?: (action: string, region: string) => void
  /** Overrides data/aws-api-rates.json (tests). */
  rates?: RateTable
  /** Regions collected at once (default 20: quotas are per region, so regions do not slow each other down). */
  regionConcurrency?: number
  /** `--inspect-code`: download and analyze function and layer code (absent: nothing is downloaded). */
  inspectCode?: CodeInspectionOptions
  /**
   * The selected checks (and fields other consumers need): optional per-resource calls none of
   * them reads are skipped and recorded in `Inventory.partial`. Absent: everything is fetched.
   */
  details?: DetailSelection
}

/**
 * Collects a live account into one inventory: credentials and account first (one clear error if
 * either is missing), then the regions, then only the collectors the requested types need —
 * global ones once, regional ones in every region.
 */
export async function collectAws(opts: CollectAwsOptions): Promise<Inventory> {
  const collectedAt = new Date().toISOString()
  const signal = opts.signal ?? new AbortController().signal
  for (const r of opts.regions ?? []) assertRegionName(r)
  const credentials = await resolveCredentials(opts.profile)
  const home = await defaultRegion(opts.profile)
  if (!opts.regions?.length && !opts.allRegions && !home) throw new AwsSetupError(`no AWS region configured: ${HOW_TO_SET_REGION}`)
  const callRegion = home ?? opts.regions?.[0] ?? 'us-east-1'
  const pool = new ClientPool({ credentials, ...(opts.profile ? { profile: opts.profile } : {}), ...clientSettingsFromEnv() })
  try {
    const identity = await callerIdentity(pool, callRegion, signal)
    const collectors = collectorsFor(opts.resourceTypes)
    const ctx = createAwsContext({
      clients: pool,
      accountId: identity.accountId,
      partition: identity.partition,
      signal,
      wanted: wantedTypes(opts.resourceTypes, collectors),
      ...(opts.evaluatedTypes ? { evaluated: opts.evaluatedTypes } : {}),
      ...(opts.details ? { details: opts.details } : {}),
      ...(opts.rates ? { rates: opts.rates } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.onCall ? { onCall: opts.onCall } : {}),
    })
    const plan = await planRegions(ctx, { ...(opts.regions?.length ? { explicit: opts.regions } : {}), allRegions: Boolean(opts.allRegions), ...(home ? { home } : {}) }, callRegion)
    const run = await runCollectors(ctx, collectors, plan.regions, { globalRegion: callRegion, ...(opts.regionConcurrency ? { regionConcurrency: opts.regionConcurrency } : {}) })
    const functions = run.resources['lambda.function']
    if (opts.inspectCode && functions?.length) {
      const inspected = await inspectFunctionCode(ctx, functions, opts.inspectCode)
      run.resources['lambda.function'] = inspected.functions
      run.notes.push(...inspected.notes)
    }
    // Records of regions that were dropped (not enabled) go with them.
    const partial = run.partial.filter((p) => p.region === undefined || run.regions.includes(p.region) || !plan.regions.includes(p.region))
    // Every collector ran in every region (global ones once), so one record covers them all.
    // It lists the wanted types only: a collector may skip the other types it can produce, so
    // whatever it returned of those is not a complete list.
    const collected = [{ resourceTypes: [...ctx.wanted].sort() }]
    const scope = { kind: 'aws' as const, accountId: identity.accountId, partition: identity.partition, regions: run.regions }
    return {
      schemaVersion: inventorySchemaVersion({ partial, collected, scope }),
      scope,
      collectedAt,
      resources: run.resources,
      gaps: run.gaps,
      notes: [...plan.notes, ...run.notes],
      ...(partial.length ? { partial } : {}),
      collected,
    }
  } finally {
    await pool.destroy()
  }
}
