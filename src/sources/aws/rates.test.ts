import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { DEFAULT_RATES, familyFor, inFlightLimit, rateSlot } from './rates.js'
import { COLLECTORS } from './registry.js'
import { BASE_ACTIONS } from './permissions.js'

describe('API rate table (data/aws-api-rates.json)', () => {
  it('every family has a positive rate, a source and a verification date', () => {
    for (const f of DEFAULT_RATES.families) {
      assert.ok(f.ratePerSecond > 0, f.id)
      assert.ok((f.burst ?? f.ratePerSecond) >= 1, f.id)
      assert.match(f.source, /^https:\/\//, f.id)
      assert.match(f.verifiedAt, /^\d{4}-\d{2}-\d{2}$/, f.id)
      assert.ok(f.quota.length > 10, f.id)
    }
  })

  it('matches the published Lambda quotas: GetFunction 100/s, GetPolicy 15/s, everything else shares 15/s', () => {
    assert.equal(familyFor(DEFAULT_RATES, 'lambda:GetFunction').ratePerSecond, 100)
    assert.equal(familyFor(DEFAULT_RATES, 'lambda:GetPolicy').ratePerSecond, 15)
    const shared = familyFor(DEFAULT_RATES, 'lambda:ListFunctions')
    assert.equal(shared.ratePerSecond, 15)
    for (const a of ['lambda:GetFunctionUrlConfig', 'lambda:ListEventSourceMappings', 'lambda:GetLayerVersionPolicy', 'lambda:GetFunctionEventInvokeConfig'])
      assert.equal(familyFor(DEFAULT_RATES, a), shared, a)
  })

  it('buckets are per region and family; per-action families split by action; IAM is global', () => {
    assert.equal(rateSlot(DEFAULT_RATES, 'lambda:ListFunctions', 'eu-west-1').key, rateSlot(DEFAULT_RATES, 'lambda:GetFunctionUrlConfig', 'eu-west-1').key)
    assert.notEqual(rateSlot(DEFAULT_RATES, 'lambda:ListFunctions', 'eu-west-1').key, rateSlot(DEFAULT_RATES, 'lambda:ListFunctions', 'us-east-1').key)
    assert.notEqual(rateSlot(DEFAULT_RATES, 'ec2:DescribeVpcs', 'eu-west-1').key, rateSlot(DEFAULT_RATES, 'ec2:DescribeSubnets', 'eu-west-1').key)
    assert.equal(rateSlot(DEFAULT_RATES, 'iam:GetAccountAuthorizationDetails', 'eu-west-1').key, rateSlot(DEFAULT_RATES, 'iam:GetAccountAuthorizationDetails', 'us-east-1').key)
  })

  it('every action a collector calls is covered by a family of its own service (never the fallback)', () => {
    for (const action of [...BASE_ACTIONS, ...COLLECTORS.flatMap((c) => c.actions)]) assert.notEqual(familyFor(DEFAULT_RATES, action).id, 'fallback', action)
  })

  it('in-flight limits are bounded', () => {
    for (const f of DEFAULT_RATES.families) {
      const n = inFlightLimit(f)
      assert.ok(n >= 2 && n <= 32, `${f.id}: ${n}`)
    }
  })
})
