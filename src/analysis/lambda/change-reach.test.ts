import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'
import { changeReach, classifyPattern, parseFunctionArn } from './change-reach.js'

const ACC = '111122223333'
const SCOPE = { partition: 'aws', account: ACC }
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const allow = (Resource: string | string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource, ...extra })
const reach = (policies: PolicyDocument[], boundary?: PolicyDocument) => changeReach({ policies: policies.map((document, i) => ({ name: `p${i}`, document })), ...(boundary ? { boundary } : {}) }, ['lambda:UpdateFunctionCode', 'lambda:DeleteFunction'], SCOPE)

describe('change-reach', () => {
  it('parses plain function ARNs only', () => {
    assert.deepEqual(parseFunctionArn(`arn:aws:lambda:us-east-1:${ACC}:function:orders`), { partition: 'aws', region: 'us-east-1', account: ACC, name: 'orders' })
    assert.equal(parseFunctionArn(`arn:aws:lambda:us-east-1:${ACC}:function:orders:prod`), undefined)
    assert.equal(parseFunctionArn(`arn:aws:lambda:us-east-1:${ACC}:layer:x`), undefined)
  })

  it('patterns that match every function ARN of the account', () => {
    for (const p of ['*', 'arn:aws:lambda:*:*:*', `arn:aws:lambda:*:${ACC}:function:*`, `arn:aws:lambda:*:${ACC}:*`, `arn:aws:lambda:*:${ACC}:function*`, 'arn:aws:*', 'arn:*:lambda:*:*:function:*']) {
      assert.equal(classifyPattern(p, SCOPE), 'all', p)
    }
  })

  it('patterns that match no function ARN of the account', () => {
    for (const p of ['arn:aws:s3:::bucket/*', `arn:aws:lambda:*:444455556666:function:*`, `arn:aws:lambda:*:${ACC}:layer:*`, `arn:aws:lambda:*:${ACC}:function:orders:*`, `arn:aws-cn:lambda:*:${ACC}:function:*`, `arn:aws:iam::${ACC}:role/*`]) {
      assert.equal(classifyPattern(p, SCOPE), 'none', p)
    }
  })

  it('patterns that depend on the function, with the literal start of the names they reach', () => {
    const cases: [string, string][] = [
      [`arn:aws:lambda:*:${ACC}:function:orders`, 'orders'],
      [`arn:aws:lambda:*:${ACC}:function:orders-*`, 'orders-'],
      [`arn:aws:lambda:us-east-1:${ACC}:function:*`, ''],
      [`arn:aws:lambda:*:${ACC}:function:team-?-*`, 'team-'],
      [`arn:aws:lambda:?s-east-1:${ACC}:function:x`, 'x'],
      ['arn:aws:lambda:us-east-1:*', ''],
    ]
    for (const [p, prefix] of cases) assert.deepEqual(classifyPattern(p, SCOPE), { prefix }, p)
  })

  it('a principal is universal when every relevant statement matches all functions or none', () => {
    assert.deepEqual(reach([doc(allow('*'), allow('arn:aws:s3:::b'), { Effect: 'Deny', Action: 'lambda:DeleteFunction', Resource: `arn:aws:lambda:*:444455556666:function:*` })]), { kind: 'universal' })
    // Conditions on the caller or the request do not depend on the function.
    assert.deepEqual(reach([doc(allow('*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }))]), { kind: 'universal' })
    // Statements of other actions do not count.
    assert.deepEqual(reach([doc(allow('*'), { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' })]), { kind: 'universal' })
    // NotResource that leaves out no function.
    assert.deepEqual(reach([doc({ Effect: 'Allow', Action: 'lambda:*', NotResource: 'arn:aws:s3:::b' })]), { kind: 'universal' })
  })

  it('a principal is specific when a relevant statement, a Deny or its boundary names functions', () => {
    assert.deepEqual(reach([doc(allow([`arn:aws:lambda:*:${ACC}:function:orders*`, `arn:aws:lambda:*:${ACC}:function:billing`]))]), { kind: 'specific', prefixes: ['orders', 'billing'] })
    assert.deepEqual(reach([doc(allow('*'), { Effect: 'Deny', Action: 'lambda:*', Resource: `arn:aws:lambda:*:${ACC}:function:prod-*` })]), { kind: 'specific', prefixes: [''] })
    assert.deepEqual(reach([doc(allow('*'))], doc(allow(`arn:aws:lambda:*:${ACC}:function:orders*`))), { kind: 'specific', prefixes: [''] })
    assert.deepEqual(reach([doc({ Effect: 'Allow', Action: 'lambda:*', NotResource: `arn:aws:lambda:*:${ACC}:function:prod-*` })]), { kind: 'specific', prefixes: [''] })
    assert.deepEqual(reach([doc(allow(`arn:aws:lambda:*:${ACC}:function:\${aws:username}-*`))]), { kind: 'specific', prefixes: [''] })
    // Only statements that could grant give keys: a Deny alone reaches nothing.
    assert.deepEqual(reach([doc({ Effect: 'Deny', Action: 'lambda:*', Resource: `arn:aws:lambda:*:${ACC}:function:orders` })]), { kind: 'specific', prefixes: [] })
  })

  it('conditions on keys that could describe the function make a statement specific', () => {
    const conditions: PolicyStatement['Condition'][] = [{ StringEquals: { 'aws:ResourceTag/team': 'a' } }, { ArnLike: { 'lambda:FunctionArn': '*' } }, { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } }, { StringEquals: { 'aws:ResourceAccount': ACC } }]
    for (const Condition of conditions) {
      assert.deepEqual(reach([doc(allow('*', { Condition }))]), { kind: 'specific', prefixes: [''] }, JSON.stringify(Condition))
    }
  })
})
