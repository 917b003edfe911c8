import type { Finding } from '../core/finding.js'

export interface FindingsDiff {
  /** Failing now, not failing before. */
  new: Finding[]
  /** Failing before, not failing now (fixed, or the resource is gone). */
  resolved: Finding[]
  /** Failing in both. */
  unchanged: Finding[]
}

const key = (f: Finding) => `${f.checkId}\u0000${f.resourceId}\u0000${f.subject ?? ''}\u0000${f.at ?? ''}`

/** Compares the failing findings of two scans. Muted findings are left out. */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingsDiff {
  const failing = (fs: readonly Finding[]) => new Map(fs.filter((f) => f.status === 'fail' && !f.muted).map((f) => [key(f), f]))
  const a = failing(before)
  const b = failing(after)
  return {
    new: [...b].filter(([k]) => !a.has(k)).map(([, f]) => f),
    resolved: [...a].filter(([k]) => !b.has(k)).map(([, f]) => f),
    unchanged: [...b].filter(([k]) => a.has(k)).map(([, f]) => f),
  }
}
