/** Small helpers to summarise repeated measurements on a noisy machine. */

export interface Spread {
  min: number
  median: number
  max: number
  n: number
}

export function spread(values: readonly number[]): Spread {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  const median = s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
  return { min: s[0] ?? NaN, median, max: s[s.length - 1] ?? NaN, n: s.length }
}

/** `12.3 s (11.9–13.0, n=3)` */
export function formatSpread(sp: Spread, unit = '', digits = 2): string {
  const f = (x: number) => x.toFixed(digits)
  return sp.n > 1 ? `${f(sp.median)}${unit} (${f(sp.min)}–${f(sp.max)}, n=${sp.n})` : `${f(sp.median)}${unit}`
}

/** Left-aligned text table. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n')
}
