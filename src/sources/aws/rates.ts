import ratesData from '../../../data/aws-api-rates.json' with { type: 'json' }

/** One API family: the calls that share a request quota, and how fast clearsky sends them. */
export interface RateFamily {
  id: string
  /** IAM actions; `service:*` matches every action of the service not listed elsewhere. */
  actions: string[]
  /** Each action gets its own bucket with these settings (EC2, KMS throttle per API). */
  perAction?: boolean
  /** One bucket per account, not per region (IAM). */
  global?: boolean
  ratePerSecond: number
  burst?: number
  /** Requests in flight at once for this family; default derived from the rate. */
  maxInFlight?: number
  quota: string
  source: string
  verifiedAt: string
}

export interface RateTable {
  families: RateFamily[]
}

export const DEFAULT_RATES: RateTable = ratesData as RateTable

/** Used for an action no family covers, so a new call can never go out unthrottled. */
const FALLBACK: RateFamily = {
  id: 'fallback',
  actions: ['*'],
  ratePerSecond: 5,
  burst: 5,
  quota: 'no family in data/aws-api-rates.json covers this action',
  source: 'data/aws-api-rates.json',
  verifiedAt: '2026-11-27',
}

/** Where one call's token comes from: the bucket key and the family's settings. */
export interface RateSlot {
  /** Bucket key within one account: `region|family[|action]`. */
  key: string
  family: RateFamily
}

/** Resolves the family of an action: an exact action entry wins over a `service:*` entry. */
export function familyFor(table: RateTable, action: string): RateFamily {
  const service = action.split(':')[0]
  let wildcard: RateFamily | undefined
  for (const f of table.families) {
    if (f.actions.includes(action)) return f
    if (!wildcard && f.actions.includes(`${service}:*`)) wildcard = f
  }
  return wildcard ?? FALLBACK
}

export function rateSlot(table: RateTable, action: string, region: string): RateSlot {
  const family = familyFor(table, action)
  const where = family.global ? 'global' : region
  return { key: family.perAction ? `${where}|${family.id}|${action}` : `${where}|${family.id}`, family }
}

/**
 * Requests in flight at once: enough to keep the bucket busy at ~500 ms per call without
 * opening far more sockets than the rate can use.
 */
export function inFlightLimit(family: RateFamily): number {
  return family.maxInFlight ?? Math.max(2, Math.min(32, Math.ceil(family.ratePerSecond / 2)))
}

/** The same table with every rate multiplied (tests use a large factor to run at full speed). */
export function scaledRates(table: RateTable, factor: number): RateTable {
  return {
    families: table.families.map((f) => ({
      ...f,
      ratePerSecond: f.ratePerSecond * factor,
      burst: Math.ceil((f.burst ?? f.ratePerSecond) * factor),
      maxInFlight: Math.max(inFlightLimit(f), 16),
    })),
  }
}
