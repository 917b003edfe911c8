/**
 * Ordering of dotted numeric versions (`1.3.0` < `1.4.0` < `1.10.0`), shared by the data-file
 * version lookups (Fargate platform versions, Aurora MySQL releases, RDS engine versions). Pure.
 */

/** `1.4.0` as [1, 4, 0]; undefined when any part is not a plain number. */
export function parseDottedNumbers(version: string): number[] | undefined {
  return /^\d+(\.\d+)*$/.test(version) ? version.split('.').map(Number) : undefined
}

/** Compares part by part; a missing part counts as 0, so `11.8` equals `11.8.0`. */
export function compareNumberLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
