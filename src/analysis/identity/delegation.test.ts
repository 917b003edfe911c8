import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import data from '../../../data/iam-delegation-actions.json' with { type: 'json' }
import { actionInfo } from '../iam/catalogue.js'
import { assessDelegation, BOUNDARY_KEY, DELEGATION_ACTIONS } from './delegation.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const facts = { arn: 'arn:aws:iam::111122223333:role/platform', kind: 'role' as const, accountId: '111122223333', name: 'platform' }
const scope = { partition: 'aws', account: '111122223333', regions: ['us-east-1'] }
const BOUNDARY = 'arn:aws:iam::111122223333:policy/boundary'

describe('delegation data', () => {
  it('every action exists, carries iam:PermissionsBoundary in the catalogue, and has a date', () => {
    assert.equal(BOUNDARY_KEY, 'iam:PermissionsBoundary')
    assert.match(data.source, /^https:\/\//)
    for (const a of data.actions) {
      const info = actionInfo(a.action)
      assert.ok(info, `${a.action} is not in the catalogue`)
      assert.ok(info.conditionKeys.some((k) => k.toLowerCase() === 'iam:permissionsboundary'), `${a.action} does not support iam:PermissionsBoundary`)
      assert.match(a.verifiedAt, /^\d{4}-\d{2}-\d{2}$/)
    }
  })
})

describe('assessDelegation', () => {
  it('an unconditioned grant is unbounded; one requiring the boundary is not', () => {
    const open = assessDelegation({ policies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 'iam:CreateRole', Resource: '*' }) }] }, facts, scope)
    assert.deepEqual(open, { delegated: ['iam:CreateRole'], unbounded: ['iam:CreateRole'], unboundedConditional: [] })
    const bounded = assessDelegation({ policies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 'iam:CreateRole', Resource: '*', Condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } } }) }] }, facts, scope)
    assert.deepEqual(bounded, { delegated: ['iam:CreateRole'], unbounded: [], unboundedConditional: [] })
  })

  it('grants limited to a name prefix are probed inside the prefix', () => {
    const r = assessDelegation({ policies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: ['iam:AttachRolePolicy'], Resource: 'arn:aws:iam::111122223333:role/team-*' }) }] }, facts, scope)
    assert.deepEqual(r.unbounded, ['iam:AttachRolePolicy'])
  })

  it('other conditions make it conditional; a Deny without the boundary takes it away', () => {
    const mfa = assessDelegation({ policies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }] }, facts, scope)
    assert.deepEqual(mfa.unboundedConditional, ['iam:CreateUser'])
    const denied = assessDelegation(
      { policies: [{ name: 'p', document: doc({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' }, { Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*', Condition: { StringNotEquals: { 'iam:PermissionsBoundary': BOUNDARY } } }) }] },
      facts,
      scope,
    )
    assert.deepEqual(denied.unbounded, [])
    assert.deepEqual(denied.delegated, ['iam:CreateUser'])
  })

  it('lists only the data file\'s actions', () => {
    assert.ok(DELEGATION_ACTIONS.includes('iam:CreateRole') && DELEGATION_ACTIONS.includes('iam:DeleteUserPermissionsBoundary'))
  })
})
