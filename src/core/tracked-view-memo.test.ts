/**
 * InventoryView.memo under the engine's read tracking: a result computed once per scan and key
 * still makes every verdict that uses it unknown when computing it read something unreadable,
 * with the reasons computing it afresh would give.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { defineCheck, type CheckContext, type Verdict } from './check.js'
import { runChecks } from './engine.js'
import { addResources, createInventoryView, emptyInventory, type Inventory, type InventoryView } from './inventory.js'
import type { Finding } from './finding.js'
import type { LambdaFunction } from '../model/lambda.js'
import type { IamRole } from '../model/iam.js'
import { iamRole, lambdaFunction, roleArn, sqsQueue } from '../../test/factories/index.js'
import { deepFreeze } from '../../test/deep-freeze.js'

const META = {
  resourceType: 'lambda.function' as const,
  reads: ['lambda.function' as const, 'iam.role' as const],
  title: 'Test memo check for the engine',
  severity: 'low' as const,
  categories: ['least-privilege' as const],
  description: 'test check description here',
  risk: 'test risk description here',
  remediation: { text: 'test remediation text here' },
  messages: { ok: '{{name}} ok: {{value}}' },
}

let nextId = 0
/** A check whose verdict is whatever `value` computes for the function (a string or number). */
function checkOf(value: (fn: LambdaFunction, inventory: InventoryView) => unknown) {
  return defineCheck({
    meta: { ...META, id: `lambda-test-memo-${nextId++}` },
    evaluate(fn, { pass, inventory }: CheckContext): Verdict {
      return pass('ok', { name: fn.name, value: String(value(fn, inventory)) })
    },
  })
}

/** What the checks' memos compute from a role, read through the inventory. */
function roleSummary(inventory: InventoryView, name: string): Readonly<{ boundary: string; policies: number }> {
  const role = inventory.get('iam.role', roleArn(name))!
  return Object.freeze({ boundary: role.permissionsBoundaryArn ?? 'none', policies: role.inlinePolicies.length + role.attachedPolicies.length })
}

function account(opts: { roles?: IamRole[]; functions?: number } = {}): Inventory {
  const inv = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1', 'eu-west-1'] })
  addResources(inv, 'lambda.function', Array.from({ length: opts.functions ?? 3 }, (_, i) => lambdaFunction({ name: `f${i}`, id: `f${i}`, arn: `f${i}`, region: i % 2 ? 'eu-west-1' : 'us-east-1' })))
  addResources(inv, 'iam.role', opts.roles ?? [iamRole({ name: 'ci', unresolved: { permissionsBoundaryArn: 'AccessDenied' } }), iamRole({ name: 'ok' })])
  return deepFreeze(inv)
}

const summary = (fs: readonly Finding[]) => fs.map((f) => `${f.resourceName} ${f.status}:${f.messageId}${f.reason ? ` (${f.reason})` : ''}`)

const NS = { memo: 'tracked-view-memo.test' }

