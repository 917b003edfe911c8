/**
 * What the benchmark reads from the loopback server's call log: calls by operation, the calls
 * that drew on a quota bucket (for the floor), throttling and retries, and the logical calls
 * that failed for good. A logical call is one SDK invocation: all its attempts share the
 * `amz-sdk-invocation-id` header.
 */
import type { CallRecord } from '../test/aws-server/index.js'
import type { CallCount } from './quota-floor.js'

export interface CallStats {
  /** Requests received (every attempt), by IAM action. */
  byAction: Record<string, number>
  requests: number
  /** Logical calls (distinct invocation ids). */
  logicalCalls: number
  /** Requests that got a quota token (everything but throttles and injected faults), for the floor. */
  tokenCalls: CallCount[]
  /** Throttling answers sent because a quota bucket was empty, by action. */
  quotaThrottles: Record<string, number>
  /** Throttling answers injected as faults (`--throttle`). */
  injectedThrottles: number
  /** Throttling answers (any cause) that the client followed with another attempt. */
  throttlesRetried: number
  /** Requests that were a second or later attempt. */
  retries: number
  /** Most attempts any one logical call made. */
  maxAttempts: number
  /** Logical calls whose last attempt was a throttle, a 5xx, a reset or a hang, by action. */
  failedForGood: Record<string, number>
  /** Operations that are not reads (must be empty). */
  nonReads: string[]
  /** Actions the loopback server does not implement (answered UnknownOperation / InvalidAction). */
  unimplemented: string[]
  /** Highest concurrency seen per `service:region`. */
  peakInFlight: Record<string, number>
}

const THROTTLE_CODES = new Set(['TooManyRequestsException', 'Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'ThrottledException'])

export function isThrottle(r: CallRecord): boolean {
  return r.status === 429 || (r.errorCode !== undefined && THROTTLE_CODES.has(r.errorCode))
}

/** An answer after which a well-behaved client tries again (and which is a failure if it was the last). */
export function isRetryable(r: CallRecord): boolean {
  return isThrottle(r) || r.status === 'reset' || r.status === 'hung' || (typeof r.status === 'number' && r.status >= 500)
}

/** Attempts of each logical call, in attempt order. Records without an invocation id count alone. */
export function groupByInvocation(records: readonly CallRecord[]): CallRecord[][] {
  const groups = new Map<string, CallRecord[]>()
  for (const r of records) {
    const key = r.invocationId ?? `seq-${r.seq}`
    const g = groups.get(key)
    if (g) g.push(r)
    else groups.set(key, [r])
  }
  for (const g of groups.values()) g.sort((a, b) => (a.attempt ?? 1) - (b.attempt ?? 1) || a.seq - b.seq)
  return [...groups.values()]
}

function bump(into: Record<string, number>, key: string, by = 1): void {
  into[key] = (into[key] ?? 0) + by
}

export function callStats(records: readonly CallRecord[], nonReads: readonly CallRecord[], peakInFlight: ReadonlyMap<string, number>): CallStats {
  const byAction: Record<string, number> = {}
  const quotaThrottles: Record<string, number> = {}
  const token = new Map<string, CallCount>()
  let retries = 0
  let injectedThrottles = 0
  for (const r of records) {
    if (r.cause === 'fault' && isThrottle(r)) injectedThrottles++
    bump(byAction, r.action)
    if (r.cause === 'quota') bump(quotaThrottles, r.action)
    // Injected faults are answered before the quota bucket: they take no token.
    else if (r.cause !== 'fault') {
      const key = `${r.service}|${r.operation}|${r.region}`
      const c = token.get(key) ?? { service: r.service, operation: r.operation, region: r.region, count: 0 }
      c.count++
      token.set(key, c)
    }
    if ((r.attempt ?? 1) > 1) retries++
  }
  const failedForGood: Record<string, number> = {}
  let throttlesRetried = 0
  let maxAttempts = 0
  const invocations = groupByInvocation(records)
  for (const attempts of invocations) {
    maxAttempts = Math.max(maxAttempts, attempts.length)
    attempts.forEach((a, i) => {
      if (i < attempts.length - 1 && isThrottle(a)) throttlesRetried++
    })
    const last = attempts[attempts.length - 1]!
    if (isRetryable(last)) bump(failedForGood, last.action)
  }
  return {
    byAction: Object.fromEntries(Object.entries(byAction).sort(([a], [b]) => a.localeCompare(b))),
    requests: records.length,
    logicalCalls: invocations.length,
    tokenCalls: [...token.values()],
    quotaThrottles,
    injectedThrottles,
    throttlesRetried,
    retries,
    maxAttempts,
    failedForGood,
    nonReads: [...new Set(nonReads.map((r) => r.action))].sort(),
    unimplemented: [...new Set(records.filter((r) => r.errorCode === 'UnknownOperationException' || r.errorCode === 'InvalidAction').map((r) => r.action))].sort(),
    peakInFlight: Object.fromEntries(peakInFlight),
  }
}
