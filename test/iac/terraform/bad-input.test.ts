/**
 * Broken and hostile Terraform input: each bad file gives a clear error for that file with its
 * position, the other files of the scan are still read, and nothing takes long.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadIac, DEFAULT_IAC_OPTIONS, type IacScan } from '../../../src/sources/iac/load.js'
import { loadTerraform } from './snippets.js'

const GOOD = 'resource "aws_sqs_queue" "ok" {\n  name = "ok"\n}\n'

function deepPlan(): string {
  let v = '"x"'
  for (let i = 0; i < 150; i++) v = `[${v}]`
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', planned_values: { root_module: { resources: [{ address: 'aws_sqs_queue.deep', mode: 'managed', type: 'aws_sqs_queue', name: 'deep', values: { name: 'deep', tags: JSON.parse(v) } }] } } })
}

/** A large but legitimate plan: one queue whose policy is a multi-megabyte document. */
function bigPlan(): string {
  const statements = Array.from({ length: 40_000 }, (_, i) => ({ Sid: `s${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::123456789012:role/r${i}` }, Action: 'sqs:SendMessage', Resource: '*' }))
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: statements })
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', planned_values: { root_module: { resources: [{ address: 'aws_sqs_queue.big', mode: 'managed', type: 'aws_sqs_queue', name: 'big', values: { name: 'big', policy } }] } } })
}

// Directory → file → contents. Each directory is one Terraform module.
const FILES: Record<string, string | (() => string)> = {
  'good/main.tf': GOOD,
  'syntax/main.tf': 'resource "aws_sqs_queue" "q" {\n  name = \n}\n',
  'syntax/other.tf': 'resource "aws_sns_topic" "still_read" {\n  name = "t"\n}\n',
  'string/main.tf': 'locals {\n  a = "never closed\n}\n',
  'deep/main.tf': () => `locals {\n  x = ${'['.repeat(300)}${']'.repeat(300)}\n}\n`,
  'huge/main.tf': () => `locals {\n  blob = "${'x'.repeat(5 * 1024 * 1024)}"\n}\n`,
  'plans/broken.json': '{\n  "format_version": "1.2",\n  "terraform_version": "1.9.8",\n  "planned_values": { "root_module": { "resources": [ } }\n}\n',
  'plans/deep.json': deepPlan,
  'plans/not-a-plan.json': '{ "format_version": "1.0", "terraform_version": "1.9.8", "something_else": true }\n',
  'plans/big.json': bigPlan,
  'dup/main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "a"\n}\nresource "aws_sqs_queue" "q" {\n  name = "b"\n}\n',
}

const EXPECT: { file: string; code: string; line?: number }[] = [
  { file: 'syntax/main.tf', code: 'HCL_SYNTAX', line: 2 },
  { file: 'string/main.tf', code: 'HCL_SYNTAX', line: 2 },
  { file: 'deep/main.tf', code: 'TOO_DEEP', line: 2 },
  { file: 'huge/main.tf', code: 'TOO_LARGE' },
  { file: 'plans/broken.json', code: 'JSON_SYNTAX', line: 4 },
  { file: 'plans/deep.json', code: 'TOO_DEEP', line: 1 },
  { file: 'plans/not-a-plan.json', code: 'NOT_A_PLAN', line: 1 },
  { file: 'dup/main.tf', code: 'DUPLICATE', line: 4 },
]

describe('bad Terraform input', () => {
  let dir: string
  let scan: IacScan
  let elapsed: number
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearsky-tf-bad-'))
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), typeof text === 'function' ? text() : text)
    }
    const t = performance.now()
    scan = loadIac([dir], DEFAULT_IAC_OPTIONS)
    elapsed = performance.now() - t
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  for (const e of EXPECT) {
    it(`${e.file}: ${e.code}${e.line ? ` at line ${e.line}` : ''}`, () => {
      const errors = scan.errors.filter((x) => x.file.endsWith(e.file))
      assert.ok(errors.length >= 1, `no error for ${e.file}: ${JSON.stringify(scan.errors)}`)
      assert.equal(errors[0]!.code, e.code)
      assert.ok(errors[0]!.message.length > 10, 'a message a person can act on')
      if (e.line) assert.equal(errors[0]!.line, e.line)
    })
  }
  it("HashiCorp's own wording for syntax errors, with a column", () => {
    const e = scan.errors.find((x) => x.file.endsWith('syntax/main.tf'))!
    assert.match(e.message, /expression/i)
    assert.ok(e.column && e.column > 1)
  })
  it('the scan goes on: good files, the other file of a module with a broken one, and a multi-megabyte plan are read', () => {
    const queues = (scan.inventory.resources['sqs.queue'] ?? []).map((q) => q.name).sort()
    // Terraform refuses a module that declares a resource twice; the first declaration is still read.
    assert.deepEqual(queues, ['a', 'big', 'ok'])
    assert.deepEqual((scan.inventory.resources['sns.topic'] ?? []).map((t) => t.name), ['t'])
    const big = scan.inventory.resources['sqs.queue']!.find((q) => q.name === 'big')!
    assert.equal(big.policy?.Statement.length, 40_000)
  })
  it('in bounded time', () => assert.ok(elapsed < 15_000, `${Math.round(elapsed)} ms`))
})

describe('hostile expressions', () => {
  it('nested loops over large ranges and backtracking regular expressions end quickly as unknown values', () => {
    const t = performance.now()
    const scan = loadTerraform(`locals {
  grid = [for x in range(10000) : [for y in range(10000) : y]]
  text = "%{for x in range(10000)}%{for y in range(10000)}z%{endfor}%{endfor}"
  re   = replace("${'a'.repeat(40)}!", "/(a+)+$/", "")
}
resource "aws_sqs_queue" "q" {
  name = "q"
  tags = { grid = length(local.grid), text = local.text, re = local.re }
}
`)
    const q = scan.inventory.resources['sqs.queue']![0]!
    assert.equal(q.name, 'q', 'the rest of the resource is read')
    assert.match(q.unresolved?.tags ?? '', /evaluation work|not evaluated/)
    assert.ok(performance.now() - t < 10_000)
  })
})
