/**
 * Hostile snapshots: wrong types in every field, broken JSON and UTF-8, deep nesting, huge
 * strings. Each is either refused with one line naming the file and the place (field path, or
 * line and column), or loaded and evaluated by every check without a check failing, in
 * bounded time. Inputs are generated from a seeded PRNG, in bounded number.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { runChecks } from '../../src/core/engine.js'
import { readSnapshot, SnapshotError, validateInventory } from '../../src/core/snapshot.js'
import { createPrng } from '../aws-server/prng.js'
import { baseInventory, getAt, jsonPaths, setAt } from './snapshot-fixture.js'

const NOW = new Date('2026-11-27T00:00:00Z')
const WRONG: unknown[] = [5, 'x', [], {}, null, true, [5], { a: 5 }]

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v
}

/** A SnapshotError message fit for a terminal: one line, no control characters. */
function assertOneCleanLine(message: string): void {
  assert.doesNotMatch(message, /[\u0000-\u001f\u007f-\u009f]/, JSON.stringify(message))
}

function errorOf(fn: () => unknown): SnapshotError | undefined {
  try {
    fn()
    return undefined
  } catch (err) {
    if (err instanceof SnapshotError) return err
    throw err
  }
}

describe('hostile snapshots', () => {
  let dir: string
  before(() => (dir = mkdtempSync(join(tmpdir(), 'clearsky-hostile-snapshot-'))))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('the base snapshot loads, and every check evaluates it without an error', () => {
    const inv = validateInventory(JSON.parse(JSON.stringify(baseInventory())), 'base.json')
    const errors = runChecks(inv, CHECKS, { now: NOW }).filter((f) => f.status === 'error')
    assert.deepEqual(errors.map((f) => `${f.checkId}: ${f.reason}`), [])
  })

  it('a wrong type in any field is refused naming the field, or loads and crashes no check', () => {
    const prng = createPrng(20261127)
    const base = baseInventory()
    const cases: { type: string; path: (string | number)[]; value: unknown }[] = []
    for (const [type, items] of Object.entries(base.resources)) {
      for (const path of jsonPaths(items![0], 6)) {
        const original = getAt(items![0], path)
        for (const value of WRONG) if (kind(value) !== kind(original)) cases.push({ type, path, value })
      }
    }
    // Bounded: a seeded sample when there are more cases than that.
    const sample = cases.length <= 1500 ? cases : cases.filter(() => prng.chance(1500 / cases.length))
    assert.ok(sample.length > 500, `${sample.length} cases`)
    let refused = 0
    const crashes: string[] = []
    const started = performance.now()
    for (const c of sample) {
      const data = JSON.parse(JSON.stringify(base)) as Record<string, unknown>
      setAt((data.resources as Record<string, unknown[]>)[c.type]![0], c.path, c.value)
      const where = `${c.type} ${c.path.join('.')} = ${JSON.stringify(c.value)}`
      const err = errorOf(() => validateInventory(data, 'hostile.json'))
      if (err) {
        refused++
        assertOneCleanLine(err.message)
        assert.ok(err.message.startsWith('hostile.json: '), err.message)
        assert.ok(err.message.includes(`resources.${c.type}[0]`), `${where}: ${err.message}`)
        // The field named is the one broken, or the list or object it sits in.
        const named = /\): (\S+) must be|\]: (\S+) must be/.exec(err.message)
        const field = named?.[1] ?? named?.[2] ?? ''
        assert.ok(c.path.join('.').startsWith(field), `${where}: names ${field} (${err.message})`)
        continue
      }
      const inv = validateInventory(data, 'hostile.json')
      for (const f of runChecks(inv, CHECKS, { now: NOW })) if (f.status === 'error') crashes.push(`${where}: ${f.checkId}: ${f.reason}`)
    }
    assert.deepEqual(crashes, [])
    assert.ok(refused > sample.length / 2, `${refused} of ${sample.length} refused`)
    assert.ok(performance.now() - started < 20_000, `${Math.round(performance.now() - started)} ms`)
  })

  it('fields a check reads get their type checked: the classic cases', () => {
    const cases: [string, string, unknown][] = [
      ['lambda.function', 'environment', 5],
      ['lambda.function', 'vpc', 'x'],
      ['lambda.function', 'policy', []],
      ['lambda.function', 'layers', {}],
      ['lambda.function', 'url', { authType: 'MAYBE' }],
      ['iam.role', 'inlinePolicies', [{ name: 'p', document: { Statement: {} } }]],
      ['ec2.security-group', 'egress', [{ protocol: '-1', ipv4Ranges: '0.0.0.0/0', ipv6Ranges: [], securityGroupIds: [], prefixListIds: [] }]],
      ['cloudwatch.alarm', 'actionsEnabled', 'yes'],
    ]
    for (const [type, field, value] of cases) {
      const data = JSON.parse(JSON.stringify(baseInventory())) as { resources: Record<string, Record<string, unknown>[]> }
      data.resources[type]![0]![field] = value
      const err = errorOf(() => validateInventory(data, 'x.json'))
      assert.ok(err, `${type}.${field} = ${JSON.stringify(value)} was accepted`)
      assert.match(err.message, new RegExp(`^x\\.json: resources\\.${type.replace('.', '\\.')}\\[0\\] \\("[^"]*"\\): ${field}(\\.\\S+)? must be `))
    }
  })

  it('broken JSON: every syntax error is reported with its line and column, in a clean line', () => {
    const prng = createPrng(7)
    const text = JSON.stringify(baseInventory(), null, 2)
    const file = join(dir, 'broken.json')
    let syntax = 0
    for (let n = 0; n < 150; n++) {
      const at = prng.int(text.length)
      const mutation = prng.pick(['cut', 'flip', 'insert'])
      const bad =
        mutation === 'cut' ? text.slice(0, at) : mutation === 'flip' ? text.slice(0, at) + prng.pick(['}', ']', ',', ':', '"', '\u001b[31m', '\n', 'x', '\\']) + text.slice(at + 1) : text.slice(0, at) + prng.pick(['{', '[', ',,', '\u0007', '"\n"']) + text.slice(at)
      writeFileSync(file, bad)
      const err = errorOf(() => readSnapshot(file))
      if (!err) continue // some mutations still give a valid snapshot
      assertOneCleanLine(err.message)
      assert.ok(err.message.startsWith(`${file}: `), err.message)
      if (/not valid JSON/.test(err.message)) {
        syntax++
        const m = /: line (\d+), column (\d+): not valid JSON/.exec(err.message)
        assert.ok(m, err.message)
        assert.ok(Number(m[1]) <= bad.split('\n').length, err.message)
      }
    }
    assert.ok(syntax > 75, `${syntax} syntax errors`)
  })

  it('the position of a JSON syntax error is the right one', () => {
    const file = join(dir, 'pos.json')
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "resources": {\n    "x": [1, 2,, 3]\n  }\n}\n')
    assert.match(errorOf(() => readSnapshot(file))!.message, /: line 4, column 16: not valid JSON \(expected a value, found ','\)$/)
    writeFileSync(file, '{"a": "\u001b[2J\u001b[31m}')
    const err = errorOf(() => readSnapshot(file))!
    assert.match(err.message, /line 1, column 8: not valid JSON \(control character '\\u001b' inside a string/)
    assertOneCleanLine(err.message)
  })

  it('invalid UTF-8 is refused with its line', () => {
    const prng = createPrng(11)
    const text = Buffer.from(JSON.stringify(baseInventory(), null, 2))
    const file = join(dir, 'utf8.json')
    for (const bad of [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf]]) {
      // Inside a string value, where a JSON parser would otherwise take it.
      const quote = text.indexOf('"name"', prng.int(text.length / 2))
      const at = text.indexOf('"', quote + 7) + 1
      writeFileSync(file, Buffer.concat([text.subarray(0, at), Buffer.from(bad), text.subarray(at)]))
      const err = errorOf(() => readSnapshot(file))
      assert.ok(err, `bytes ${bad} accepted`)
      const line = text.subarray(0, at).toString().split('\n').length
      assert.match(err.message, new RegExp(`: line ${line}, column \\d+: not valid UTF-8 \\(byte ${at} is 0x`), err.message)
    }
  })

  it('deep nesting is refused before parsing, quickly', () => {
    const file = join(dir, 'deep.json')
    const inv = baseInventory() as unknown as Record<string, unknown>
    const text = JSON.stringify(inv).replace('"Condition":{', `"Condition":{"Deep":${'['.repeat(200_000)}${']'.repeat(200_000)},`)
    writeFileSync(file, text)
    const t = performance.now()
    const err = errorOf(() => readSnapshot(file))
    assert.match(err?.message ?? '', /: line 1, column \d+: nested deeper than 100 levels$/)
    assert.ok(performance.now() - t < 2000)
  })

  it('huge strings load and every check evaluates them in bounded time', () => {
    const inv = baseInventory()
    const fn = inv.resources['lambda.function']![0]!
    fn.name = `big-${'n'.repeat(2_000_000)}`
    fn.environment = { BIG: 'v'.repeat(5_000_000), TOKEN: 'A1b2'.repeat(1_000_000) }
    fn.policy!.Statement[0]!.Resource = `arn:aws:lambda:*${'*a'.repeat(50_000)}`
    fn.tags = { ['k'.repeat(100_000)]: 'v'.repeat(1_000_000) }
    const file = join(dir, 'huge.json')
    writeFileSync(file, JSON.stringify(inv))
    const t = performance.now()
    const loaded = readSnapshot(file)
    const findings = runChecks(loaded, CHECKS, { now: NOW })
    const ms = performance.now() - t
    assert.deepEqual(findings.filter((f) => f.status === 'error').map((f) => `${f.checkId}: ${f.reason}`), [])
    assert.ok(ms < 15_000, `${Math.round(ms)} ms`)
  })

  it('not an object, wrong envelope, unknown types and names with escape sequences: one clean line', () => {
    const file = join(dir, 'envelope.json')
    const cases: unknown[] = [
      [],
      'snapshot',
      { schemaVersion: 1 },
      { schemaVersion: '1', resources: {} },
      { schemaVersion: 1, scope: { kind: 'aws', regions: [5] }, resources: {} },
      { schemaVersion: 1, scope: { kind: 'aws', regions: [] }, resources: { 'evil.\u001b[31mtype': [] } },
      { schemaVersion: 1, scope: { kind: 'aws', regions: [] }, resources: { 'lambda.function': [{ id: 'a', name: '\u001b]8;;http://x\u0007click\u001b]8;;\u0007', region: 'r', environment: 1 }] } },
      { schemaVersion: 1, scope: { kind: 'aws', regions: [] }, resources: {}, gaps: [{ resourceType: 'lambda.function', code: 'X', region: 5, message: 'm' }] },
    ]
    for (const c of cases) {
      writeFileSync(file, JSON.stringify(c))
      const err = errorOf(() => readSnapshot(file))
      assert.ok(err, JSON.stringify(c))
      assertOneCleanLine(err.message)
    }
  })
})
