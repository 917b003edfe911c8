/**
 * The loopback AWS server in its own process, so that its work and memory do not count against
 * the scanner's. Started with `fork` by bench/run.ts; speaks over IPC:
 *   → { url }                              once listening
 *   ← 'stats'   → { stats: CallStats }     the call log since the last 'stats'
 *   ← 'close'                              shuts down and exits
 */
import { startAwsServer } from '../test/aws-server/index.js'
import { callStats } from './call-stats.js'
import { scaleAccount } from './scale-account.js'

const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 40)
const functions = Number(process.env.BENCH_FUNCTIONS ?? 2000)
const roles = Number(process.env.BENCH_ROLES ?? 500)

// Optional share of calls answered with an injected throttling error (on top of the quotas).
const throttle = Number(process.env.BENCH_THROTTLE ?? 0)

// BENCH_QUOTAS=0 turns AWS's quotas off (tests that scale the client's rates up).
const quotas = process.env.BENCH_QUOTAS !== '0'

const server = await startAwsServer({ account: scaleAccount({ functions, roles }), latency: latencyMs, quotas, seed: 7, ...(throttle > 0 ? { faults: [{ throttle }] } : {}) })
process.send!({ url: server.url })

process.on('message', (msg) => {
  if (msg === 'stats') {
    const stats = callStats(server.calls.records, server.calls.nonReads(), server.calls.peakInFlight)
    server.calls.clear()
    process.send!({ stats })
  } else if (msg === 'close') {
    void server.close().then(() => process.exit(0))
  }
})
