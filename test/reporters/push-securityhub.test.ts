import { afterEach, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mockClient } from 'aws-sdk-client-mock'
import { BatchImportFindingsCommand, SecurityHubClient, type AwsSecurityFinding, type BatchImportFindingsCommandInput } from '@aws-sdk/client-securityhub'
import { importFindings, pushCommand, type PushDeps } from '../../src/cli/commands/push.js'
import { UsageError } from '../../src/cli/errors.js'
import type { ScanReport } from '../../src/core/finding.js'
import { toAsff } from '../../src/reporters/asff.js'
import { fixtureReport } from './fixture.js'

const hub = mockClient(SecurityHubClient)
const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
const newClient = () => new SecurityHubClient({ region: 'eu-west-1', credentials: creds })

/** A report with `n` failed findings on distinct functions. */
function bigReport(n: number): ScanReport {
  const report = fixtureReport()
  const base = report.findings[0]!
  report.findings = Array.from({ length: n }, (_, i) => ({ ...base, resourceId: `fn-${i}`, resourceArn: `arn:aws:lambda:eu-west-1:111122223333:function:fn-${i}`, resourceName: `fn-${i}` }))
  return report
}

const sentIds = (call: number) => (hub.commandCalls(BatchImportFindingsCommand)[call]!.args[0].input as BatchImportFindingsCommandInput).Findings!.map((f) => f.Id!)

/** Answers each call: findings whose Id `rejects` returns true are listed in FailedFindings. */
function answerWith(rejects: (id: string, attempt: number) => boolean) {
  const attempts = new Map<string, number>()
  hub.on(BatchImportFindingsCommand).callsFake((input: BatchImportFindingsCommandInput) => {
    const failed = input.Findings!.filter((f) => {
      const n = (attempts.get(f.Id!) ?? 0) + 1
      attempts.set(f.Id!, n)
      return rejects(f.Id!, n)
    })
    return { SuccessCount: input.Findings!.length - failed.length, FailedCount: failed.length, FailedFindings: failed.map((f) => ({ Id: f.Id!, ErrorCode: 'InternalException', ErrorMessage: 'try again' })) }
  })
}

describe('importFindings (BatchImportFindings batching and resends)', () => {
  beforeEach(() => hub.reset())

  it('sends 250 findings as 100, 100 and 50', async () => {
    answerWith(() => false)
    const findings = toAsff(bigReport(250), [])
    const result = await importFindings(newClient(), findings, { sleep: async () => {} })
    const calls = hub.commandCalls(BatchImportFindingsCommand)
    assert.deepEqual(calls.map((c) => c.args[0].input.Findings!.length), [100, 100, 50])
    assert.deepEqual(result, { imported: 250, failed: [] })
    assert.deepEqual(calls.flatMap((_, i) => sentIds(i)), findings.map((f) => f.Id))
  })

  it('re-sends what Security Hub lists in FailedFindings, only those, after a pause', async () => {
    const findings = toAsff(bigReport(150), [])
    const flaky = new Set([findings[3]!.Id!, findings[120]!.Id!])
    answerWith((id, attempt) => flaky.has(id) && attempt === 1)
    const pauses: number[] = []
    const result = await importFindings(newClient(), findings, { sleep: async (ms) => void pauses.push(ms) })
    assert.equal(hub.commandCalls(BatchImportFindingsCommand).length, 3)
    assert.deepEqual(new Set(sentIds(2)), flaky)
    assert.deepEqual(pauses, [1000])
    assert.deepEqual(result, { imported: 150, failed: [] })
  })

  it('gives up after a bounded number of resends and returns what failed for good', async () => {
    const findings = toAsff(bigReport(5), [])
    const bad = findings[2]!.Id!
    answerWith((id) => id === bad)
    const pauses: number[] = []
    const result = await importFindings(newClient(), findings, { sleep: async (ms) => void pauses.push(ms) })
    assert.equal(hub.commandCalls(BatchImportFindingsCommand).length, 4, 'first send + 3 resends')
    assert.deepEqual(pauses, [1000, 2000, 4000])
    assert.equal(result.imported, 4)
    assert.deepEqual(result.failed, [{ Id: bad, ErrorCode: 'InternalException', ErrorMessage: 'try again' }])
  })

  it('stops when a call throws, counting the unsent findings as failed', async () => {
    const findings = toAsff(bigReport(250), [])
    hub
      .on(BatchImportFindingsCommand)
      .resolvesOnce({ SuccessCount: 100, FailedCount: 0, FailedFindings: [] })
      .rejectsOnce(Object.assign(new Error('Account is not subscribed to AWS Security Hub'), { name: 'InvalidAccessException' }))
    const result = await importFindings(newClient(), findings, { sleep: async () => {} })
    assert.equal(hub.commandCalls(BatchImportFindingsCommand).length, 2)
    assert.equal(result.imported, 100)
    assert.equal(result.failed.length, 150)
    assert.equal(result.failed[0]!.ErrorCode, 'InvalidAccessException')
    assert.match(result.aborted!, /^InvalidAccessException: Account is not subscribed/)
  })
})

