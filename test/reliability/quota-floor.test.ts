/** The benchmark's quota-bound minimum (bench/quota-floor.ts): the formula bench/README.md states. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { familyOf, quotaFloor } from '../../bench/quota-floor.js'

describe('quota-bound minimum wall time', () => {
  it('maps operations to the loopback server quota families (IAM is global)', () => {
    assert.deepEqual(familyOf('lambda', 'GetPolicy'), { family: 'lambda:GetPolicy', global: false })
    assert.deepEqual(familyOf('lambda', 'GetFunctionUrlConfig'), { family: 'lambda:control', global: false })
    assert.deepEqual(familyOf('iam', 'GetAccountAuthorizationDetails'), { family: 'iam:GetAccountAuthorizationDetails', global: true })
  })
  it('per bucket (calls − burst) ÷ rate; families and regions in parallel: the slowest bucket', () => {
    const floor = quotaFloor(
      [
        { service: 'lambda', operation: 'GetFunctionUrlConfig', region: 'us-east-1', count: 100 },
        { service: 'lambda', operation: 'GetFunctionEventInvokeConfig', region: 'us-east-1', count: 65 },
        { service: 'lambda', operation: 'GetPolicy', region: 'us-east-1', count: 165 },
        { service: 'lambda', operation: 'GetFunctionUrlConfig', region: 'eu-west-1', count: 30 },
        { service: 'iam', operation: 'GetServiceLastAccessedDetails', region: 'us-east-1', count: 120 },
        { service: 'iam', operation: 'GetServiceLastAccessedDetails', region: 'eu-west-1', count: 120 },
        { service: 'sqs', operation: 'GetQueueUrl', region: 'us-east-1', count: 5 },
      ],
      { 'lambda:control': { rate: 15 }, 'lambda:GetPolicy': { rate: 15 }, 'iam:read': { rate: 20, burst: 10 } },
    )
    // us-east-1 control: (165 − 15) / 15 = 10 s; GetPolicy the same; eu-west-1: 1 s; IAM global: (240 − 10) / 20 = 11.5 s.
    assert.equal(floor.seconds, 11.5)
    assert.deepEqual(floor.binding, { region: 'global', family: 'iam:read', calls: 240, rate: 20, burst: 10, seconds: 11.5 })
    assert.deepEqual(floor.families.map((f) => [f.region, f.family, f.seconds]), [
      ['global', 'iam:read', 11.5],
      ['us-east-1', 'lambda:control', 10],
      ['us-east-1', 'lambda:GetPolicy', 10],
      ['eu-west-1', 'lambda:control', 1],
    ])
  })
})
