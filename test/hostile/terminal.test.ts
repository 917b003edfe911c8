/**
 * Text from the scanned account or template (resource names, tags, policy text, file names,
 * error messages) reaches the terminal neutralised: no escape sequence, no control character,
 * no bidirectional override, no line break that could forge a line of the report. Through the
 * console reporter, and through the real CLI (scan snapshot, scan iac, and the one-line
 * errors of hostile snapshots: exit 2, no stack trace).
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { scan } from '../../src/core/engine.js'
import { renderConsole } from '../../src/reporters/console.js'
import { baseInventory } from './snapshot-fixture.js'

const REPO = join(import.meta.dirname, '..', '..')

/** Sequences a hostile string may carry: colours, screen clear, OSC 8 link and title, BEL, backspace, C1 CSI, bidi override, forged line. */
const HOSTILE = ['\u001b[31mred', '\u001b[2J\u001b[H', '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', '\u001b]0;title\u0007', 'a\bb', '\u009b31m', '\u202eevil\u202c', '\r\u2713 overwritten', '\n  \u2713 forged-check  arn:aws:lambda:forged']
const hostile = (i: number) => `name-${HOSTILE[i % HOSTILE.length]}-${i}`

/** What must never reach a terminal: C0 controls other than line feed and tab, DEL, C1, bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

function assertSafe(output: string, what: string): void {
  const m = UNSAFE.exec(output)
  assert.equal(m, null, `${what}: ${JSON.stringify(m?.[0])} at ${m?.index}: ${JSON.stringify(output.slice(Math.max(0, (m?.index ?? 0) - 40), (m?.index ?? 0) + 40))}`)
  // A forged line would start like a verdict line of the report.
  assert.doesNotMatch(output, /^\s*\u2713 forged-check/m, `${what}: a forged line`)
}

/** An inventory whose every text field an attacker controls is hostile. */
function hostileInventory() {
  const inv = baseInventory()
  let i = 0
  for (const items of Object.values(inv.resources)) {
    for (const r of items ?? []) {
      r.name = hostile(i++)
      r.tags = { [hostile(i++)]: hostile(i++) }
      r.unresolved = { [`tags.${hostile(i)}`]: hostile(i++) }
    }
  }
  const fn = inv.resources['lambda.function']![0]!
  fn.environment = { [hostile(i++)]: hostile(i++) }
  fn.runtime = hostile(i++)
  fn.policy!.Statement[0]!.Sid = hostile(i++)
  fn.layers = [{ arn: `arn:aws:lambda:us-east-1:999999999999:layer:${hostile(i++)}:1` }]
  inv.gaps.push({ resourceType: 'kms.key', region: hostile(i++), code: hostile(i++), message: hostile(i++) })
  inv.notes.push(hostile(i++))
  return inv
}

function run(args: string[], cwd = REPO): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/bin.ts'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      timeout: 60_000,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('terminal output of hostile text', () => {
  let dir: string
  before(() => (dir = mkdtempSync(join(tmpdir(), 'clearsky-hostile-term-'))))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('the console reporter neutralises names, tags, messages, reasons, gaps and notes', () => {
    const inv = hostileInventory()
    const report = scan(inv, CHECKS, { now: new Date('2026-11-27T00:00:00Z') })
    report.findings[0]!.muted = { reason: hostile(1000) }
    report.findings[1]!.location = { file: `${hostile(1001)}.yaml`, startLine: 3 }
    for (const verbose of [false, true]) {
      const out = renderConsole(report, { checks: CHECKS, verbose, color: false })
      assertSafe(out, `console (verbose ${verbose})`)
      assert.match(out, /\\u001b\[31mred/, 'the escape sequence is shown, made visible')
    }
    assertSafe(renderConsole(report, { checks: CHECKS, verbose: true, color: true }).replace(/\u001b\[[0-9;]*m/g, ''), 'console with colour (its own colours removed)')
  })

  it('the CLI: scan snapshot, scan iac and hostile snapshots', async () => {
    const snapshot = join(dir, 'hostile.json')
    writeFileSync(snapshot, JSON.stringify(hostileInventory()))
    const iac = join(dir, `iac-${'\u001b[31m'}dir`)
    mkdirSync(iac)
    writeFileSync(
      join(iac, `tmpl-\u001b]0;t\u0007.yaml`),
      `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      FunctionName: "evil\\e[2J\\u009b1m\\u202e"\n      Runtime: nodejs22.x\n      Handler: i.h\n      Role: arn:aws:iam::123456789012:role/r\n      Code: { ZipFile: x }\n      Tags: [{ Key: "k\\e[31m", Value: "v\\e]8;;http://x\\a" }]\n  Bad:\n    Type: [1\n`,
    )
    const wrongType = join(dir, 'wrong-type.json')
    const inv = baseInventory() as unknown as { resources: Record<string, Record<string, unknown>[]> }
    inv.resources['lambda.function']![0]!.name = '\u001b[2Jevil'
    inv.resources['lambda.function']![0]!.environment = 5
    writeFileSync(wrongType, JSON.stringify(inv))
    const badJson = join(dir, 'bad.json')
    writeFileSync(badJson, '{"schemaVersion": 1, "resources": {"\u001b[2J\u001b]0;x\u0007": [}\n')
    const deep = join(dir, 'deep.json')
    writeFileSync(deep, `{"schemaVersion": 1, "resources": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`)
    const badUtf8 = join(dir, 'utf8.json')
    writeFileSync(badUtf8, Buffer.concat([Buffer.from('{"schemaVersion": 1, "resources": {"'), Buffer.from([0xc3, 0x28]), Buffer.from('": []}}')]))

    const [snap, verbose, iacScan, ...refused] = await Promise.all([
      run(['scan', 'snapshot', snapshot, '--no-store', '--fail-on', 'none']),
      run(['scan', 'snapshot', snapshot, '--no-store', '--fail-on', 'none', '--verbose']),
      run(['scan', 'iac', iac, '--no-store', '--fail-on', 'none']),
      run(['scan', 'snapshot', wrongType, '--no-store']),
      run(['scan', 'snapshot', badJson, '--no-store']),
      run(['scan', 'snapshot', deep, '--no-store']),
      run(['scan', 'snapshot', badUtf8, '--no-store']),
    ])
    assert.equal(snap.code, 0, snap.stderr)
    assert.ok(snap.stdout.length > 100)
    for (const [what, r] of [['scan snapshot', snap], ['scan snapshot --verbose', verbose], ['scan iac', iacScan]] as const) {
      assertSafe(r.stdout, `${what} stdout`)
      assertSafe(r.stderr, `${what} stderr`)
    }
    assert.equal(iacScan.code, 2, 'a template error makes the exit code 2')
    for (const r of refused) {
      assert.equal(r.code, 2, r.stderr)
      assert.equal(r.stdout, '')
      const lines = r.stderr.split('\n').filter((l) => l.trim())
      assert.equal(lines.length, 1, r.stderr)
      assert.match(lines[0]!, /^clearsky: \/.*\.json: /)
      assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, 'no stack trace')
      assertSafe(r.stderr, 'refused snapshot stderr')
    }
    assert.match(refused[0]!.stderr, /resources\.lambda\.function\[0\] \("\\u001b\[2Jevil"\): environment must be an object of strings, not number 5/)
    assert.match(refused[1]!.stderr, /line 1, column \d+: not valid JSON/)
    assert.match(refused[2]!.stderr, /nested deeper than 100 levels/)
    assert.match(refused[3]!.stderr, /not valid UTF-8/)
  })
})
