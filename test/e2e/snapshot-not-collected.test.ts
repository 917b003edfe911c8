/**
 * End to end through the loopback AWS server: a snapshot collected for one check records the
 * resource types it collected, and `scan snapshot` with every check takes each other type as
 * unknown, never as empty. So no verdict of it passes or fails on the absence of alarms,
 * trails, roles … that were simply not collected: every pass and fail it gives is one the live
 * scan gives too. A snapshot collected for every check still evaluates exactly as the live scan.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { RESOURCE_TYPES, type ResourceType } from '../../src/model/resource-types.js'
import { startAwsServer, type AwsServer } from '../aws-server/index.js'
import { cliInProcess, scratch } from '../reliability/support.js'
import { FIXTURE_ACCOUNT, US } from './fixture-account.js'

interface Finding {
  checkId: string
  region: string
  resourceId: string
  subject?: string
  status: string
  messageId: string
  reason?: string
}

interface Report {
  findings: Finding[]
  gaps: { resourceType: string; region?: string; code: string; message: string }[]
  notes: string[]
}

interface Snapshot {
  schemaVersion: number
  collected?: { region?: string; resourceTypes: string[] }[]
  resources: Record<string, unknown[]>
}

const NARROW_CHECK = 'lambda-function-url-auth-required'

/** A verdict's identity, status included: nothing rendered. */
const identity = (f: Finding) => `${f.checkId} ${f.region} ${f.resourceId} ${f.subject ?? ''} ${f.status} ${f.messageId}`
const decided = (f: Finding) => f.status === 'pass' || f.status === 'fail'

/** The members of `part` (a multiset) missing from `whole`. */
function notIn(part: readonly string[], whole: readonly string[]): string[] {
  const left = new Map<string, number>()
  for (const x of whole) left.set(x, (left.get(x) ?? 0) + 1)
  const out: string[] = []
  for (const x of part) {
    const n = left.get(x) ?? 0
    if (n > 0) left.set(x, n - 1)
    else out.push(x)
  }
  return out
}

