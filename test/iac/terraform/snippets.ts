/**
 * Terraform snippets through the real pipeline (discovery, HCL parser and evaluator, adapters,
 * engine) for the `iac.terraform` table of testCheck, and the check's documented Terraform
 * remediation as an extra good case when it is complete on its own.
 */
import { it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Check } from '../../../src/core/check.js'
import { runChecks } from '../../../src/core/engine.js'
import type { Finding } from '../../../src/core/finding.js'
import { RESOURCE_TYPES, type ResourceType } from '../../../src/model/resource-types.js'
import { loadIac, DEFAULT_IAC_OPTIONS, type IacScan } from '../../../src/sources/iac/load.js'
import { formatFileError, type IacOptions } from '../../../src/sources/iac/types.js'
import type { Body, Expr, TemplatePart } from '../../../src/sources/terraform/hcl/ast.js'
import { HclSyntaxError, parseHcl } from '../../../src/sources/terraform/hcl/parser.js'
import { TERRAFORM_MODEL_TYPES } from '../../../src/sources/terraform/adapters/index.js'
import { evaluateRootModule, type RootResult } from '../../../src/sources/terraform/config/root.js'
import type { TfInstance } from '../../../src/sources/terraform/instance.js'
import { deepFreeze } from '../../deep-freeze.js'

export const TF_TEST_NOW = new Date('2026-11-27T00:00:00Z')

/** Loads Terraform files (name → text; a string is main.tf) from a temporary directory. */
export function loadTerraform(files: string | Record<string, string>, options: IacOptions = DEFAULT_IAC_OPTIONS): IacScan {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-tf-'))
  try {
    const all = typeof files === 'string' ? { 'main.tf': files } : files
    for (const [name, text] of Object.entries(all)) {
      const path = join(dir, name)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, text)
    }
    return loadIac([dir], options)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Evaluates Terraform files (name → text) as one root module, without adapters: the instances as the evaluator gives them. */
export function evaluateTerraform(files: Record<string, string>, options: Partial<IacOptions> = {}): RootResult & { by(address: string): TfInstance } {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-tf-eval-'))
  try {
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, name)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, text)
    }
    const r = evaluateRootModule(dir, { ...DEFAULT_IAC_OPTIONS, ...options }, new Map())
    const by = (address: string): TfInstance => {
      const i = r.instances.find((x) => x.address === address)
      assert.ok(i, `no instance ${address}; have ${r.instances.map((x) => x.address).join(', ')}`)
      return i
    }
    return { ...r, by }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function findingsOf(check: Check, scan: IacScan, options?: Record<string, unknown>): Finding[] {
  deepFreeze(scan.inventory)
  return runChecks(scan.inventory, [check], { now: TF_TEST_NOW, checkOptions: options ? { [check.meta.id]: options } : {} }).filter((f) => f.checkId === check.meta.id)
}

const describe = (fs: Finding[]) => fs.map((f) => `${f.status}:${f.messageId}${f.reason ? ` (${f.reason})` : ''}`).join(', ') || '(none)'

export function terraformFindings(check: Check, snippet: string, options?: Record<string, unknown>): Finding[] {
  const scan = loadTerraform(snippet)
  assert.deepEqual(scan.errors.map(formatFileError), [], 'the snippet must parse without errors')
  return findingsOf(check, scan, options)
}

const BUILTIN_ROOTS = new Set(['count', 'each', 'path', 'terraform', 'self'])

