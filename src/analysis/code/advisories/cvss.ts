/**
 * CVSS v3.0/v3.1 base score from a vector string (`CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`),
 * with the qualitative rating FIRST's specification assigns to it. Used when an advisory gives
 * a vector but no severity word.
 */

const AV: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 }
const AC: Record<string, number> = { L: 0.77, H: 0.44 }
const UI: Record<string, number> = { N: 0.85, R: 0.62 }
const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 }

/** The specification's Roundup: the smallest one-decimal number not below the input, robust to floating point. */
function roundUp(x: number): number {
  const n = Math.round(x * 100000)
  return n % 10000 === 0 ? n / 100000 : (Math.floor(n / 10000) + 1) / 10
}

/** Base score 0.0–10.0, or undefined when the vector is not a complete CVSS v3 base vector. */
export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector)) return undefined
  const m = Object.fromEntries(vector.split('/').slice(1).map((p) => p.split(':') as [string, string]))
  const scopeChanged = m['S'] === 'C'
  if (m['S'] !== 'U' && !scopeChanged) return undefined
  const pr = scopeChanged ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 }
  const av = AV[m['AV'] ?? '']
  const ac = AC[m['AC'] ?? '']
  const p = pr[m['PR'] as 'N' | 'L' | 'H']
  const ui = UI[m['UI'] ?? '']
  const c = CIA[m['C'] ?? '']
  const i = CIA[m['I'] ?? '']
  const a = CIA[m['A'] ?? '']
  if ([av, ac, p, ui, c, i, a].some((x) => x === undefined)) return undefined
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!)
  const impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss
  const exploitability = 8.22 * av! * ac! * p! * ui!
  if (impact <= 0) return 0
  return roundUp(Math.min((scopeChanged ? 1.08 : 1) * (impact + exploitability), 10))
}

/** NONE, LOW, MEDIUM, HIGH or CRITICAL. */
export function cvssRating(score: number): string {
  if (score === 0) return 'NONE'
  if (score < 4) return 'LOW'
  if (score < 7) return 'MEDIUM'
  if (score < 9) return 'HIGH'
  return 'CRITICAL'
}
