import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { pushCommand } from '../../src/cli/commands/push.js'
import { startAwsServer, type AwsServer, type FixtureAccount } from '../aws-server/index.js'
import { importedFindings } from '../aws-server/services/securityhub.js'
import { fixtureReport } from './fixture.js'

const ACCOUNT = '111122223333'

const exec = promisify(execFile)

/** The real CLI against the loopback AWS server: SigV4, REST-JSON, the SDK's retries, the exit code. */
describe('clearsky push securityhub against the loopback AWS server', () => {
  let server: AwsServer
  let account: FixtureAccount
  let dir: string
  const saved = { ...process.env }

  before(async () => {
    account = { accountId: ACCOUNT, regions: { 'eu-west-1': {} }, iam: { roles: [] } }
    server = await startAwsServer({ account, seed: 7 })
    dir = mkdtempSync(join(tmpdir(), 'clearsky-push-e2e-'))
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: 'AKIDE2ETEST',
      AWS_SECRET_ACCESS_KEY: 'not-a-secret',
      AWS_CONFIG_FILE: join(dir, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    })
    delete process.env.AWS_PROFILE
  })
  after(async () => {
    process.env = saved
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    server.calls.clear()
    server.setFaults([])
  })

  /** Runs the real CLI in a child process (the environment points the SDK at the server). */
  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { env: process.env })
      return { code: 0, stdout, stderr }
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string }
      if (typeof e.code !== 'number') throw err
      return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
    }
  }

  /** Runs the push command in this process, with no pause between resends. */
  async function push(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    let code = -1
    const out: string[] = []
    const err: string[] = []
    const cmd = pushCommand((c) => (code = c), { sleep: async () => {}, stdout: (l) => out.push(l), stderr: (l) => err.push(l) }).exitOverride()
    await cmd.parseAsync(['securityhub', ...args], { from: 'user' })
    return { code, out, err }
  }

  function reportFile(n: number): string {
    const report = fixtureReport()
    const base = report.findings[0]!
    report.findings = Array.from({ length: n }, (_, i) => ({ ...base, resourceId: `fn-${i}`, resourceArn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:fn-${i}`, resourceName: `fn-${i}` }))
    const file = join(dir, `report-${n}.json`)
    writeFileSync(file, JSON.stringify(report))
    return file
  }

  it('imports 250 findings in three calls and Security Hub holds them all', async () => {
    const { code, stdout, stderr } = await cli(['push', 'securityhub', reportFile(250), '--region', 'eu-west-1'])
    assert.equal(stderr, '')
    assert.equal(stdout, `imported 250, failed 0 (Security Hub eu-west-1, account ${ACCOUNT})\n`)
    assert.equal(code, 0)
    assert.equal(server.calls.records.filter((c) => c.operation === 'BatchImportFindings' && c.status === 200).length, 3)
    const held = importedFindings(account, 'eu-west-1')
    assert.ok(held.length >= 250)
    assert.ok(held.every((f) => f.ProductArn === `arn:aws:securityhub:eu-west-1:${ACCOUNT}:product/${ACCOUNT}/default`))
  })

  it('imports the fixture report, every status and the hostile strings included', async () => {
    const file = join(dir, 'fixture.json')
    writeFileSync(file, JSON.stringify(fixtureReport()))
    const { code, out } = await push([file, '--region', 'eu-west-1'])
    assert.deepEqual(out, [`imported 13, failed 0 (Security Hub eu-west-1, account ${ACCOUNT})`])
    assert.equal(code, 0)
    const suppressed = importedFindings(account, 'eu-west-1').filter((f) => (f.Workflow as { Status?: string } | undefined)?.Status === 'SUPPRESSED')
    assert.equal(suppressed.length, 1)
  })

  it('rides out server errors with the SDK retries', async () => {
    server.setFaults([{ http500: 0.4, match: { service: 'securityhub' } }])
    const { code, out } = await push([reportFile(120), '--region', 'eu-west-1'])
    assert.deepEqual(out, [`imported 120, failed 0 (Security Hub eu-west-1, account ${ACCOUNT})`])
    assert.equal(code, 0)
    const calls = server.calls.records.filter((c) => c.operation === 'BatchImportFindings')
    assert.ok(calls.some((c) => c.status === 500), 'the fault plan injected at least one 500')
    assert.equal(calls.filter((c) => c.status === 200).length, 2)
  })

  it('exits 1 when Security Hub rejects findings for good, after re-sending them', async () => {
    const report = fixtureReport()
    report.findings[0]!.accountId = '999999999999'
    const file = join(dir, 'foreign.json')
    writeFileSync(file, JSON.stringify(report))
    const { code, out, err } = await push([file, '--region', 'eu-west-1'])
    assert.equal(code, 1)
    assert.deepEqual(out, [`imported 12, failed 1 (Security Hub eu-west-1, account ${ACCOUNT})`])
    assert.match(err[0]!, /^failed clearsky\/lambda-function-public-policy\/[0-9a-f]{32}: AccessDeniedException Caller is not allowed to import findings for account 999999999999$/)
    assert.equal(server.calls.records.filter((c) => c.operation === 'BatchImportFindings').length, 4, 'one call, then three resends of the rejected finding')
  })

  it('exits 2 with one line for a file that is not a report', async () => {
    const file = join(dir, 'not-a-report.json')
    writeFileSync(file, '[]')
    const { code, stderr } = await cli(['push', 'securityhub', file, '--region', 'eu-west-1'])
    assert.equal(code, 2)
    assert.match(stderr, /^clearsky: .*not-a-report\.json: not a clearsky JSON report: it is a JSON array/)
    assert.equal(server.calls.records.length, 0)
  })
})