describe('e2e: a snapshot collected for one check, evaluated with every check', () => {
  let tmp: string
  let removeScratch: (() => void) | undefined
  let server: AwsServer
  let env: Record<string, string>
  let live: Report
  let narrow: Snapshot
  let fromNarrow: Report
  const read = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T
  const scanSnapshot = async (snapshot: string, output: string) => {
    const s = await cliInProcess(['scan', 'snapshot', snapshot, '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], env)
    assert.equal(s.code, 0, s.stderr)
    return read<Report>(output)
  }

  before(async () => {
    const s = scratch('not-collected-e2e')
    tmp = s.dir
    removeScratch = s.remove
    server = await startAwsServer({ account: FIXTURE_ACCOUNT })
    env = s.env(server, { CLEARSKY_DB: join(tmp, 'history.db') })
    const liveOutput = join(tmp, 'live.json')
    const l = await cliInProcess(['scan', 'aws', '--region', US, '--format', 'json', '--output', liveOutput, '--no-store', '--fail-on', 'none'], env)
    assert.equal(l.code, 0, l.stderr)
    live = read<Report>(liveOutput)
    const snapshot = join(tmp, 'narrow.json')
    const c = await cliInProcess(['collect', 'aws', '--region', US, '--checks', NARROW_CHECK, '--out', snapshot], env)
    assert.equal(c.code, 0, c.stderr)
    assert.match(c.stderr, /wrote \d+ resources of 1 resource type\(s\) the selected checks need/)
    narrow = read<Snapshot>(snapshot)
    fromNarrow = await scanSnapshot(snapshot, join(tmp, 'from-narrow.json'))
  })

  after(async () => {
    await server?.close()
    removeScratch?.()
  })

  it('the snapshot records the types it collected, and is version 3 so that older readers refuse it', () => {
    assert.equal(narrow.schemaVersion, 3)
    assert.deepEqual(narrow.collected, [{ resourceTypes: ['lambda.function'] }])
  })

  it('a check over a type that was not collected gives one unknown saying so, never nothing', () => {
    const collected = new Set(narrow.collected!.flatMap((c) => c.resourceTypes))
    const over = CHECKS.filter((c) => !collected.has(c.meta.resourceType))
    assert.ok(over.length > 100, 'most of the catalogue is over other types')
    for (const check of over) {
      const fs = fromNarrow.findings.filter((f) => f.checkId === check.meta.id)
      // Global types (IAM, the account) are gapped under `global`, regional ones in every region.
      const where = RESOURCE_TYPES[check.meta.resourceType as ResourceType].scope === 'global' ? 'global' : '*'
      assert.deepEqual(
        fs.map((f) => [f.resourceId, f.status, f.messageId]),
        [[`${check.meta.resourceType}:${where}:*`, 'unknown', 'inventory-gap']],
        check.meta.id,
      )
      assert.match(fs[0]!.reason ?? '', /^NotCollected: .*`clearsky collect aws --checks [a-z0-9-]+/, check.meta.id)
    }
    assert.ok(fromNarrow.gaps.length > 0)
    assert.ok(fromNarrow.gaps.every((g) => g.code === 'NotCollected' && (g.region === undefined || g.region === 'global') && !collected.has(g.resourceType)))
    assert.ok(fromNarrow.notes.some((n) => n.startsWith('resource types not collected into this snapshot')), fromNarrow.notes.join('\n'))
    assert.ok(fromNarrow.notes.some((n) => /selected check\(s\) could not run/.test(n)), fromNarrow.notes.join('\n'))
  })

  it('no verdict passes or fails on absence: every pass and fail is one the live scan gives too', () => {
    const mine = fromNarrow.findings.filter(decided).map(identity)
    assert.ok(mine.length > 0, 'the functions are still judged')
    assert.deepEqual(notIn(mine, live.findings.map(identity)), [])
  })

  it('verdicts that join to an uncollected type are unknown where the live scan decided them', () => {
    const liveDecided = new Map(live.findings.filter(decided).map((f) => [`${f.checkId} ${f.resourceId} ${f.subject ?? ''}`, f]))
    const turned = fromNarrow.findings.filter(
      (f) => f.status === 'unknown' && f.messageId === 'unresolved' && /not listed \(NotCollected\)/.test(f.reason ?? '') && liveDecided.has(`${f.checkId} ${f.resourceId} ${f.subject ?? ''}`),
    )
    // Function checks that look up alarms, log groups, roles, queues … (else this proves nothing).
    assert.ok(turned.length >= 10, `${turned.length} joined verdicts became unknown`)
    assert.ok(fromNarrow.notes.some((n) => /join to a type that was not collected/.test(n)), fromNarrow.notes.join('\n'))
  })

  it('without the record (a snapshot from before it existed) the same file gives verdicts on absence, with a note', async () => {
    const old = join(tmp, 'old.json')
    writeFileSync(old, JSON.stringify({ ...narrow, schemaVersion: 2, collected: undefined }))
    const report = await scanSnapshot(old, join(tmp, 'from-old.json'))
    // The hole this closes: decided verdicts the live scan does not give.
    assert.ok(notIn(report.findings.filter(decided).map(identity), live.findings.map(identity)).length > 0)
    assert.ok(report.notes.some((n) => /does not record which resource types were collected/.test(n)), report.notes.join('\n'))
  })

  it('a snapshot collected for every check records every type, keeps version 1 and evaluates exactly as the live scan', async () => {
    const snapshot = join(tmp, 'full.json')
    // Secrets unmasked: masking changes a secret finding's message id, not its verdict.
    const c = await cliInProcess(['collect', 'aws', '--region', US, '--include-secrets', '--out', snapshot, '--quiet'], env)
    assert.equal(c.code, 0, c.stderr)
    const full = read<Snapshot>(snapshot)
    assert.equal(full.schemaVersion, 1)
    const types = new Set(full.collected?.flatMap((r) => r.resourceTypes))
    for (const check of CHECKS) assert.ok(types.has(check.meta.resourceType), check.meta.id)
    const report = await scanSnapshot(snapshot, join(tmp, 'from-full.json'))
    assert.deepEqual(report.findings.map(identity).sort(), live.findings.map(identity).sort())
    assert.ok(!report.gaps.some((g) => g.code === 'NotCollected'))
  })
})
