/**
 * Broken and hostile templates: each gives a clear error for its own file with a position, the
 * other templates of the scan are still read, and nothing takes long.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadIac, DEFAULT_IAC_OPTIONS, type IacScan } from '../../src/sources/iac/load.js'

const GOOD = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs22.x, Handler: i.h, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
`

function aliasBomb(): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Metadata:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i)
    const name = String.fromCharCode(97 + i)
    lines.push(`  ${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
  }
  lines.push('Resources: {}')
  return lines.join('\n')
}

const CASES: Record<string, { text: string | (() => string); code: string; line?: number }> = {
  'malformed.yaml': { text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties: { Runtime: x ]\n    Metadata: {}\n`, code: 'YAML_SYNTAX', line: 5 },
  'malformed.json': { text: `{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Fn": { "Type": "AWS::SQS::Queue", }\n  }\n}\n`, code: 'JSON_SYNTAX', line: 4 },
  'unknown-tag.yaml': { text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Reff Name\n`, code: 'UNKNOWN_TAG', line: 6 },
  'circular.yaml': {
    text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt B.QueueName\n  B:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt A.QueueName\n`,
    code: 'CIRCULAR',
  },
  'alias-bomb.yaml': { text: aliasBomb, code: 'ALIAS_LIMIT' },
  'deep.yaml': { text: () => `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  x: ${'['.repeat(200)}${']'.repeat(200)}\nResources: {}\n`, code: 'TOO_DEEP', line: 3 },
  'huge.yaml': { text: () => `AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:\n  blob: "${'x'.repeat(5 * 1024 * 1024)}"\n`, code: 'TOO_LARGE' },
  'no-reason.yaml': { text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  # clearsky:ignore lambda-tracing-active\n  Q:\n    Type: AWS::SQS::Queue\n`, code: 'SUPPRESSION', line: 3 },
}

describe('bad input', () => {
  let dir: string
  let scan: IacScan
  let elapsed: number
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearsky-bad-'))
    writeFileSync(join(dir, 'good.yaml'), GOOD)
    for (const [name, c] of Object.entries(CASES)) writeFileSync(join(dir, name), typeof c.text === 'function' ? c.text() : c.text)
    const t = performance.now()
    scan = loadIac([dir], DEFAULT_IAC_OPTIONS)
    elapsed = performance.now() - t
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: ${c.code} for that file${c.line ? ` at line ${c.line}` : ''}`, () => {
      const errors = scan.errors.filter((e) => e.file.endsWith(name))
      assert.ok(errors.length >= 1, `no error for ${name}: ${JSON.stringify(scan.errors)}`)
      assert.equal(errors[0]!.code, c.code)
      assert.ok(errors[0]!.message.length > 10, 'a message a person can act on')
      if (c.line) assert.equal(errors[0]!.line, c.line)
      if (c.code !== 'TOO_LARGE') assert.ok(errors[0]!.line! >= 1, 'a position')
    })
  }
  it('the scan goes on: the good template is read', () => {
    const fns = scan.inventory.resources['lambda.function'] ?? []
    assert.equal(fns.length, 1)
    assert.ok(fns[0]!.id.endsWith('good.yaml#Fn'))
  })
  it('a circular template still resolves without hanging (the values become unresolved)', () => {
    const queues = (scan.inventory.resources['sqs.queue'] ?? []).filter((q) => q.id.includes('circular.yaml'))
    assert.equal(queues.length, 2)
    assert.ok(queues.every((q) => /circular/.test(q.unresolved?.['name'] ?? '')), JSON.stringify(queues.map((q) => [q.name, q.unresolved])))
  })
  it('in bounded time', () => assert.ok(elapsed < 5000, `${Math.round(elapsed)} ms`))
})
