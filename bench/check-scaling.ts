/**
 * Which checks grow faster than the inventory: every check of the catalogue run on its own at
 * two sizes, the slowest printed with their growth (time at the larger size ÷ time at the
 * smaller, against the size ratio). Run in this process, after a warm-up. Each check runs
 * `runs` times per size and the fastest counts: on a shared machine a single run of a check
 * that takes a few hundred milliseconds can be doubled by a garbage collection or another
 * process, which reads as growth that is not there.
 */
import { CHECKS } from '../src/checks/index.js'
import { runChecks } from '../src/core/engine.js'
import { generateInventory } from './generate-inventory.js'
import { table } from './stats.js'

export function checkScaling(sizes: readonly [number, number], top = 12, runs = 2): string {
  runChecks(generateInventory(300, 2), CHECKS)
  const ms = new Map<string, number[]>()
  for (const size of sizes) {
    const inv = generateInventory(size)
    for (const c of CHECKS) {
      let best = Infinity
      for (let i = 0; i < runs; i++) {
        const t = performance.now()
        runChecks(inv, [c])
        best = Math.min(best, performance.now() - t)
      }
      const list = ms.get(c.meta.id) ?? []
      list.push(best)
      ms.set(c.meta.id, list)
    }
  }
  const rows = [...ms].map(([id, [a, b]]) => ({ id, small: a!, large: b!, growth: b! / Math.max(a!, 1) })).sort((x, y) => y.large - x.large)
  const sum = (k: 'small' | 'large') => rows.reduce((n, r) => n + r[k], 0)
  return [
    `size ratio ${(sizes[1] / sizes[0]).toFixed(1)}; growth near it is linear; fastest of ${runs} runs per check and size`,
    table([
      ['check', `ms at ${sizes[0]}`, `ms at ${sizes[1]}`, 'growth'],
      ...rows.slice(0, top).map((r) => [r.id, r.small.toFixed(0), r.large.toFixed(0), r.growth.toFixed(1)]),
      ['all checks', sum('small').toFixed(0), sum('large').toFixed(0), (sum('large') / sum('small')).toFixed(1)],
    ]),
  ].join('\n')
}
