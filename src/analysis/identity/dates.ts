/** Date arithmetic for credential-age checks. Pure; `now` always comes from the scan. */

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days from `iso` to `now` (negative when `iso` is in the future); undefined for an unreadable date. */
export function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (iso === undefined) return undefined
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return undefined
  return Math.floor((now.getTime() - t) / DAY_MS)
}

/** The latest of several ISO dates (undefined ones ignored). */
export function latest(...dates: (string | undefined)[]): string | undefined {
  let best: string | undefined
  let bestT = -Infinity
  for (const d of dates) {
    if (d === undefined) continue
    const t = Date.parse(d)
    if (!Number.isNaN(t) && t > bestT) {
      best = d
      bestT = t
    }
  }
  return best
}

/** A numeric check option, falling back to the default when the configured value is not a non-negative number. */
export function numberOption(options: Record<string, unknown>, key: string, fallback: number): number {
  const v = options[key]
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback
}
