import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_ACTIONS, permissionsPolicy } from './permissions.js'
import { COLLECTORS, collectorsFor } from './registry.js'

// API Gateway authorizes management calls by HTTP method: apigateway:GET is its read-only action.
const READ_ONLY = /^[a-z0-9-]+:(List|Get|Describe|Generate)[A-Za-z0-9]*$|^apigateway:GET$/

describe('permissionsPolicy', () => {
  const policy = permissionsPolicy(COLLECTORS)
  const statement = policy.Statement[0]!
  const actions = statement.Action as string[]

  it('is one Allow statement on every resource', () => {
    assert.equal(policy.Version, '2012-10-17')
    assert.equal(policy.Statement.length, 1)
    assert.equal(statement.Effect, 'Allow')
    assert.equal(statement.Resource, '*')
  })

  it('grants only read-only actions (List*, Get*, Describe*, Generate*)', () => {
    for (const a of actions) assert.match(a, READ_ONLY)
  })

  it('equals the union of the collectors’ declarations plus the base actions, sorted and de-duplicated', () => {
    const expected = [...new Set([...BASE_ACTIONS, ...COLLECTORS.flatMap((c) => c.actions)])].sort()
    assert.deepEqual(actions, expected)
    assert.deepEqual([...actions].sort(), actions)
    assert.equal(new Set(actions).size, actions.length)
  })

  it('is narrower for a narrower scan', () => {
    const narrow = permissionsPolicy(collectorsFor(['ec2.subnet'])).Statement[0]!.Action as string[]
    assert.deepEqual(narrow, ['ec2:DescribeRegions', 'ec2:DescribeSubnets', 'sts:GetCallerIdentity'])
  })
})
