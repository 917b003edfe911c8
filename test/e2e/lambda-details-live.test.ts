/**
 * End to end through the loopback AWS server (call log): a scan makes the per-function Lambda
 * calls its checks read and no others, `clearsky permissions` asks for exactly those, and a
 * snapshot collected for a few checks says what it lacks — fields no selected check read, and
 * queues looked up only where functions name them — so that evaluating it later with other
 * checks gives `unknown`, never a pass, for what was not collected.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.js'
import { cliInProcess, runCli, scratch } from '../reliability/support.js'
import { EU, FIXTURE_ACCOUNT, US } from './fixture-account.js'

interface Finding {
  checkId: string
  region: string
  resourceId: string
  resourceName: string
  status: string
  messageId: string
}

interface Report {
  findings: Finding[]
  notes: string[]
}

/** The five per-function calls of a full collection. */
const PER_FUNCTION = ['GetFunction', 'GetPolicy', 'GetFunctionUrlConfig', 'GetFunctionCodeSigningConfig', 'GetFunctionEventInvokeConfig']

const functionsIn = (region: string) => FIXTURE_ACCOUNT.regions[region]?.functions ?? []

const identity = (f: Finding) => `${f.checkId} ${f.region}/${f.resourceName} ${f.status}`

describe('e2e: per-function Lambda calls follow the selected checks', () => {
  let tmp: string
  let removeScratch: (() => void) | undefined
  let server: AwsServer
  let env: Record<string, string>
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Report

  before(async () => {
    const s = scratch('details-e2e')
    tmp = s.dir
    removeScratch = s.remove
    server = await startAwsServer({ account: FIXTURE_ACCOUNT })
    env = s.env(server, { CLEARSKY_DB: join(tmp, 'history.db') })
  })

  after(async () => {
    await server?.close()
    removeScratch?.()
  })

  it('scan aws --checks lambda-function-url-auth-required: ListFunctions, then GetFunctionUrlConfig once per function, nothing else from Lambda', async () => {
    server.calls.clear()
    const output = join(tmp, 'url.json')
    const r = await cliInProcess(['scan', 'aws', '--region', US, '--checks', 'lambda-function-url-auth-required', '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], env)
    assert.equal(r.code, 0, r.stderr)
    const lambda = server.calls.filter({ service: 'lambda' })
    const byOperation = new Map<string, number>()
    for (const c of lambda) byOperation.set(c.operation, (byOperation.get(c.operation) ?? 0) + 1)
    assert.deepEqual([...byOperation.keys()].sort(), ['GetFunctionUrlConfig', 'ListFunctions'])
    assert.equal(byOperation.get('GetFunctionUrlConfig'), functionsIn(US).length, 'one per function')
    // Every other service: who am I and which regions exist, nothing more.
    assert.deepEqual([...new Set(server.calls.records.filter((c) => c.service !== 'lambda').map((c) => c.operation))].sort(), ['DescribeRegions', 'GetCallerIdentity'])
    const report = read(output)
    assert.equal(report.findings.length, functionsIn(US).length)
    assert.ok(report.findings.some((f) => f.status === 'fail') && report.findings.some((f) => f.status === 'pass'))
    assert.ok(report.findings.every((f) => f.messageId !== 'unresolved'), 'the URL was fetched: no verdict is unknown')
    assert.ok(report.notes.some((n) => /^lambda\.function: tags, reservedConcurrency, policy, codeSigningConfigArn, eventInvokeConfig, eventSourceMappings not collected/.test(n)), report.notes.join('\n'))
  })

  it('a mutelist that matches on tags gets the tags fetched (GetFunction), so its rules still mute', async () => {
    const mutelist = join(tmp, 'mutelist.yaml')
    writeFileSync(mutelist, "- checks: [lambda-function-url-auth-required]\n  tags:\n    app: orders\n  reason: Public by design for this test.\n")
    server.calls.clear()
    const output = join(tmp, 'url-muted.json')
    const r = await cliInProcess(['scan', 'aws', '--region', US, '--checks', 'lambda-function-url-auth-required', '--mutelist', mutelist, '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], env)
    assert.equal(r.code, 0, r.stderr)
    const lambda = server.calls.filter({ service: 'lambda' })
    assert.deepEqual([...new Set(lambda.map((c) => c.operation))].sort(), ['GetFunction', 'GetFunctionUrlConfig', 'ListFunctions'])
    assert.equal(lambda.filter((c) => c.operation === 'GetFunction').length, functionsIn(US).length)
    const failing = (read(output).findings as (Finding & { muted?: unknown })[]).filter((f) => f.status === 'fail')
    assert.ok(failing.length > 0 && failing.every((f) => f.muted), 'every failing URL finding of a function tagged app=orders is muted')
  })

  it('a full scan still makes all five per-function calls', async () => {
    server.calls.clear()
    const output = join(tmp, 'full.json')
    const r = await cliInProcess(['scan', 'aws', '--region', EU, '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], env)
    assert.equal(r.code, 0, r.stderr)
    const lambda = server.calls.filter({ service: 'lambda', region: EU })
    const images = functionsIn(EU).filter((f) => f.packageType === 'Image').length
    for (const op of PER_FUNCTION) {
      const expected = functionsIn(EU).length - (op === 'GetFunctionCodeSigningConfig' ? images : 0)
      assert.equal(lambda.filter((c) => c.operation === op).length, expected, op)
    }
    assert.equal(lambda.filter((c) => c.operation === 'ListEventSourceMappings').length, 1)
    assert.ok(!read(output).notes.some((n) => n.startsWith('lambda.function:')), 'nothing left out')
  })

  it('clearsky permissions for that check asks for exactly what its scan called', async () => {
    // `permissions` prints to stdout: run the real bin in a child process.
    const [r, all] = await Promise.all([runCli(['permissions', '--checks', 'lambda-function-url-auth-required'], env), runCli(['permissions'], env)])
    assert.equal(r.code, 0, r.stderr)
    const actions = (JSON.parse(r.stdout) as { Statement: { Action: string[] }[] }).Statement[0]!.Action
    assert.deepEqual(actions, ['ec2:DescribeRegions', 'lambda:GetFunctionUrlConfig', 'lambda:ListFunctions', 'sts:GetCallerIdentity'])
    const full = (JSON.parse(all.stdout) as { Statement: { Action: string[] }[] }).Statement[0]!.Action
    for (const op of PER_FUNCTION) assert.ok(full.includes(`lambda:${op}`), op)
  })

  it('a snapshot collected for one check lacks the other details, says so, and gives unknown for checks that read them', async () => {
    const snapshot = join(tmp, 'url-snapshot.json')
    const c = await cliInProcess(['collect', 'aws', '--region', US, '--checks', 'lambda-function-url-auth-required', '--out', snapshot, '--quiet'], env)
    assert.equal(c.code, 0, c.stderr)
    const inv = JSON.parse(readFileSync(snapshot, 'utf8')) as { schemaVersion: number; partial?: { resourceType: string; kind: string; region?: string; fields?: string[] }[] }
    assert.equal(inv.schemaVersion, 3, 'it also leaves out every type other than functions (docs/snapshots.md)')
    assert.deepEqual(
      inv.partial?.map((p) => [p.resourceType, p.kind, p.region, p.fields]),
      [['lambda.function', 'fields', US, ['tags', 'reservedConcurrency', 'policy', 'codeSigningConfigArn', 'eventInvokeConfig', 'eventSourceMappings']]],
    )
    const output = join(tmp, 'policy-from-snapshot.json')
    const s = await cliInProcess(['scan', 'snapshot', snapshot, '--checks', 'lambda-resource-policy-not-public,lambda-function-url-auth-required', '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], env)
    assert.equal(s.code, 0, s.stderr)
    const report = read(output)
    const policy = report.findings.filter((f) => f.checkId === 'lambda-resource-policy-not-public')
    assert.equal(policy.length, functionsIn(US).length)
    assert.deepEqual([...new Set(policy.map((f) => `${f.status} ${f.messageId}`))], ['unknown unresolved'])
    const url = report.findings.filter((f) => f.checkId === 'lambda-function-url-auth-required')
    assert.deepEqual(url.map(identity).sort(), read(join(tmp, 'url.json')).findings.map(identity).sort(), 'the URL check reads what was collected')
    assert.ok(report.notes.some((n) => n.startsWith('lambda.function: tags')), report.notes.join('\n'))
  })

  it('queues looked up only where functions name them: a later SQS scan of that snapshot judges those and says the rest is unknown', async () => {
    const liveOutput = join(tmp, 'sqs-live.json')
    const live = await cliInProcess(['scan', 'aws', '--region', US, '--checks', 'sqs-queue-policy-not-public', '--format', 'json', '--output', liveOutput, '--no-store', '--fail-on', 'none'], env)
    assert.equal(live.code, 0, live.stderr)
    const every = read(liveOutput).findings

    const snapshot = join(tmp, 'dlq-snapshot.json')
    const c = await cliInProcess(['collect', 'aws', '--region', US, '--checks', 'lambda-dlq-alarm-configured', '--out', snapshot, '--quiet'], env)
    assert.equal(c.code, 0, c.stderr)
    const inv = JSON.parse(readFileSync(snapshot, 'utf8')) as { resources: { 'sqs.queue'?: { id: string }[] }; partial?: { resourceType: string; kind: string; lookedUp?: string[] }[] }
    const record = inv.partial?.find((p) => p.resourceType === 'sqs.queue')
    assert.equal(record?.kind, 'referenced-only')
    const present = new Set((inv.resources['sqs.queue'] ?? []).map((q) => q.id))
    assert.ok(present.size > 0, 'functions name some queues')
    assert.ok(every.some((f) => !present.has(f.resourceId)), 'and the account has queues no function names (else this test proves nothing)')

    const output = join(tmp, 'sqs-from-snapshot.json')
    const s = await cliInProcess(['scan', 'snapshot', snapshot, '--checks', 'sqs-queue-policy-not-public', '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], env)
    assert.equal(s.code, 0, s.stderr)
    const report = read(output)
    const perQueue = report.findings.filter((f) => f.messageId !== 'partial-collection')
    assert.deepEqual(perQueue.map(identity).sort(), every.filter((f) => present.has(f.resourceId)).map(identity).sort(), 'the queues present get the live verdicts')
    assert.deepEqual(
      report.findings.filter((f) => f.messageId === 'partial-collection').map((f) => `${f.region} ${f.status}`),
      [`${US} unknown`],
    )
    assert.ok(report.notes.some((n) => n.startsWith('sqs.queue collected only in part (us-east-1)')), report.notes.join('\n'))
  })
})
