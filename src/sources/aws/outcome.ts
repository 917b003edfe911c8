/**
 * How a collector turns a failed call into data: a failed listing becomes an InventoryGap, a
 * failed per-resource call becomes an `unresolved` entry, and "not found" on an optional
 * sub-resource (no policy, no URL) becomes an honest `null`. An abort is never swallowed.
 */
import type { InventoryGap } from '../../core/inventory.js'
import type { ResourceType } from '../../model/resource-types.js'
import { AwsCallError, classifyError, isAbort } from './classify-error.js'

/** The result of a per-resource call whose absence is a normal answer. */
export type Fetched<T> =
  | { ok: true; value: T }
  | { ok: false; absent: true }
  | { ok: false; absent: false; reason: string }

export const absent = { ok: false, absent: true } as const

export function failed(reason: string): Fetched<never> {
  return { ok: false, absent: false, reason }
}

/** Awaits a call: NotFound → absent, any other failure → a reason; re-throws an abort. */
export async function fetchOptional<T>(call: Promise<T>): Promise<Fetched<T>> {
  try {
    return { ok: true, value: await call }
  } catch (err) {
    if (isAbort(err)) throw err
    if (err instanceof AwsCallError && err.kind === 'NotFound') return absent
    return failed(unresolvedReason(err))
  }
}

/** `AccessDenied (lambda:GetPolicy)`: the text that goes into a resource's `unresolved` map. */
export function unresolvedReason(err: unknown): string {
  if (err instanceof AwsCallError) return `${err.kind === 'NotFound' ? 'Error' : err.kind} (${err.action})`
  return `Error (${classifyError(err).code})`
}

const GAP_CODE: Record<string, string> = {
  AccessDenied: 'AccessDenied',
  Throttled: 'Throttled',
  Timeout: 'Timeout',
  Unsupported: 'Unsupported',
  OptInRequired: 'OptInRequired',
}

/** A listing failed wholesale: every check over `type` in `region` will say `unknown`. */
export function gapFrom(err: unknown, resourceType: ResourceType, region: string): InventoryGap {
  if (isAbort(err)) throw err
  if (!(err instanceof AwsCallError)) {
    const c = classifyError(err)
    return { resourceType, region, code: 'Error', message: `listing failed: ${c.code}: ${truncate(c.message)}` }
  }
  const code = GAP_CODE[err.kind] ?? 'Error'
  const message =
    err.kind === 'AccessDenied'
      ? `${err.action} was denied (${err.code}); grant it to the scanning role (see \`clearsky permissions\`)`
      : err.kind === 'Throttled'
        ? `${err.action} was still throttled after retries (${err.code})`
        : err.kind === 'Timeout'
          ? `${err.action} timed out (${err.code})`
          : err.kind === 'Unsupported'
            ? `${err.action} is not available in ${err.region} (${err.code})`
            : err.kind === 'OptInRequired'
              ? `region ${err.region} rejected ${err.action} (${err.code}); it is probably not enabled for this account`
              : `${err.action} failed: ${err.code}: ${truncate(err.message)}`
  return { resourceType, region, code, message }
}

function truncate(s: string, n = 200): string {
  return s.length > n ? `${s.slice(0, n)}…` : s
}

/**
 * Per-resource lookups (a queue a function names, a code signing config) that failed for
 * another reason than "does not exist": the resource may exist, so every check that looks
 * it up must say unknown. One gap per type and region, naming the first few targets.
 */
export function lookupGap(resourceType: ResourceType, region: string, noun: string, failures: readonly { target: string; reason: string }[]): InventoryGap[] {
  if (!failures.length) return []
  const code = GAP_CODE[failures[0]!.reason.split(' ')[0] ?? ''] ?? 'Error'
  const listed = failures
    .slice(0, 3)
    .map((f) => `${f.target}: ${f.reason}`)
    .join('; ')
  return [{ resourceType, region, code, message: `could not read ${failures.length} ${noun}${failures.length === 1 ? '' : 's'} (${listed}${failures.length > 3 ? '; …' : ''})` }]
}
