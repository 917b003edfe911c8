/** Edit distance between two strings (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length]!
}

/**
 * Up to `max` candidates close to `input`, closest first: those within an edit distance of about
 * a third of the input's length, then those that start with the input (`pci` → `pci-dss-4.0.1`),
 * then those that share most of the input's words (`lambda-url-auth` →
 * `lambda-function-url-auth-required`).
 */
export function closest(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase()
  const limit = Math.max(2, Math.floor(needle.length / 3))
  const words = needle.split(/[^a-z0-9]+/).filter(Boolean)
  return candidates
    .map((c) => {
      const hay = c.toLowerCase()
      const d = editDistance(needle, hay)
      if (d <= limit) return { c, score: d }
      if (needle.length >= 3 && hay.startsWith(needle)) return { c, score: limit + 0.5 }
      const hayWords = hay.split(/[^a-z0-9]+/)
      const shared = words.filter((w) => hayWords.some((h) => h.startsWith(w))).length
      // Word overlap ranks after every edit-distance match.
      return { c, score: words.length >= 2 && shared / words.length >= 0.75 ? limit + 2 - shared / words.length : Infinity }
    })
    .filter((x) => x.score !== Infinity)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c)
}

/** " (did you mean a, b?)" or "" when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const near = closest(input, candidates)
  return near.length ? ` (did you mean ${near.join(', ')}?)` : ''
}
