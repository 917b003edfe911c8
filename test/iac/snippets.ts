/**
 * Runs a check over template snippets through the real IaC pipeline (discovery by content,
 * parser, SAM transform, adapters, engine), for the `iac` table of testCheck.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Check } from '../../src/core/check.js'
import { runChecks } from '../../src/core/engine.js'
import type { Finding } from '../../src/core/finding.js'
import { RESOURCE_TYPES, type ResourceType } from '../../src/model/resource-types.js'
import { loadIac, DEFAULT_IAC_OPTIONS, type IacScan } from '../../src/sources/iac/load.js'
import { formatFileError } from '../../src/sources/iac/types.js'
import { loadYamlDocument } from '../../src/sources/iac/yaml-source.js'
import { referencedIds } from '../../src/sources/cloudformation/dependencies.js'
import { deepFreeze } from '../deep-freeze.js'
import { testTerraformCases } from './terraform/snippets.js'

export interface IacSnippetCases {
  good: string[]
  bad: string[]
}

export const IAC_TEST_NOW = new Date('2026-11-27T00:00:00Z')

/** Loads one template text (CloudFormation/SAM or serverless.yml) from a temporary file. */
export function loadSnippet(text: string, fileName = 'app.yaml'): IacScan {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-iac-'))
  try {
    const file = join(dir, fileName)
    writeFileSync(file, text)
    return loadIac([file], DEFAULT_IAC_OPTIONS)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Accepts a whole template, a `Resources` body (logical id → resource) or one resource
 * (`Type: …` at the top), and returns a whole template.
 */
export function asTemplate(snippet: string): string {
  if (/^(AWSTemplateFormatVersion|Resources|Transform|Parameters|service)\s*:/m.test(snippet)) return snippet
  const indent = (s: string, n: number) => s.split('\n').map((l) => (l.trim() ? ' '.repeat(n) + l : l)).join('\n')
  if (/^Type\s*:/m.test(snippet)) return `Resources:\n  Remediation:\n${indent(snippet, 4)}\n`
  return `Resources:\n${indent(snippet, 2)}\n`
}

/** The findings of one check over a loaded template, through the engine. */
export function findingsFor(check: Check, scan: IacScan, options?: Record<string, unknown>): Finding[] {
  deepFreeze(scan.inventory)
  return runChecks(scan.inventory, [check], { now: IAC_TEST_NOW, checkOptions: options ? { [check.meta.id]: options } : {} }).filter((f) => f.checkId === check.meta.id)
}

const describeFindings = (fs: Finding[]) => fs.map((f) => `${f.status}:${f.messageId}${f.reason ? ` (${f.reason})` : ''}`).join(', ') || '(none)'

function evaluateSnippet(check: Check, snippet: string, options?: Record<string, unknown>): Finding[] {
  const isServerless = /^service\s*:/m.test(snippet)
  const scan = loadSnippet(isServerless ? snippet : asTemplate(snippet), isServerless ? 'serverless.yml' : 'app.yaml')
  assert.deepEqual(scan.errors.map(formatFileError), [], 'the snippet must parse without errors')
  return findingsFor(check, scan, options)
}

/**
 * The check's documented CloudFormation remediation, when it is complete on its own: it
 * declares a resource of the check's type and every resource it references. (A fragment that
 * points at subnets or functions declared elsewhere cannot be judged alone.)
 */
export function remediationTemplate(check: Check): string | undefined {
  const snippet = check.meta.remediation.cloudformation
  if (!snippet) return undefined
  const cfnType = RESOURCE_TYPES[check.meta.resourceType as ResourceType].cloudformation
  const text = asTemplate(snippet)
  let resources: Record<string, { Type?: string; Properties?: unknown }> | undefined
  try {
    resources = (loadYamlDocument(text).value as { Resources?: Record<string, { Type?: string; Properties?: unknown }> } | null)?.Resources
  } catch {
    return undefined
  }
  if (!resources) return undefined
  const own = Object.values(resources).some((r) => r?.Type === cfnType && r.Properties && typeof r.Properties === 'object')
  const refs = referencedIds(Object.values(resources).map((r) => r?.Properties))
  const complete = [...refs].every((id) => id in resources!)
  return own && complete ? text : undefined
}

/**
 * Table cases through the real parsers: each good snippet produces only pass/skip verdicts for
 * the check (and at least one verdict), each bad one at least one fail.
 */
export function testIacCases(check: Check, cases: { cloudformation?: IacSnippetCases; serverless?: IacSnippetCases; terraform?: IacSnippetCases; options?: Record<string, unknown> }): void {
  const { options, ...formats } = cases
  describe(`${check.meta.id} (iac)`, () => {
    for (const [kind, table] of Object.entries(formats) as [string, IacSnippetCases | undefined][]) {
      if (!table) continue
      if (kind === 'terraform') {
        testTerraformCases(check, table, options)
        continue
      }
      table.good.forEach((snippet, i) => {
        it(`${kind} good #${i + 1}`, () => {
          const fs = evaluateSnippet(check, snippet, options)
          assert.ok(fs.length > 0, `no verdict: the snippet holds no ${check.meta.resourceType}`)
          assert.ok(fs.every((f) => f.status === 'pass' || f.status === 'skip'), `expected only pass/skip, got ${describeFindings(fs)}`)
        })
      })
      table.bad.forEach((snippet, i) => {
        it(`${kind} bad #${i + 1}`, () => {
          const fs = evaluateSnippet(check, snippet, options)
          assert.ok(fs.some((f) => f.status === 'fail'), `expected a fail, got ${describeFindings(fs)}`)
        })
      })
    }
    const remediation = remediationTemplate(check)
    if (remediation && cases.cloudformation) {
      it('the documented CloudFormation remediation passes', () => {
        const fs = evaluateSnippet(check, remediation, options)
        assert.ok(fs.length > 0, 'no verdict over the remediation snippet')
        assert.ok(fs.every((f) => f.status === 'pass' || f.status === 'skip'), `expected only pass/skip over the remediation snippet, got ${describeFindings(fs)}`)
      })
    }
  })
}
