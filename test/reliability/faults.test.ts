/**
 * A scan through a misbehaving AWS: the same account twice, once clean and once with seeded
 * faults on every call (10% throttling, 1% HTTP 500, 1% HTTP 503, 1% connection resets, 1%
 * answers that never come, past a client timeout shortened to keep the test quick). The real
 * CLI runs both scans in child processes at the same time, AWS's quotas enforced.
 *
 * The faulty scan must complete with exactly the clean scan's verdicts and exit code, and the
 * server's call log must show that every logical call (one SDK invocation id) was retried a
 * bounded number of times and ended with a real answer.
 *
 * Regions that are not opted in are covered by test/e2e/cli-live.test.ts ("skips a region the
 * account has not opted into, with a note").
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { startAwsServer, type AwsServer, type CallRecord } from '../aws-server/index.js'
import { COVERED_CHECKS, EU, FIXTURE_ACCOUNT, US } from '../e2e/fixture-account.js'
import { groupByInvocation, isRetryable, isThrottle } from '../../bench/call-stats.js'
import { clientSettingsFromEnv } from '../../src/sources/aws/clients.js'
import { readReport, runCli, scratch, verdicts, type CliResult, type Scratch } from './support.js'

const FAULTS = { throttle: 0.1, http500: 0.01, http503: 0.01, reset: 0.01, hang: 0.01 }
const TIMEOUT_MS = '1000'

describe('reliability: a scan through throttling, 5xx, resets and hangs', () => {
  let tmp: Scratch
  let clean: AwsServer
  let faulty: AwsServer
  let cleanRun: CliResult
  let faultyRun: CliResult
  const maxAttempts = clientSettingsFromEnv({}).maxAttempts

  before(async () => {
    tmp = scratch('faults')
    clean = await startAwsServer({ account: FIXTURE_ACCOUNT, quotas: true })
    faulty = await startAwsServer({ account: FIXTURE_ACCOUNT, quotas: true, seed: 20261127, faults: [FAULTS] })
    const scan = (server: AwsServer, out: string) =>
      runCli(
        // The checks the fixture account is designed for: every one has passing and failing resources there.
        ['scan', 'aws', '--region', US, '--region', EU, '--checks', COVERED_CHECKS.join(','), '--format', 'json', '--output', join(tmp.dir, out), '--no-store', '--quiet'],
        tmp.env(server, { CLEARSKY_REQUEST_TIMEOUT_MS: TIMEOUT_MS }),
        120_000,
      )
    ;[cleanRun, faultyRun] = await Promise.all([scan(clean, 'clean.json'), scan(faulty, 'faulty.json')])
  })

  after(async () => {
    await Promise.allSettled([clean?.close(), faulty?.close()])
    tmp?.remove()
  })

  it('the faults really happened: every kind, on several operations', () => {
    const injected = (kind: CallRecord['status'] | 'throttle', r: CallRecord) => r.cause === 'fault' && (kind === 'throttle' ? isThrottle(r) : r.status === kind)
    for (const kind of ['throttle', 500, 503, 'reset', 'hung'] as const) {
      assert.ok(faulty.calls.records.some((r) => injected(kind, r)), `no injected ${kind}`)
    }
    const faultedOperations = new Set(faulty.calls.records.filter((r) => r.cause === 'fault').map((r) => r.action))
    assert.ok(faultedOperations.size >= 5, [...faultedOperations].join(', '))
  })

  it('completes with exactly the clean run’s verdicts and exit code', (t) => {
    t.diagnostic(`clean scan ${Math.round(cleanRun.elapsedMs)} ms, faulty scan ${Math.round(faultyRun.elapsedMs)} ms`)
    assert.equal(cleanRun.code, 1, cleanRun.stderr)
    assert.equal(faultyRun.code, cleanRun.code, faultyRun.stderr)
    const a = readReport(join(tmp.dir, 'clean.json'))
    const b = readReport(join(tmp.dir, 'faulty.json'))
    // Gaps can only come from what the loopback server does not implement; faults add none.
    const gapIds = (r: typeof a) => r.gaps.map((g) => `${g.resourceType} ${g.region ?? '*'} ${g.code}`).sort()
    assert.deepEqual(gapIds(b), gapIds(a))
    const statuses = new Set(a.findings.map((f) => f.status))
    assert.ok(statuses.has('pass') && statuses.has('fail'), 'the clean run has passes and failures to compare')
    assert.deepEqual(verdicts(b), verdicts(a))
  })

  it('every logical call made at most maxAttempts attempts and ended with a real answer', () => {
    const invocations = groupByInvocation(faulty.calls.records)
    assert.ok(invocations.length > 100, `${invocations.length} logical calls`)
    assert.ok(faulty.calls.records.every((r) => r.invocationId !== undefined), 'the SDK sends amz-sdk-invocation-id on every attempt')
    const tooMany = invocations.filter((a) => a.length > maxAttempts).map((a) => `${a[0]!.action} ×${a.length}`)
    assert.deepEqual(tooMany, [])
    const retried = invocations.filter((a) => a.length > 1)
    assert.ok(retried.length > 0, 'some calls were retried')
    const failedForGood = invocations.filter((a) => isRetryable(a[a.length - 1]!)).map((a) => `${a[0]!.action}: ${a.map((r) => r.status).join(',')}`)
    assert.deepEqual(failedForGood, [])
    // Attempts are numbered 1..n without holes: no attempt went unlogged.
    for (const a of retried) assert.deepEqual(a.map((r) => r.attempt), a.map((_, i) => i + 1))
  })
})
