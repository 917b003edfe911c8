import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { backupCoverage, backupPatternMatches, selectionMatches } from './backup-coverage.js'
import { backupPlan } from '../../test/factories/index.js'
import type { BackupSelection } from '../model/backup.js'

const sel = (over: Partial<BackupSelection>): BackupSelection => ({ name: 's', resources: [], notResources: [], anyOfTags: [], allOf: [], ...over })
const table = { arn: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders.v2', tags: { env: 'prod' }, kind: 'DynamoDB' as const }
const aurora = { arn: 'arn:aws:rds:us-east-1:111122223333:cluster:ledger', tags: {}, kind: 'Aurora' as const }

describe('backup coverage', () => {
  it('`*` is any run of characters; every other character is literal', () => {
    assert.ok(backupPatternMatches('arn:aws:dynamodb:*:*:table/orders.v2', table.arn))
    assert.ok(!backupPatternMatches('arn:aws:dynamodb:*:*:table/orders?v2', table.arn))
    assert.ok(!backupPatternMatches('arn:aws:dynamodb:*:*:table/ORDERS.v2', table.arn), 'ARNs compare case-sensitively')
  })

  it('a pattern that names the resource type is told apart from a service-wide one', () => {
    assert.deepEqual(selectionMatches(sel({ resources: ['arn:aws:dynamodb:*:*:table/*'] }), table), { namesType: true })
    assert.deepEqual(selectionMatches(sel({ resources: ['arn:aws:dynamodb:*'] }), table), { namesType: false })
    assert.deepEqual(selectionMatches(sel({ allOf: [{ operator: 'StringEquals', key: 'env', value: 'prod' }] }), table), { namesType: false })
  })

  it('tag operators: a missing tag fails the positive ones and passes the negated ones', () => {
    assert.equal(selectionMatches(sel({ allOf: [{ operator: 'StringLike', key: 'team', value: '*' }] }), table), undefined)
    assert.ok(selectionMatches(sel({ allOf: [{ operator: 'StringNotLike', key: 'team', value: 'scratch*' }] }), table))
    assert.equal(selectionMatches(sel({ allOf: [{ operator: 'StringNotLike', key: 'env', value: 'pr*' }] }), table), undefined)
  })

  it('opt-out applies to tag and `*` assignments, not to a named type — except for Aurora', () => {
    const optedOut = { resourceTypeOptIn: { DynamoDB: false, Aurora: false } }
    assert.equal(backupCoverage(table, [backupPlan({ ...optedOut, selections: [sel({ resources: ['*'] })] })])[0]!.optedOut, true)
    assert.equal(backupCoverage(table, [backupPlan({ ...optedOut, selections: [sel({ resources: ['arn:aws:dynamodb:*:*:table/*'] })] })])[0]!.optedOut, false)
    assert.equal(backupCoverage(aurora, [backupPlan({ ...optedOut, selections: [sel({ resources: ['arn:aws:rds:*:*:cluster:*'] })] })])[0]!.optedOut, true)
  })
})