/** Names a snippet refers to that it does not declare (`aws_kms_key.lambda_env`, `var.function_name`). */
export function undeclaredReferences(body: Body): string[] {
  const declared = new Set<string>()
  for (const b of body.blocks) {
    if (b.type === 'resource' && b.labels.length === 2) declared.add(`${b.labels[0]}.${b.labels[1]}`)
    if (b.type === 'data' && b.labels.length === 2) declared.add(`data.${b.labels[0]}.${b.labels[1]}`)
    if (b.type === 'variable' && b.labels[0]) declared.add(`var.${b.labels[0]}`)
    if (b.type === 'module' && b.labels[0]) declared.add(`module.${b.labels[0]}`)
    if (b.type === 'locals') for (const a of b.body.attributes) declared.add(`local.${a.name}`)
  }
  const missing = new Set<string>()
  const bound = new Set<string>()
  const traversal = (e: Expr): string[] => {
    const names: string[] = []
    let x = e
    while (x.kind === 'getattr' || x.kind === 'index') {
      if (x.kind === 'getattr') names.unshift(x.name)
      x = x.object
    }
    return x.kind === 'variable' ? [x.name, ...names] : []
  }
  const visitParts = (parts: TemplatePart[]) => {
    for (const p of parts) {
      if (p.kind === 'interpolation') visit(p.expr)
      else if (p.kind === 'if') {
        visit(p.condition)
        visitParts(p.then)
        visitParts(p.else)
      } else if (p.kind === 'for') {
        visit(p.collection)
        visitParts(p.body)
      }
    }
  }
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'variable':
      case 'getattr':
      case 'index': {
        const t = traversal(e)
        if (t.length && !BUILTIN_ROOTS.has(t[0]!) && !bound.has(t[0]!)) {
          const key = t[0] === 'data' ? t.slice(0, 3).join('.') : t.slice(0, 2).join('.')
          if (!declared.has(key)) missing.add(key)
        }
        if (e.kind === 'index') visit(e.key)
        if (e.kind !== 'variable' && !t.length) visit(e.object)
        return
      }
      case 'template':
        return visitParts(e.parts)
      case 'splat':
        return visit(e.object)
      case 'call':
      case 'tuple':
        return (e.kind === 'call' ? e.args : e.items).forEach(visit)
      case 'object':
        return e.items.forEach((i) => {
          if (!i.keyIsIdentifier) visit(i.key)
          visit(i.value)
        })
      case 'for':
        visit(e.collection)
        bound.add(e.valueVar)
        if (e.keyVar) bound.add(e.keyVar)
        for (const x of [e.keyExpr, e.valueExpr, e.condition]) if (x) visit(x)
        return
      case 'conditional':
        return [e.condition, e.then, e.else].forEach(visit)
      case 'binary':
        visit(e.left)
        return visit(e.right)
      case 'unary':
        return visit(e.operand)
      case 'parens':
        return visit(e.expr)
    }
  }
  const walk = (b: Body) => {
    for (const a of b.attributes) visit(a.expr)
    for (const blk of b.blocks) walk(blk.body)
  }
  walk(body)
  return [...missing].sort()
}

/**
 * The check's Terraform remediation when it can be judged alone: it parses, declares a resource
 * of the check's type, refers only to what it declares and holds no `<placeholder>`. Otherwise
 * the reason it is a fragment.
 */
export function terraformRemediation(check: Check): { snippet: string } | { fragment: string } | undefined {
  const snippet = check.meta.remediation.terraform
  if (!snippet) return undefined
  if (/<[a-z][^<>\n]*>/i.test(snippet)) return { fragment: 'holds <placeholders> to fill in' }
  let body: Body
  try {
    body = parseHcl(snippet)
  } catch (err) {
    if (err instanceof HclSyntaxError) return { fragment: `does not parse: ${err.message}` }
    throw err
  }
  const type = RESOURCE_TYPES[check.meta.resourceType as ResourceType].terraform
  if (!TERRAFORM_MODEL_TYPES.includes(check.meta.resourceType as ResourceType)) return { fragment: `the Terraform source does not read ${type ?? check.meta.resourceType} yet` }
  if (!type || !body.blocks.some((b) => b.type === 'resource' && b.labels[0] === type)) return { fragment: `declares no ${type ?? check.meta.resourceType} resource` }
  const missing = undeclaredReferences(body)
  if (missing.length) return { fragment: `refers to ${missing.join(', ')}, declared elsewhere` }
  return { snippet }
}

export interface TerraformCases {
  good: string[]
  bad: string[]
}

/** Registers the good/bad Terraform cases of a check (inside the caller's describe). */
export function testTerraformCases(check: Check, table: TerraformCases, options?: Record<string, unknown>): void {
  table.good.forEach((snippet, i) => {
    it(`terraform good #${i + 1}`, () => {
      const fs = terraformFindings(check, snippet, options)
      assert.ok(fs.length > 0, `no verdict: the snippet holds no ${check.meta.resourceType}`)
      assert.ok(fs.every((f) => f.status === 'pass' || f.status === 'skip'), `expected only pass/skip, got ${describe(fs)}`)
    })
  })
  table.bad.forEach((snippet, i) => {
    it(`terraform bad #${i + 1}`, () => {
      const fs = terraformFindings(check, snippet, options)
      assert.ok(fs.some((f) => f.status === 'fail'), `expected a fail, got ${describe(fs)}`)
    })
  })
  const remediation = terraformRemediation(check)
  if (remediation && 'snippet' in remediation) {
    it('the documented Terraform remediation passes', () => {
      const fs = terraformFindings(check, remediation.snippet, options)
      assert.ok(fs.length > 0, 'no verdict over the remediation snippet')
      assert.ok(fs.every((f) => f.status === 'pass' || f.status === 'skip'), `expected only pass/skip over the remediation snippet, got ${describe(fs)}`)
    })
  }
}
