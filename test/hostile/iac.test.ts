/**
 * Hostile infrastructure-as-code through the real readers (CloudFormation/SAM, serverless.yml,
 * Terraform HCL and plan JSON): the example projects with values of the wrong type, broken
 * syntax, control characters and invalid UTF-8, YAML alias bombs of several shapes, deep
 * nesting and huge strings, all generated from a seeded PRNG. Every bad file gets an error
 * naming it (with a line where the problem has one), no reader crashes (no INTERNAL error),
 * every check evaluates what the readers produced without failing, and it all takes seconds.
 * test/iac/bad-input.test.ts covers one case of each kind with exact codes and lines.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { runChecks } from '../../src/core/engine.js'
import { DEFAULT_IAC_OPTIONS, loadIac, type IacScan } from '../../src/sources/iac/load.js'
import { createPrng, type Prng } from '../aws-server/prng.js'

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples')
const NOW = new Date('2026-11-27T00:00:00Z')

/** Codes of errors that are about a place in the text: they must say which line. */
const POSITIONED = new Set(['YAML_SYNTAX', 'JSON_SYNTAX', 'HCL_SYNTAX', 'UNKNOWN_TAG', 'DUPLICATE_KEY', 'TOO_DEEP'])

const WRONG_VALUES = ['5', '[]', '{}', 'null', '[[[[1]]]]', '{a: {b: [1, {c: 2}]}}', 'true', '"\\u001b[31mred"', '-1e309', "'*'"]

/** Replaces the value of one `key: value` line of a YAML document with a value of another type. */
function wrongTypeYaml(text: string, prng: Prng): string {
  const lines = text.split('\n')
  const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s+[A-Za-z][\w-]*:\s*\S/.test(l) && !/^\s*#/.test(l))
  const [line, i] = prng.pick(candidates)
  lines[i] = line.replace(/:\s*\S.*$/, `: ${prng.pick(WRONG_VALUES)}`)
  return lines.join('\n')
}

/** Replaces the value of one `name = value` line of HCL with a value of another type. */
function wrongTypeHcl(text: string, prng: Prng): string {
  const lines = text.split('\n')
  const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s+\w+\s*=\s*\S/.test(l))
  const [line, i] = prng.pick(candidates)
  lines[i] = line.replace(/=\s*\S.*$/, `= ${prng.pick(['5', '[]', '{}', 'null', 'true', '[[[1]]]', '{ a = { b = [1] } }', '"\\u001b[31m"'])}`)
  return lines.join('\n')
}

/** Replaces one value somewhere in a JSON document with a value of another type. */
function wrongTypeJson(text: string, prng: Prng): string {
  const doc = JSON.parse(text) as unknown
  const paths: { parent: Record<string | number, unknown>; key: string | number }[] = []
  const walk = (v: unknown, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return
    for (const [k, child] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
      paths.push({ parent: v as Record<string | number, unknown>, key: k })
      walk(child, depth + 1)
    }
  }
  walk(doc, 0)
  const p = prng.pick(paths)
  p.parent[p.key] = prng.pick<unknown>([5, 'x', [], {}, null, true, [[[1]]], { a: [{ b: 1 }] }])
  return JSON.stringify(doc, null, 2)
}

/** Breaks the syntax: a cut, a stray character, a control character or invalid UTF-8. */
function brokenText(text: string, prng: Prng): Buffer {
  const at = prng.int(text.length)
  const kind = prng.int(4)
  if (kind === 0) return Buffer.from(text.slice(0, at))
  if (kind === 1) return Buffer.from(text.slice(0, at) + prng.pick(['{', '[', ']', '}', ':', '"', "'", '!Ref', '&x', '*x', '<<: *x', '\t', '${', '%{']) + text.slice(at))
  if (kind === 2) return Buffer.from(text.slice(0, at) + prng.pick(['\u0000', '\u001b[2J', '\u0007', '\u202e']) + text.slice(at))
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(prng.pick([[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80]])), Buffer.from(text.slice(at))])
}

