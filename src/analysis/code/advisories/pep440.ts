/**
 * PEP 440 version ordering (the PyPI ecosystem): epochs, release segments compared as numbers
 * with trailing zeros ignored, then development releases < pre-releases (a < b < rc) < the final
 * release < post-releases, and local versions after the public version they label.
 */

/** A parsed PEP 440 version. */
export interface Pep440 {
  epoch: number
  release: number[]
  pre?: [number, number]
  post?: number
  dev?: number
  local?: (number | string)[]
}

const VERSION =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i

const PRE_RANK: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 }

/** Parses a PEP 440 version (with the spec's normalizations), or undefined when it is not one. */
export function parsePep440(text: string): Pep440 | undefined {
  const m = VERSION.exec(text)
  if (!m) return undefined
  const release = m[2]!.split('.').map(Number)
  while (release.length > 1 && release[release.length - 1] === 0) release.pop()
  const v: Pep440 = { epoch: m[1] ? Number(m[1]) : 0, release }
  if (m[3]) v.pre = [PRE_RANK[m[3].toLowerCase()]!, Number(m[4] ?? 0)]
  if (m[5] !== undefined) v.post = Number(m[5])
  else if (m[6]) v.post = Number(m[7] ?? 0)
  if (m[8]) v.dev = Number(m[9] ?? 0)
  if (m[10]) v.local = m[10].toLowerCase().split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s))
  return v
}

function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function cmpRelease(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] ?? 0, b[i] ?? 0)
    if (c) return c
  }
  return 0
}

// A dev release of a final version sorts before its pre-releases: 1.0.dev1 < 1.0a1.
function preKey(v: Pep440): [number, number] {
  if (!v.pre && v.post === undefined && v.dev !== undefined) return [-Infinity, 0]
  return v.pre ?? [Infinity, 0]
}

function cmpLocal(a: Pep440['local'], b: Pep440['local']): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return cmp(x, y)
    } else if (typeof x === 'number' || typeof y === 'number') return typeof x === 'number' ? 1 : -1
    else if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** Orders two parsed versions: negative, zero or positive. */
export function comparePep440(a: Pep440, b: Pep440): number {
  const [ap, an] = preKey(a)
  const [bp, bn] = preKey(b)
  return (
    cmp(a.epoch, b.epoch) ||
    cmpRelease(a.release, b.release) ||
    cmp(ap, bp) ||
    cmp(an, bn) ||
    cmp(a.post ?? -Infinity, b.post ?? -Infinity) ||
    cmp(a.dev ?? Infinity, b.dev ?? Infinity) ||
    cmpLocal(a.local, b.local)
  )
}
