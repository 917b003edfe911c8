/**
 * The quota-bound minimum wall time of a set of calls: how long AWS's request quotas alone
 * force a scan to take, whatever the client does.
 *
 * AWS throttles with a token bucket per account × region × API family (see
 * test/aws-server/quotas.ts). A bucket starts full (`burst` tokens) and refills at `rate` per
 * second, so `n` calls to one family need at least `max(0, n − burst) / rate` seconds. Families
 * are separate buckets and drain in parallel, so a region needs the slowest of its families;
 * regions (and the global IAM bucket) are separate too and are collected in parallel, so the
 * scan needs the slowest region:
 *
 *   floor = max over regions r ( max over families f ( max(0, calls[r][f] − burst[f]) / rate[f] ) )
 *
 * Latency, listings that must be paged in order and process start-up are not in the floor:
 * they are what the ratio wall / floor measures, with the limiter's own inefficiency.
 */
import { DEFAULT_QUOTAS, SERVICES, type QuotaTable } from '../test/aws-server/index.js'

/** Calls made, as the loopback server logged them. */
export interface CallCount {
  /** SigV4 signing name (`lambda`, `monitoring` …). */
  service: string
  operation: string
  region: string
  count: number
}

export interface FamilyFloor {
  /** `global` for global services. */
  region: string
  /** `service:family` as in the quota table. */
  family: string
  calls: number
  rate: number
  burst: number
  seconds: number
}

export interface QuotaFloor {
  seconds: number
  /** The family that sets the floor. */
  binding?: FamilyFloor
  families: FamilyFloor[]
}

/** `service:family` of an operation, and whether its bucket is global, per the loopback server's tables. */
export function familyOf(service: string, operation: string): { family: string; global: boolean } {
  const def = SERVICES[service]
  if (!def) return { family: `${service}:?`, global: false }
  return { family: `${service}:${def.operations[operation]?.family ?? def.defaultFamily}`, global: Boolean(def.global) }
}

export function quotaFloor(calls: readonly CallCount[], quotas: QuotaTable = DEFAULT_QUOTAS): QuotaFloor {
  const byBucket = new Map<string, { region: string; family: string; calls: number }>()
  for (const c of calls) {
    const { family, global } = familyOf(c.service, c.operation)
    const region = global ? 'global' : c.region
    const key = `${region}|${family}`
    const b = byBucket.get(key) ?? { region, family, calls: 0 }
    b.calls += c.count
    byBucket.set(key, b)
  }
  const families: FamilyFloor[] = []
  for (const b of byBucket.values()) {
    const spec = quotas[b.family]
    if (!spec) continue // not rate-limited
    const burst = spec.burst ?? spec.rate
    families.push({ ...b, rate: spec.rate, burst, seconds: Math.max(0, b.calls - burst) / spec.rate })
  }
  families.sort((a, b) => b.seconds - a.seconds || a.region.localeCompare(b.region) || a.family.localeCompare(b.family))
  const binding = families[0]
  return { seconds: binding?.seconds ?? 0, ...(binding ? { binding } : {}), families }
}