describe('inventory memo (engine)', () => {
  it('computes once per scan and key, and replays its taints into every verdict that uses the result', () => {
    let computed = 0
    const memoized = checkOf((_fn, inventory) => inventory.memo(NS, 'ci', () => (computed++, roleSummary(inventory, 'ci'))).boundary)
    const fresh = checkOf((_fn, inventory) => roleSummary(inventory, 'ci').boundary)
    const inv = account()
    const got = runChecks(inv, [memoized])
    assert.equal(computed, 1)
    assert.deepEqual(summary(got), summary(runChecks(inv, [fresh])))
    assert.deepEqual(got.map((f) => [f.status, f.messageId, f.reason]), Array(3).fill(['unknown', 'unresolved', 'depends on what could not be read: ci.permissionsBoundaryArn: AccessDenied']))
  })

  it('a result computed from readable fields only changes no verdict', () => {
    const memoized = checkOf((_fn, inventory) => inventory.memo(NS, 'ok', () => roleSummary(inventory, 'ok')).policies)
    assert.deepEqual(runChecks(account(), [memoized]).map((f) => f.status), ['pass', 'pass', 'pass'])
  })

  it('replays to evaluations of other resources, whichever region computed it, and to other checks of the scan', () => {
    // The first function reads nothing unreadable itself; the memo is computed for it.
    const a = checkOf((fn, inventory) => inventory.memo(NS, 'ci', () => roleSummary(inventory, 'ci')).boundary + fn.region)
    const b = checkOf((fn, inventory) => inventory.memo<ReturnType<typeof roleSummary>>(NS, 'ci', () => assert.fail('computed again')).policies + fn.name)
    const fs = runChecks(account({ functions: 4 }), [a, b])
    assert.equal(fs.length, 8)
    for (const f of fs) assert.equal(f.reason, 'depends on what could not be read: ci.permissionsBoundaryArn: AccessDenied', `${f.checkId} ${f.resourceName}`)
  })

  it('a nested memo passes its taints to the outer one, whether it was computed inside it or before', () => {
    const inner = (inventory: InventoryView) => inventory.memo(NS, 'inner', () => roleSummary(inventory, 'ci'))
    const outer = (inventory: InventoryView) => inventory.memo(NS, 'outer', () => Object.freeze({ boundary: inner(inventory).boundary, ok: roleSummary(inventory, 'ok').policies }))
    // Inner computed inside outer.
    const nested = checkOf((_fn, inventory) => outer(inventory).boundary)
    // Inner computed first (f0 asks for it alone), outer then computed from an inner hit (f1), and hit (f2).
    const order = checkOf((fn, inventory) => (fn.name === 'f0' ? inner(inventory).boundary : outer(inventory).ok))
    for (const check of [nested, order]) {
      const fs = runChecks(account(), [check])
      assert.deepEqual(fs.map((f) => f.reason), Array(3).fill('depends on what could not be read: ci.permissionsBoundaryArn: AccessDenied'), check.meta.id)
    }
  })

  it('keeps the reasons of a computation with many taints (the first five distinct, as the engine shows)', () => {
    const roles = Array.from({ length: 7 }, (_, i) => iamRole({ name: `r${i}`, unresolved: { permissionsBoundaryArn: `AccessDenied ${i}` } }))
    const readAll = (inventory: InventoryView) => roles.map((r) => roleSummary(inventory, r.name).boundary).join(',')
    // The function's own unreadable field is read first, a role's after the memo: the order of the whole is kept.
    const own = { ...lambdaFunction({ name: 'own', id: 'own', arn: 'own' }), unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }
    const inv = account({ roles })
    const withOwn = deepFreeze({ ...inv, resources: { ...inv.resources, 'lambda.function': [...inv.resources['lambda.function']!, own] } })
    const body = (fn: LambdaFunction, inventory: InventoryView, value: () => string) => `${fn.policy ? 'p' : ''}${roleSummary(inventory, 'r2').boundary}${value()}${roleSummary(inventory, 'r6').boundary}`
    const memoized = checkOf((fn, inventory) => body(fn, inventory, () => inventory.memo(NS, 'all', () => readAll(inventory))))
    const fresh = checkOf((fn, inventory) => body(fn, inventory, () => readAll(inventory)))
    const got = runChecks(withOwn, [memoized])
    assert.deepEqual(summary(got), summary(runChecks(withOwn, [fresh])))
    assert.match(got[3]!.reason!, /^depends on what could not be read: policy: AccessDenied \(lambda:GetPolicy\); r2\.permissionsBoundaryArn: AccessDenied 2; r0\.[^;]+; r1\.[^;]+; r3\.[^;]+$/)
  })

  it('does not depend on the resource under evaluation: a get by plain id notes the gaps of every region', () => {
    const inv = account()
    const gapped = deepFreeze({ ...inv, gaps: [{ resourceType: 'sqs.queue' as const, region: 'eu-west-1', code: 'AccessDenied', message: 'denied' }], resources: { ...inv.resources, 'sqs.queue': [sqsQueue({ name: 'q', id: 'q-id' })] } })
    const memoized = checkOf((_fn, inventory) => inventory.memo(NS, 'queue', () => inventory.get('sqs.queue', 'missing-id')?.name ?? 'none'))
    // Computed for f0 in us-east-1; f1 in eu-west-1 must still see the eu-west-1 gap.
    assert.deepEqual(runChecks(gapped, [memoized]).map((f) => f.reason), Array(3).fill('depends on what could not be read: sqs.queue not listed (AccessDenied)'))
  })

  it('keeps nothing between scans', () => {
    let computed = 0
    const memoized = checkOf((_fn, inventory) => inventory.memo(NS, 'ci', () => (computed++, roleSummary(inventory, 'ci'))).boundary)
    const unreadable = runChecks(account(), [memoized])
    const readable = runChecks(account({ roles: [iamRole({ name: 'ci', permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/b' })] }), [memoized])
    assert.equal(computed, 2)
    assert.deepEqual(unreadable.map((f) => f.status), ['unknown', 'unknown', 'unknown'])
    assert.deepEqual(readable.map((f) => [f.status, f.data['value']]), Array(3).fill(['pass', 'arn:aws:iam::111122223333:policy/b']))
  })

  it('keys are per namespace: two analyses keying on the same object get their own results', () => {
    const other = { memo: 'another analysis' }
    const check = checkOf((fn, inventory) => {
      const role = inventory.get('iam.role', roleArn('ok'))!
      return `${inventory.memo(NS, role, () => 'first')} ${inventory.memo(other, role, () => 'second')} ${inventory.memo(NS, role, () => 'not kept')}`
    })
    assert.deepEqual(runChecks(account(), [check]).map((f) => f.data['value']), Array(3).fill('first second first'))
  })

  it('refuses a computation that reads the resource under evaluation, or needs its own result; a failed one is not kept', () => {
    const inv = deepFreeze({ ...account(), resources: { ...account().resources, 'lambda.function': [{ ...lambdaFunction({ name: 'g', id: 'g', arn: 'g' }), unresolved: { policy: 'AccessDenied' } }] } })
    const readsFn = checkOf((fn, inventory) => inventory.memo(NS, 'fn', () => String(fn.policy)))
    const [f] = runChecks(inv, [readsFn])
    assert.equal(f!.status, 'error')
    assert.match(f!.reason!, /read the resource under evaluation/)
    const recursive = checkOf((_fn, inventory) => {
      const self = (): string => inventory.memo(NS, 'self', self)
      return self()
    })
    assert.match(runChecks(inv, [recursive])[0]!.reason!, /asked for its own result/)
    let attempts = 0
    const flaky = checkOf((_fn, inventory) =>
      inventory.memo(NS, 'flaky', () => {
        if (attempts++ === 0) throw new Error('first attempt fails')
        return 'second attempt'
      }),
    )
    assert.deepEqual(runChecks(account(), [flaky]).map((f) => `${f.status} ${f.data['value'] ?? f.reason}`), ['error first attempt fails', 'pass second attempt', 'pass second attempt'])
  })

  it('the plain inventory view memoizes per view, with no tracking', () => {
    const inv = account()
    let computed = 0
    const views = [createInventoryView(inv), createInventoryView(inv)]
    const results = views.flatMap((v) => [v.memo(NS, 'ci', () => (computed++, roleSummary(v, 'ci'))), v.memo(NS, 'ci', () => (computed++, roleSummary(v, 'ci')))])
    assert.equal(computed, 2)
    assert.equal(results[0], results[1])
    assert.notEqual(results[1], results[2])
    assert.ok(Object.isFrozen(results[0]))
  })
})
