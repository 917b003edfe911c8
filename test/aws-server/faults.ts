import type { Prng } from './prng.js'

/**
 * Faults injected by probability, per call. Each plan draws once per matching call from the
 * server's seeded PRNG, so a seed reproduces the same failures.
 */
export interface FaultPlan {
  /** Answer with the service's throttling error. */
  throttle?: number
  /** HTTP 500 with the service's internal-error code. */
  http500?: number
  /** HTTP 503 with the service's unavailable code. */
  http503?: number
  /** Destroy the socket without an answer (the client sees ECONNRESET). */
  reset?: number
  /** Answer only after `hangMs` (past the client's timeout), or never if `hangMs` is absent. */
  hang?: number
  hangMs?: number
  /** Only calls that match: signing name, operation, region. */
  match?: { service?: string; operation?: string; region?: string }
}

export type FaultKind = 'throttle' | 'http500' | 'http503' | 'reset' | 'hang'

const KINDS: FaultKind[] = ['throttle', 'http500', 'http503', 'reset', 'hang']

export function drawFault(plans: readonly FaultPlan[], call: { service: string; operation: string; region: string }, prng: Prng): { kind: FaultKind; plan: FaultPlan } | undefined {
  for (const plan of plans) {
    const m = plan.match
    if (m && ((m.service && m.service !== call.service) || (m.operation && m.operation !== call.operation) || (m.region && m.region !== call.region))) continue
    // One draw per plan: the kinds split [0, 1) in a fixed order.
    const r = prng.next()
    let edge = 0
    for (const kind of KINDS) {
      edge += plan[kind] ?? 0
      if (r < edge) return { kind, plan }
    }
  }
  return undefined
}
