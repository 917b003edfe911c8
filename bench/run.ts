/**
 * `npm run bench`: the collection benchmark (scale account on the loopback server, AWS quotas,
 * 40 ms per call) and the evaluation benchmark (generated inventories through every check).
 * See bench/README.md for what each figure means.
 *
 *   npm run bench                                  everything, 3 runs per configuration
 *   npm run bench -- --only collect --runs 2
 *   npm run bench -- --only eval --sizes 10000,100000
 *   npm run bench -- --variants default,adaptive      compare configurations in one run
 *   npm run bench -- --only collect --throttle 0.05   also inject 5% throttling answers
 *   npm run bench -- --only checks --sizes 10000,40000 which checks grow faster than the inventory
 */
import { parseArgs } from 'node:util'
import { collectBench, describeVariant, type Variant } from './collect-bench.js'
import { checkScaling } from './check-scaling.js'
import { describeEval, evalBench } from './eval-bench.js'

const VARIANTS: Record<string, Variant> = {
  default: { name: 'default', description: 'every check of the catalogue, as `clearsky scan aws` runs them' },
  adaptive: {
    name: 'adaptive',
    description: "the SDK's adaptive retry mode (CLEARSKY_RETRY_MODE=adaptive), clearsky's default before it switched to standard",
    env: { CLEARSKY_RETRY_MODE: 'adaptive' },
  },
}

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    variants: { type: 'string', default: 'default' },
    sizes: { type: 'string', default: '10000,50000,100000' },
    functions: { type: 'string', default: '2000' },
    roles: { type: 'string', default: '500' },
    latency: { type: 'string', default: '40' },
    throttle: { type: 'string', default: '0' },
  },
})

const log = (line: string) => process.stderr.write(`${line}\n`)
const print = (text: string) => process.stdout.write(`${text}\n`)
const started = new Date()
print(`clearsky benchmark — ${started.toISOString()} — node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`)
print(`command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`)

if (values.only === undefined || values.only === 'collect') {
  const variants = values.variants.split(',').map((name) => {
    const v = VARIANTS[name]
    if (!v) throw new Error(`unknown variant '${name}' (known: ${Object.keys(VARIANTS).join(', ')})`)
    return v
  })
  const runs = await collectBench({ runs: Number(values.runs), variants, functions: Number(values.functions), roles: Number(values.roles), latencyMs: Number(values.latency), throttle: Number(values.throttle), log })
  const injected = Number(values.throttle) > 0 ? `, ${Number(values.throttle) * 100}% of calls answered with an injected throttling error` : ''
  print(`\n# Collection: ${values.functions} functions over 3 regions, ${values.roles} roles, ${values.latency} ms per call, AWS quotas enforced by the server${injected}`)
  for (const v of variants) print(`\n${describeVariant(v, runs.filter((r) => r.variant === v.name))}`)
}

if (values.only === undefined || values.only === 'eval') {
  const sizes = values.sizes.split(',').map(Number)
  const results = await evalBench({ sizes, runs: Number(values.runs), log })
  print(`\n# Evaluation alone: generated inventories through every check of the catalogue\n`)
  print(describeEval(results))
}

if (values.only === 'checks') {
  const [small = 10_000, large = 40_000] = values.sizes.split(',').map(Number)
  print(`\n# Growth of each check (each run alone)\n`)
  print(checkScaling([small, large]))
}
