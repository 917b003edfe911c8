import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { matchScaling, type DeclaredTarget } from './dynamodb-scaling.js'

const t = (resourceId: DeclaredTarget<string>['resourceId'], dimension: string, namespace: DeclaredTarget<string>['namespace'] = 'dynamodb'): DeclaredTarget<string> => ({ source: `${String(JSON.stringify(resourceId))} ${dimension}`, namespace, resourceId, dimension })

describe('matchScaling', () => {
  it('finds the read and write targets of a table, not those of another table or namespace', () => {
    const m = matchScaling([t('table/orders', 'dynamodb:table:ReadCapacityUnits'), t('table/payments', 'dynamodb:table:WriteCapacityUnits'), t('table/orders', 'dynamodb:table:WriteCapacityUnits', 'ecs')], 'table/orders', 'table')
    assert.deepEqual(m.scaling, { read: true, write: false })
    assert.equal(m.matched.length, 1)
    assert.equal(m.unknown, undefined)
  })
  it('index dimensions count for indexes only', () => {
    const targets = [t('table/orders/index/by-sk', 'dynamodb:index:ReadCapacityUnits'), t('table/orders/index/by-sk', 'dynamodb:index:WriteCapacityUnits')]
    assert.deepEqual(matchScaling(targets, 'table/orders/index/by-sk', 'index').scaling, { read: true, write: true })
    assert.deepEqual(matchScaling(targets, 'table/orders', 'table').scaling, { read: false, write: false })
  })
  it('an unresolved resource id that could name the table makes the answer unknown', () => {
    const m = matchScaling([t({ unknown: 'var.table_id' }, 'dynamodb:table:WriteCapacityUnits')], 'table/orders', 'table')
    assert.deepEqual(m.scaling, { read: false, write: false })
    assert.match(m.unknown ?? '', /var\.table_id/)
  })
  it('an unknown table name with any candidate target is unknown; without targets it is not scaled', () => {
    assert.ok(matchScaling([t('table/x', 'dynamodb:table:ReadCapacityUnits')], undefined, 'table').unknown)
    assert.equal(matchScaling([], undefined, 'table').unknown, undefined)
  })
})
