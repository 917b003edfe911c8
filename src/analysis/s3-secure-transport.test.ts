import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { secureTransportEnforced } from './s3-secure-transport.js'
import type { PolicyStatement } from '../model/common.js'

const ARN = 'arn:aws:s3:::data'
const deny: PolicyStatement = { Sid: 'Tls', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [ARN, `${ARN}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
const check = (...st: PolicyStatement[]) => secureTransportEnforced({ Statement: st }, ARN)

describe('secureTransportEnforced', () => {
  it('accepts the canonical statement and its equivalent spellings', () => {
    assert.deepEqual(check(deny), { enforced: true, statement: 'Tls' })
    assert.equal(check({ ...deny, Principal: { AWS: ['*'] }, Resource: 'arn:aws:s3:::da*', Condition: { BoolIfExists: { 'AWS:SecureTransport': [false] } } }).enforced, true)
    assert.equal(check({ ...deny, Sid: undefined, NotResource: 'arn:aws:s3:::other/*', Resource: undefined }).enforced, true)
  })

  it('names what a partial statement leaves out', () => {
    const gap = (st: PolicyStatement) => { const v = check(st); return v.enforced ? 'enforced' : v.partial?.gap }
    assert.equal(gap({ ...deny, Resource: `${ARN}/*` }), 'bucket')
    assert.equal(gap({ ...deny, Resource: ARN }), 'objects')
    assert.equal(gap({ ...deny, Action: ['s3:GetObject', 's3:PutObject'] }), 'actions')
    assert.equal(gap({ ...deny, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Principal: undefined }), 'principal')
    assert.equal(gap({ ...deny, Condition: { Bool: { 'aws:SecureTransport': 'false' }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }), 'condition')
  })

  it('ignores Allows and other conditions', () => {
    assert.deepEqual(check({ ...deny, Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), { enforced: false })
    assert.deepEqual(check({ ...deny, Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } }), { enforced: false })
    assert.deepEqual(secureTransportEnforced(null, ARN), { enforced: false })
  })
})
