/**
 * Ctrl-C during a live scan: the real CLI in a child process gets SIGINT while its calls are in
 * flight (the loopback server answers slowly), and must stop within a couple of seconds with
 * exit code 130, one line on stderr, and no report file, complete or partial.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { generateAccount, startAwsServer, type AwsServer } from '../aws-server/index.js'
import { scratch, spawnCli, until, type CliResult, type Scratch } from './support.js'

const PROMPT_MS = 2500

/** The server has received Lambda calls (and, at 3 s a call, not answered them yet). */
const lambdaInFlight = (server: AwsServer) => () => [...server.calls.peakInFlight.keys()].some((k) => k.startsWith('lambda:'))

describe('reliability: Ctrl-C during a scan', () => {
  let tmp: Scratch
  let server: AwsServer

  before(async () => {
    tmp = scratch('interrupt')
    // Lambda answers take 3 s, longer than the time allowed to stop: the CLI must not wait for them.
    server = await startAwsServer({ account: generateAccount({ functionsPerRegion: 200, regions: ['us-east-1', 'eu-west-1'], seed: 3 }), quotas: true, latency: (call) => (call.service === 'lambda' ? 3000 : 0) })
  })
  after(async () => {
    await server?.close()
    tmp?.remove()
  })

  async function interrupted(args: string[], output: string, when: () => boolean, what: string): Promise<CliResult> {
    const { child, done } = spawnCli(args, tmp.env(server))
    await until(when, 30_000, what)
    const sent = performance.now()
    child.kill('SIGINT')
    const r = await done
    const stopMs = performance.now() - sent
    assert.ok(stopMs < PROMPT_MS, `stopped ${Math.round(stopMs)} ms after SIGINT`)
    assert.equal(r.signal, null, r.stderr)
    assert.equal(r.code, 130, r.stderr)
    assert.equal(existsSync(output), false, 'no report file')
    assert.deepEqual(readdirSync(tmp.dir).filter((f) => f.includes('.partial')), [], 'no partial file left behind')
    // What the CLI says once interrupted: its two lines, no stack trace (whatever came before).
    const afterSignal = r.stderr.slice(r.stderr.indexOf('clearsky: interrupted'))
    assert.deepEqual(
      afterSignal.split('\n').filter((l) => l.trim()).map((l) => /^clearsky: interrupted/.test(l)),
      [true, true],
      r.stderr,
    )
    return r
  }

  it('scan aws: SIGINT while calls are in flight stops promptly with 130 and writes no report', async () => {
    server.calls.clear()
    const output = join(tmp.dir, 'report.json')
    await interrupted(['scan', 'aws', '--region', 'us-east-1', '--region', 'eu-west-1', '--format', 'json', '--output', output, '--no-store', '--quiet'], output, lambdaInFlight(server), 'Lambda calls in flight')
  })

  it('collect aws: SIGINT stops promptly with 130 and writes no snapshot', async () => {
    server.calls.clear()
    const output = join(tmp.dir, 'snapshot.json')
    await interrupted(['collect', 'aws', '--region', 'us-east-1', '--out', output, '--quiet'], output, lambdaInFlight(server), 'Lambda calls in flight')
  })
})