function aliasBombs(): Record<string, string> {
  const levels = (prefix: string, item: (prev: string) => string) => {
    const lines = [`  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`]
    for (let i = 1; i < 10; i++) lines.push(`  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} ${item(String.fromCharCode(96 + i))}`)
    return `${prefix}\n${lines.join('\n')}\n`
  }
  const cfn = "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:"
  const sls = 'service: bomb\nprovider:\n  name: aws\n  runtime: nodejs20.x\ncustom:'
  return {
    'cfn-sequence.yaml': levels(cfn, (p) => `[${Array(9).fill(`*${p}`).join(',')}]`),
    'cfn-mapping.yaml': levels(cfn, (p) => `{${Array.from({ length: 9 }, (_, k) => `k${k}: *${p}`).join(', ')}}`),
    'cfn-merge.yaml': levels(cfn, (p) => `{<<: *${p}, ${Array.from({ length: 9 }, (_, k) => `m${k}: *${p}`).join(', ')}}`),
    'sls-sequence/serverless.yml': levels(sls, (p) => `[${Array(9).fill(`*${p}`).join(',')}]`),
    'sls-variables/serverless.yml': `${sls}\n${Array.from({ length: 30 }, (_, i) => `  v${i}: \${self:custom.v${i + 1}}\${self:custom.v${i + 1}}`).join('\n')}\n  v30: x\nfunctions:\n  f:\n    handler: h.h\n    environment:\n      X: \${self:custom.v0}\n`,
    'sls-cycle/serverless.yml': `${sls}\n  a: \${self:custom.b}\n  b: \${self:custom.a}\nfunctions:\n  f:\n    handler: h.h\n    environment:\n      X: \${self:custom.a}\n`,
  }
}

interface Variant {
  /** Path under the root of the file that was made hostile. */
  file: string
  what: string
}

describe('hostile infrastructure-as-code', () => {
  let root: string
  let scan: IacScan
  let elapsed: number
  const variants: Variant[] = []

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'clearsky-hostile-iac-'))
    const prng = createPrng(1234)
    const sam = readFileSync(join(EXAMPLES, 'sam', 'template.yaml'), 'utf8')
    const sls = readFileSync(join(EXAMPLES, 'serverless', 'serverless.yml'), 'utf8')
    const tfDir = join(EXAMPLES, 'terraform')
    const tfFiles = readdirSync(tfDir).filter((f) => f.endsWith('.tf'))
    const plan = readFileSync(join(tfDir, 'plan.json'), 'utf8')
    let n = 0
    const add = (rel: string, content: string | Buffer, what: string) => {
      const path = join(root, `v${String(n++).padStart(3, '0')}`, rel)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, content)
      variants.push({ file: path, what })
    }
    for (let i = 0; i < 16; i++) add('template.yaml', wrongTypeYaml(sam, prng), 'SAM, a value of the wrong type')
    for (let i = 0; i < 10; i++) add('template.yaml', brokenText(sam, prng), 'SAM, broken text')
    for (let i = 0; i < 12; i++) add('serverless.yml', wrongTypeYaml(sls, prng), 'serverless.yml, a value of the wrong type')
    for (let i = 0; i < 8; i++) add('serverless.yml', brokenText(sls, prng), 'serverless.yml, broken text')
    for (let i = 0; i < 9; i++) {
      // A Terraform module is a directory: the other files stay as they are.
      const file = prng.pick(tfFiles)
      const dir = join(root, `v${String(n).padStart(3, '0')}`)
      cpSync(tfDir, dir, { recursive: true, filter: (src) => !src.endsWith('plan.json') })
      const text = readFileSync(join(tfDir, file), 'utf8')
      add(file, i % 3 === 2 ? brokenText(text, prng) : wrongTypeHcl(text, prng), `Terraform ${file}, ${i % 3 === 2 ? 'broken text' : 'a value of the wrong type'}`)
    }
    for (let i = 0; i < 10; i++) add('plan.json', i % 2 ? brokenText(plan, prng) : wrongTypeJson(plan, prng), `Terraform plan, ${i % 2 ? 'broken text' : 'a value of the wrong type'}`)
    for (const [rel, text] of Object.entries(aliasBombs())) add(rel, text, `alias bomb ${rel}`)
    const deep = 100_000
    add('deep.yaml', `AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:\n  x: ${'['.repeat(deep)}${']'.repeat(deep)}\n`, 'deep YAML flow nesting')
    // 1,000 levels: deeper block nesting would pass the 2 MB size limit (indentation grows with depth).
    add('deep-block.yaml', `AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n')} x\n`, 'deep YAML block nesting')
    add('deep.json', `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}, "Metadata": ${'['.repeat(deep)}${']'.repeat(deep)}}`, 'deep JSON nesting')
    add('main.tf', `locals {\n  x = ${'['.repeat(deep)}${']'.repeat(deep)}\n}\n`, 'deep HCL nesting')
    add('serverless.yml', `service: deep\nprovider:\n  name: aws\ncustom:\n  x: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`, 'deep serverless.yml nesting')
    const big = 'x'.repeat(1_500_000)
    add('template.yaml', sam.replace(/Description: .*/, `Description: "${big}"`), 'a 1.5 MB string')
    add('huge-names.yaml', `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  ${'F'.repeat(200_000)}:\n    Type: AWS::Lambda::Function\n    Properties:\n      FunctionName: "${'n\\u001b'.repeat(100_000)}"\n      Runtime: nodejs22.x\n      Handler: i.h\n      Role: arn:aws:iam::123456789012:role/r\n      Code: { ZipFile: x }\n`, 'huge names')
    const t = performance.now()
    scan = loadIac([root], DEFAULT_IAC_OPTIONS)
    elapsed = performance.now() - t
  })
  after(() => rmSync(root, { recursive: true, force: true }))

  it('no reader crashes: no INTERNAL error, and every error names its file', () => {
    assert.deepEqual(scan.errors.filter((e) => e.code === 'INTERNAL').map((e) => `${relative(root, e.file)}: ${e.message.split('\n')[0]}`), [])
    for (const e of scan.errors) {
      assert.ok(e.file.startsWith(root), `${e.file}: ${e.code}`)
      assert.ok(e.message.length > 5, `${e.file}: ${e.code}: ${e.message}`)
      if (POSITIONED.has(e.code)) assert.ok((e.line ?? 0) >= 1, `${relative(root, e.file)} ${e.code} without a line: ${e.message}`)
    }
  })

  it('error messages are one line without control characters', () => {
    const dirty = scan.errors.filter((e) => /[\u0000-\u001f\u007f-\u009f]/.test(e.message)).map((e) => `${relative(root, e.file)} ${e.code}: ${JSON.stringify(e.message.slice(0, 120))}`)
    assert.deepEqual(dirty, [])
  })

  it('every broken-syntax, alias-bomb and deep file gets an error for itself', () => {
    const errored = new Set(scan.errors.map((e) => e.file))
    const expected = variants.filter((v) => /alias bomb cfn|deep|invalid UTF-8/.test(v.what))
    const missing = expected.filter((v) => !errored.has(v.file)).map((v) => `${relative(root, v.file)} (${v.what})`)
    assert.deepEqual(missing, [])
    for (const v of variants.filter((x) => /alias bomb cfn/.test(x.what))) {
      const e = scan.errors.find((x) => x.file === v.file)
      assert.match(e?.code ?? '', /ALIAS_LIMIT|TOO_DEEP|YAML_SYNTAX/, `${v.what}: ${e?.code} ${e?.message}`)
    }
    for (const v of variants.filter((x) => /^deep /.test(x.what))) {
      const e = scan.errors.find((x) => x.file === v.file)
      assert.equal(e?.code, 'TOO_DEEP', `${v.what}: ${e?.code} ${e?.message}`)
    }
  })

  it('every check evaluates what the readers produced without failing', () => {
    assert.ok((scan.inventory.resources['lambda.function']?.length ?? 0) > 50, 'most variants still give resources')
    const failed = runChecks(scan.inventory, CHECKS, { now: NOW })
      .filter((f) => f.status === 'error')
      .map((f) => `${f.checkId} ${f.resourceId.slice(root.length, root.length + 60)}: ${f.reason}`)
    assert.deepEqual([...new Set(failed)].slice(0, 10), [])
  })

  it(`in bounded time`, () => assert.ok(elapsed < 20_000, `${Math.round(elapsed)} ms for ${variants.length} hostile files`))
})

