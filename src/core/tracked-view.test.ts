import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { defineCheck } from './check.js'
import { runChecks } from './engine.js'
import { addResources, emptyInventory } from './inventory.js'
import type { LambdaFunction } from '../model/lambda.js'
import { lambdaFunction, roleArn } from '../../test/factories/index.js'
import { deepFreeze } from '../../test/deep-freeze.js'

let keyCalls = 0
/** Index key: the execution role (counts its calls, to prove the index is built once). */
function byRole(fn: LambdaFunction): string {
  keyCalls++
  return fn.role
}

const sharing = defineCheck({
  meta: {
    id: 'lambda-test-lookup', resourceType: 'lambda.function', reads: ['lambda.function'], title: 'Test lookup check for the engine', severity: 'low', categories: ['least-privilege'],
    description: 'test check description here', risk: 'test risk description here', remediation: { text: 'test remediation text here' },
    messages: { alone: '{{name}} alone', shared: '{{name}} shares with {{others}}' },
  },
  evaluate(fn, { pass, fail, inventory }) {
    const others = inventory.lookup('lambda.function', byRole, fn.role).filter((o) => o.id !== fn.id)
    return others.length ? fail('shared', { name: fn.name, others: others.map((o) => o.name).join(',') }) : pass('alone', { name: fn.name })
  },
})

function inventory(n: number, role = (i: number) => roleArn(`r${i % 3}`)) {
  const inv = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1'] })
  addResources(inv, 'lambda.function', Array.from({ length: n }, (_, i) => lambdaFunction({ name: `f${i}`, id: `f${i}`, arn: `f${i}`, role: role(i) })))
  return inv
}

describe('inventory lookups (engine)', () => {
  it('finds the resources under a key, in inventory order', () => {
    const fs = runChecks(deepFreeze(inventory(7)), [sharing])
    assert.deepEqual(fs.map((f) => [f.resourceName, f.status, f.data['others']]), [
      ['f0', 'fail', 'f3,f6'], ['f1', 'fail', 'f4'], ['f2', 'fail', 'f5'], ['f3', 'fail', 'f0,f6'], ['f4', 'fail', 'f1'], ['f5', 'fail', 'f2'], ['f6', 'fail', 'f0,f3'],
    ])
  })

  it('builds each index once per scan, however many resources look up', () => {
    keyCalls = 0
    runChecks(deepFreeze(inventory(500)), [sharing])
    assert.equal(keyCalls, 500)
  })

  it('a key read from an unresolved field makes every lookup of that index unknown', () => {
    const inv = inventory(4)
    inv.resources['lambda.function']![2]!.unresolved = { role: '!GetAtt Role.Arn' }
    const fs = runChecks(deepFreeze(inv), [sharing])
    assert.deepEqual(fs.map((f) => f.status), ['unknown', 'unknown', 'unknown', 'unknown'])
    assert.match(fs[0]!.reason ?? '', /f2\.role: !GetAtt Role\.Arn/)
  })

  it('an unresolved field the key does not read changes nothing', () => {
    const inv = inventory(4)
    inv.resources['lambda.function']![2]!.unresolved = { policy: 'AccessDenied (lambda:GetPolicy)' }
    assert.deepEqual(runChecks(deepFreeze(inv), [sharing]).map((f) => f.status), ['fail', 'pass', 'pass', 'fail'])
  })

  it('several keys give each resource once, in inventory order; lists are shared and frozen', () => {
    const seen: string[][] = []
    let mutated = ''
    const multi = defineCheck({
      ...sharing,
      meta: { ...sharing.meta, id: 'lambda-test-multi-lookup' },
      evaluate(fn, { pass, inventory }) {
        const list = inventory.lookup('lambda.function', byRole, [roleArn('r2'), roleArn('r0'), roleArn('r2')])
        seen.push(list.map((o) => o.name))
        try {
          ;(inventory.list('lambda.function') as LambdaFunction[]).sort()
        } catch (err) {
          mutated = (err as Error).name
        }
        return pass('alone', { name: fn.name })
      },
    })
    runChecks(inventory(5), [multi])
    assert.deepEqual(seen[0], ['f0', 'f2', 'f3'])
    assert.equal(mutated, 'TypeError')
  })
})
