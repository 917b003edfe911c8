import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { defineCheck } from './check.js'
import { runChecks, scan } from './engine.js'
import { addResources, emptyInventory } from './inventory.js'
import { lambdaFunction, iamRole } from '../../test/factories/index.js'
import { deepFreeze } from '../../test/deep-freeze.js'

const roleAdmin = defineCheck({
  meta: {
    id: 'lambda-test-role-join', resourceType: 'lambda.function', reads: ['iam.role'], title: 'Test join check for the engine', severity: 'high', categories: ['least-privilege'],
    description: 'test check description here', risk: 'test risk description here', remediation: { text: 'test remediation text here' },
    messages: { ok: 'ok {{name}}', bad: 'bad {{name}}', missing: 'role missing' },
  },
  evaluate(fn, { pass, fail, inventory }) {
    const role = inventory.get('iam.role', fn.role)
    if (!role) return fail('missing')
    return role.attachedPolicies.length ? fail('bad', { name: fn.name }) : pass('ok', { name: fn.name })
  },
})

const throwing = defineCheck({ ...roleAdmin, meta: { ...roleAdmin.meta, id: 'lambda-test-throws' }, evaluate() { throw new Error('boom') } })

function inv() {
  const i = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1'] })
  addResources(i, 'lambda.function', [lambdaFunction()])
  addResources(i, 'iam.role', [iamRole()])
  return i
}

describe('engine', () => {
  it('evaluates a join and renders the message', () => {
    const [f] = runChecks(deepFreeze(inv()), [roleAdmin])
    assert.equal(f?.status, 'pass')
    assert.equal(f?.message, 'ok orders')
  })
  it('a verdict that read an unresolved field of a joined resource is unknown', () => {
    const i = inv()
    i.resources['iam.role']![0]!.unresolved = { attachedPolicies: 'AccessDenied' }
    const [f] = runChecks(deepFreeze(i), [roleAdmin])
    assert.equal(f?.status, 'unknown')
    assert.match(f?.reason ?? '', /attachedPolicies/)
  })
  it('a missing joined resource whose type has a gap is unknown, not fail', () => {
    const i = inv()
    i.resources['iam.role'] = []
    i.gaps.push({ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'iam:GetAccountAuthorizationDetails' })
    const [f] = runChecks(deepFreeze(i), [roleAdmin])
    assert.equal(f?.status, 'unknown')
  })
  it('a gap on the checked type yields one unknown per gap and no verdict in that region', () => {
    const i = inv()
    i.gaps.push({ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'denied' })
    const fs = runChecks(deepFreeze(i), [roleAdmin])
    assert.deepEqual(fs.map((f) => [f.status, f.messageId]), [['unknown', 'inventory-gap']])
  })
  it('a throwing check becomes an error finding and the scan goes on', () => {
    const fs = runChecks(deepFreeze(inv()), [throwing, roleAdmin])
    assert.deepEqual(fs.map((f) => f.status), ['error', 'pass'])
  })
  it('a check that mutates its input fails under deep-freeze', () => {
    const mutating = defineCheck({ ...roleAdmin, meta: { ...roleAdmin.meta, id: 'lambda-test-mutates' }, evaluate(fn, { pass }) { (fn as { name: string }).name = 'x'; return pass('ok') } })
    const [f] = runChecks(deepFreeze(inv()), [mutating])
    assert.equal(f?.status, 'error')
  })
  it('summarises failures by severity', () => {
    const i = inv()
    i.resources['iam.role']![0]!.attachedPolicies = [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }]
    const r = scan(i, [roleAdmin])
    assert.equal(r.summary.failedBySeverity.high, 1)
    assert.equal(r.summary.byStatus.fail, 1)
  })
})
