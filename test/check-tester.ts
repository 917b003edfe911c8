import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Check } from '../src/core/check.js'
import { runChecks } from '../src/core/engine.js'
import { emptyInventory, addResources, type Inventory, type InventoryGap } from '../src/core/inventory.js'
import type { ResourceOf, ResourceType } from '../src/model/resource-types.js'
import type { Finding } from '../src/core/finding.js'
import { deepFreeze } from './deep-freeze.js'
import { testIacCases } from './iac/snippets.js'

/** Other resources present in the inventory for joins (roles, alarms, subnets …). */
export type Related = { [T in ResourceType]?: ResourceOf<T>[] }

interface CaseBase<T extends ResourceType> {
  name: string
  resource: ResourceOf<T>
  related?: Related
  gaps?: InventoryGap[]
  options?: Record<string, unknown>
  /** Scan time for date-based checks (default 2026-11-27). */
  now?: Date
  accountId?: string
}

export interface ValidCase<T extends ResourceType> extends CaseBase<T> {}
export interface InvalidCase<T extends ResourceType> extends CaseBase<T> {
  messageId: string
  at?: string
  /** How many failing verdicts (default: at least one). */
  count?: number
}
export interface UnknownCase<T extends ResourceType> extends CaseBase<T> {}
export interface SkipCase<T extends ResourceType> extends CaseBase<T> {}

/**
 * Template snippets run through the real parsers and adapters: every good snippet must give
 * the check only pass/skip verdicts, every bad one a fail. A snippet is a whole template, a
 * `Resources` body or one resource (`Type: …`); serverless.yml snippets start with `service:`.
 * Terraform snippets are the text of a `main.tf` (resources, data sources, variables, locals);
 * a check's documented Terraform remediation is run as an extra good case when it is complete.
 */
export interface IacCases {
  cloudformation?: { good: string[]; bad: string[] }
  serverless?: { good: string[]; bad: string[] }
  terraform?: { good: string[]; bad: string[] }
  /** Check options for every snippet (and the documented remediations), e.g. required tag keys. */
  options?: Record<string, unknown>
}

export interface CheckTests<T extends ResourceType> {
  valid: ValidCase<T>[]
  invalid: InvalidCase<T>[]
  unknown: UnknownCase<T>[]
  skip?: SkipCase<T>[]
  iac?: IacCases
}

export const TEST_NOW = new Date('2026-11-27T00:00:00Z')
export const TEST_ACCOUNT = '111122223333'

/** Runs one case through the real engine (gap and unresolved rules included). */
export function evaluateCase<T extends ResourceType>(check: Check<T>, c: CaseBase<T>): Finding[] {
  const inv: Inventory = emptyInventory({ kind: 'aws', accountId: c.accountId ?? TEST_ACCOUNT, regions: ['us-east-1'] })
  addResources(inv, check.meta.resourceType, [c.resource])
  for (const [type, items] of Object.entries(c.related ?? {}) as [ResourceType, ResourceOf<ResourceType>[]][]) addResources(inv, type, items)
  inv.gaps.push(...(c.gaps ?? []))
  deepFreeze(inv)
  const findings = runChecks(inv, [check], { now: c.now ?? TEST_NOW, checkOptions: c.options ? { [check.meta.id]: c.options } : {} })
  return findings.filter((f) => f.resourceId === c.resource.id || f.messageId === 'inventory-gap')
}

function describeFindings(fs: Finding[]): string {
  return fs.map((f) => `${f.status}:${f.messageId}${f.reason ? ` (${f.reason})` : ''}`).join(', ') || '(none)'
}

/**
 * Table tests for a check, in the style of ESLint's RuleTester: valid cases must produce only
 * passes, invalid cases a fail with the given message id (and path), unknown cases an unknown
 * and no pass or fail. Every input is deep-frozen.
 */
export function testCheck<T extends ResourceType>(check: Check<T>, tests: CheckTests<T>): void {
  describe(check.meta.id, () => {
    assert.ok(tests.valid.length > 0 && tests.invalid.length > 0 && tests.unknown.length > 0, `${check.meta.id}: needs valid, invalid and unknown cases`)
    for (const c of tests.valid) {
      it(`valid: ${c.name}`, () => {
        const fs = evaluateCase(check, c)
        assert.ok(fs.length > 0, 'no verdict')
        assert.ok(fs.every((f) => f.status === 'pass'), `expected only pass, got ${describeFindings(fs)}`)
        for (const f of fs) assert.ok(f.messageId in check.meta.messages, `message id ${f.messageId} not defined`)
      })
    }
    for (const c of tests.invalid) {
      it(`invalid: ${c.name}`, () => {
        const fs = evaluateCase(check, c)
        const fails = fs.filter((f) => f.status === 'fail')
        assert.ok(fails.length > 0, `expected a fail, got ${describeFindings(fs)}`)
        if (c.count !== undefined) assert.equal(fails.length, c.count, `fail count: ${describeFindings(fs)}`)
        assert.ok(fails.some((f) => f.messageId === c.messageId), `expected message ${c.messageId}, got ${describeFindings(fs)}`)
        if (c.at !== undefined) assert.ok(fails.some((f) => f.at === c.at), `expected at=${c.at}, got ${fails.map((f) => f.at).join(',')}`)
        for (const f of fails) assert.ok(f.messageId in check.meta.messages, `message id ${f.messageId} not defined`)
      })
    }
    for (const c of tests.unknown) {
      it(`unknown: ${c.name}`, () => {
        const fs = evaluateCase(check, c)
        assert.ok(fs.some((f) => f.status === 'unknown'), `expected unknown, got ${describeFindings(fs)}`)
        assert.ok(!fs.some((f) => f.status === 'pass'), `an unknown case must never pass: ${describeFindings(fs)}`)
      })
    }
    for (const c of tests.skip ?? []) {
      it(`skip: ${c.name}`, () => {
        const fs = evaluateCase(check, c)
        assert.ok(fs.length > 0 && fs.every((f) => f.status === 'skip'), `expected skip, got ${describeFindings(fs)}`)
      })
    }
  })
  if (tests.iac) testIacCases(check as Check, tests.iac)
}