/** `text` with the nesting opened at `marker` replaced by `depth` levels of `open`/`close` around `inner`. */
function nest(open: string, close: string, depth: number, inner: string): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`
}

/**
 * Deep nesting in every IaC syntax, one file each: a TOO_DEEP error naming the file, the line
 * and the column where the nesting passed the limit (not a stack overflow reported as a syntax
 * error), in bounded time and memory, whatever the depth: just past the limit or 100,000 levels.
 */
describe('hostile infrastructure-as-code: deep nesting is TOO_DEEP, with its place', () => {
  const plan = readFileSync(join(EXAMPLES, 'terraform', 'plan.json'), 'utf8')
  const CFN_JSON = (meta: string) => `{"AWSTemplateFormatVersion": "2010-09-09",\n"Resources": {"Q": {"Type": "AWS::SQS::Queue"}},\n"Metadata": ${meta}}`
  const CFN_YAML = (meta: string) => `AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:\n  x: ${meta}\n`
  const SLS = (custom: string) => `service: deep\nprovider:\n  name: aws\n  runtime: nodejs20.x\ncustom:\n${custom}\nfunctions:\n  f:\n    handler: h.h\n`
  const block = (depth: number, indentFrom: number, item: (i: number) => string) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i + indentFrom)}${item(i)}`).join('\n')
  /** file → [content, the line the error must name]. */
  const cases = (depth: number): Record<string, [string, number]> => ({
    'json-arrays/template.json': [CFN_JSON(nest('[', ']', depth, '1')), 3],
    'json-objects/template.json': [CFN_JSON(nest('{"a":', '}', depth, '1')), 3],
    'json-mixed/template.json': [CFN_JSON(nest('[{"a":', '}]', depth, '1')), 3],
    'yaml-flow-seq/template.yaml': [CFN_YAML(nest('[', ']', depth, '1')), 4],
    'yaml-flow-map/template.yaml': [CFN_YAML(nest('{a: ', '}', depth, '1')), 4],
    'yaml-compact-seq/template.yaml': [`AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:\n  x:\n    ${'- '.repeat(depth)}1\n`, 5],
    'yaml-block-map/template.yaml': [`AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:\n${block(Math.min(depth, 1000), 2, (i) => `k${i}:`)} x\n`, 3 + 101],
    'yaml-block-seq/template.yaml': [`AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nMetadata:\n  x:\n${block(Math.min(depth, 1000), 2, () => '-')} 1\n`, 4 + 100],
    'sls-flow/serverless.yml': [SLS(`  x: ${nest('{a: ', '}', depth, '1')}`), 6],
    'sls-block/serverless.yml': [SLS(block(Math.min(depth, 1000), 2, (i) => `k${i}:`) + ' x'), 5 + 101],
    'tf-tuple/main.tf': [`locals {\n  x = ${nest('[', ']', depth, '1')}\n}\n`, 2],
    'tf-object/main.tf': [`locals {\n  x = ${nest('{ a = ', ' }', depth, '1')}\n}\n`, 2],
    // The resource's body is the first level: the 100th nested block passes the limit.
    'tf-blocks/main.tf': [`resource "aws_s3_bucket" "b" {\n${block(Math.min(depth, 1000), 0, (i) => `dynamic "d${i}" {`)}\n${'}\n'.repeat(Math.min(depth, 1000))}}\n`, 100],
    'tf-json-arrays/main.tf.json': [`{\n"locals": {"x": ${nest('[', ']', depth, '1')}}}\n`, 2],
    'tf-json-blocks/main.tf.json': [`{\n"resource": {"aws_s3_bucket": {"b": ${nest('{"a":', '}', depth, '1')}}}}\n`, 2],
    // At the end: discovery recognises a plan by what its first kilobytes hold.
    'plan/plan.json': [`${plan.trimEnd().slice(0, -1)},\n"deep": ${nest('[', ']', depth, '1')}}`, plan.trimEnd().split('\n').length + 1],
  })

  for (const depth of [151, 100_000]) {
    it(`${depth.toLocaleString('en')} levels: every syntax gives TOO_DEEP at the line where the limit was passed`, () => {
      const root = mkdtempSync(join(tmpdir(), 'clearsky-hostile-deep-'))
      try {
        const expected = cases(depth)
        for (const [rel, [text]] of Object.entries(expected)) {
          mkdirSync(join(root, rel, '..'), { recursive: true })
          writeFileSync(join(root, rel), text)
        }
        const heapBefore = process.memoryUsage().heapUsed
        const started = performance.now()
        const scan = loadIac([root], DEFAULT_IAC_OPTIONS)
        const elapsed = performance.now() - started
        const got = Object.fromEntries(scan.errors.map((e) => [relative(root, e.file), `${e.code} line ${e.line} ${e.column ? 'with column' : 'no column'}`]))
        const want = Object.fromEntries(Object.entries(expected).map(([rel, [, line]]) => [rel, `TOO_DEEP line ${line} with column`]))
        assert.deepEqual(got, want)
        assert.ok(elapsed < 5_000, `${Math.round(elapsed)} ms`)
        assert.ok(process.memoryUsage().heapUsed - heapBefore < 200 * 1024 * 1024, 'heap grew by more than 200 MB')
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    })
  }

  it('a template exactly at the limit still loads', () => {
    const root = mkdtempSync(join(tmpdir(), 'clearsky-hostile-deep-'))
    try {
      // The root is level 0, Metadata's value level 1, the innermost value level 100: deep, but allowed.
      writeFileSync(join(root, 'template.json'), `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}, "Metadata": ${nest('[', ']', 99, '1')}}`)
      mkdirSync(join(root, 'y'))
      writeFileSync(join(root, 'y', 'template.yaml'), CFN_YAML(nest('[', ']', 98, '1')))
      mkdirSync(join(root, 'z'))
      writeFileSync(join(root, 'z', 'template.yaml'), CFN_YAML(nest('[', ']', 99, '1')))
      const scan = loadIac([root], DEFAULT_IAC_OPTIONS)
      // One level more is refused.
      assert.deepEqual(scan.errors.map((e) => `${relative(root, e.file)} ${e.code}`), ['z/template.yaml TOO_DEEP'])
      assert.equal(scan.inventory.resources['sqs.queue']?.length, 1)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
