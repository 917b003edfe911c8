import { describe, it, before } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFile } from 'node:child_process'
import { emptyInventory, addResources } from '../../src/core/inventory.js'
import { lambdaFunction, iamRole } from '../factories/index.js'

const dir = mkdtempSync(join(tmpdir(), 'clearsky-cli-history-'))
const db = join(dir, 'h.db')

/** Runs the real CLI in a child process (its stdout must not mix with the test runner's). */
function cli(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args, '--db', db], { env: { ...process.env, NO_COLOR: '1' } }, (err, stdout) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout })
    })
  })
}

function snapshot(name: string, runtime: string, secret: string): string {
  const inv = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1'] })
  addResources(inv, 'lambda.function', [lambdaFunction({ runtime, environment: { API_TOKEN: secret } })])
  addResources(inv, 'iam.role', [iamRole()])
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(inv))
  return file
}

describe('history, diff, baseline and drift from the CLI', () => {
  const a = snapshot('a.json', 'nodejs22.x', 'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
  const b = snapshot('b.json', 'python3.9', 'ghp_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')
  before(async () => {
    assert.equal((await cli(['scan', 'snapshot', a, '--fail-on', 'none', '-q', '-f', 'json', '-o', join(dir, 'r1.json')])).code, 0)
    assert.equal((await cli(['scan', 'snapshot', b, '--fail-on', 'none', '-q', '-f', 'json', '-o', join(dir, 'r2.json')])).code, 0)
  })
  it('history lists both scans', async () => {
    const { code, out } = await cli(['history', '--json'])
    assert.equal(code, 0)
    assert.deepEqual((JSON.parse(out) as { id: number }[]).map((s) => s.id), [2, 1])
  })
  it('diff reports the runtime and env drift, in JSON and Markdown', async () => {
    const { out } = await cli(['diff', '-f', 'json'])
    const parsed = JSON.parse(out) as { drift: { fields: { field: string }[] }[] }
    assert.deepEqual(parsed.drift[0]!.fields.map((f) => f.field).sort(), ['environment.API_TOKEN', 'runtime'])
    const md = (await cli(['diff', '1', '2', '-f', 'markdown'])).out
    assert.match(md, /runtime: nodejs22\.x → python3\.9/)
  })
  it('drift exits 1 on drift, 0 once the newest scan is the baseline', async () => {
    assert.equal((await cli(['drift'])).code, 1)
    assert.equal((await cli(['baseline', 'set'])).code, 0)
    assert.equal((await cli(['drift', '--baseline'])).code, 0)
  })
  it('bad ids and empty stores give one-line usage errors (exit 2)', async () => {
    assert.equal((await cli(['diff', '1', 'nope'])).code, 2)
    assert.equal((await cli(['diff', '1', '99'])).code, 2)
  })
  it('the HTML report of a stored scan charts the trend of its scope', async () => {
    const html = join(dir, 'r3.html')
    assert.equal((await cli(['scan', 'snapshot', b, '--fail-on', 'none', '-q', '-f', 'html', '-o', html])).code, 0)
    const page = readFileSync(html, 'utf8')
    assert.match(page, /Open findings over time/)
    assert.match(page, /#1: \d+, #2: \d+, #3: \d+/)
    const once = join(dir, 'r4.html')
    await cli(['scan', 'snapshot', b, '--fail-on', 'none', '-q', '--no-store', '-f', 'html', '-o', once])
    assert.doesNotMatch(readFileSync(once, 'utf8'), /Open findings over time/)
  })
  it('IaC scans are stored too, with their roots as the scope', async () => {
    assert.equal((await cli(['scan', 'iac', 'examples/sam', '--fail-on', 'none', '-q', '-f', 'json', '-o', join(dir, 'iac.json')])).code, 0)
    const { out } = await cli(['history', '--json', '--limit', '1'])
    assert.equal((JSON.parse(out) as { scopeKey: string }[])[0]!.scopeKey, 'iac:examples/sam')
  })
  it('the database file holds no secret value', () => {
    const bytes = readFileSync(db)
    assert.equal(bytes.includes('ghp_aaaaaaaa'), false)
    assert.equal(bytes.includes('ghp_bbbbbbbb'), false)
  })
})