describe('clearsky push securityhub', () => {
  let dir: string
  let out: string[]
  let err: string[]
  let exit: number | undefined
  beforeEach(() => {
    hub.reset()
    dir = mkdtempSync(join(tmpdir(), 'clearsky-push-'))
    out = []
    err = []
    exit = undefined
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const deps: PushDeps = { client: newClient, sleep: async () => {}, stdout: (l) => out.push(l), stderr: (l) => err.push(l) }
  async function push(content: unknown, ...args: string[]): Promise<void> {
    const file = join(dir, 'report.json')
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
    const cmd = pushCommand((c) => (exit = c), deps).exitOverride()
    await cmd.parseAsync(['securityhub', file, ...args], { from: 'user' })
  }

  it('imports a report and prints one line; exit 0', async () => {
    answerWith(() => false)
    await push(fixtureReport())
    assert.deepEqual(out, ['imported 13, failed 0 (Security Hub eu-west-1, account 111122223333)'])
    assert.deepEqual(err, [])
    assert.equal(exit, 0)
    const sent = hub.commandCalls(BatchImportFindingsCommand)[0]!.args[0].input.Findings as AwsSecurityFinding[]
    assert.equal(sent.length, 13)
    assert.ok(sent.every((f) => f.ProductArn === 'arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default'))
    assert.ok(sent.some((f) => f.Remediation === undefined), 'checks missing from the catalogue still import')
  })

  it('exits 1 and names the findings that failed for good', async () => {
    const bad = toAsff(fixtureReport(), [])[0]!.Id!
    answerWith((id) => id === bad)
    await push(fixtureReport())
    assert.deepEqual(out, ['imported 12, failed 1 (Security Hub eu-west-1, account 111122223333)'])
    assert.deepEqual(err, [`failed ${bad}: InternalException try again`])
    assert.equal(exit, 1)
  })

  it('rejects files that are not a clearsky JSON report, with a clear message', async () => {
    const cases: [unknown, RegExp][] = [
      ['{not json', /not valid JSON/],
      [[{ SchemaVersion: '2018-10-08' }], /JSON array \(ASFF or OCSF output\?\)/],
      [{ schemaVersion: 1, resources: {}, scope: { regions: [] } }, /inventory snapshot, not a report/],
      [{ ...fixtureReport(), schemaVersion: 99 }, /schema version 99 is not supported/],
      [{ ...fixtureReport(), findings: [{ ...fixtureReport().findings[0], severity: 'urgent' }] }, /findings\[0\]\.severity must be one of critical/],
    ]
    for (const [content, message] of cases) {
      await assert.rejects(push(content), (e: Error) => e instanceof UsageError && message.test(e.message) && e.message.includes('report.json'))
    }
    await assert.rejects(
      pushCommand(() => {}, deps).exitOverride().parseAsync(['securityhub', join(dir, 'missing.json')], { from: 'user' }),
      /missing\.json: cannot read \(no such file\)/,
    )
    assert.equal(hub.commandCalls(BatchImportFindingsCommand).length, 0)
  })

  it('needs --account-id for a report without an account (IaC), and uses it', async () => {
    const report = fixtureReport()
    report.scope = { kind: 'iac', regions: [], roots: ['.'] }
    report.findings = report.findings.filter((f) => f.location).map(({ accountId: _, ...f }) => f)
    await assert.rejects(push(report), /names no AWS account .*--account-id/)
    await assert.rejects(push(report, '--account-id', '12345'), /--account-id must be 12 digits/)
    answerWith(() => false)
    await push(report, '--account-id', '444455556666')
    assert.equal(exit, 0)
    const sent = hub.commandCalls(BatchImportFindingsCommand)[0]!.args[0].input.Findings!
    assert.ok(sent.every((f) => f.AwsAccountId === '444455556666' && f.ProductArn!.includes(':444455556666:product/444455556666/default')))
  })
})
