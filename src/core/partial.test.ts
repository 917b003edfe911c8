import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { defineCheck } from './check.js'
import { runChecks, scan } from './engine.js'
import { addResources, emptyInventory, inventorySchemaVersion, type Inventory, type PartialCollection } from './inventory.js'
import { SnapshotError, validateInventory } from './snapshot.js'
import { CHECKS } from '../checks/index.js'
import type { PolicyDocument } from '../model/common.js'
import { ACCOUNT, REGION, lambdaFunction, sqsQueue } from '../../test/factories/index.js'
import { deepFreeze } from '../../test/deep-freeze.js'

const queueArn = (name: string, region = REGION) => `arn:aws:sqs:${region}:${ACCOUNT}:${name}`
const EU = 'eu-west-1'

const referenced = (region: string, lookedUp: string[]): PartialCollection => ({ resourceType: 'sqs.queue', kind: 'referenced-only', region, lookedUp, reason: 'only those Lambda functions name' })

/** A snapshot collected for Lambda checks: one queue a function names (public), and a missing one it also names. */
function lambdaOnlySnapshot(): Inventory {
  const inv = emptyInventory({ kind: 'aws', accountId: ACCOUNT, regions: [REGION, EU] })
  addResources(inv, 'lambda.function', [lambdaFunction({ deadLetterTargetArn: queueArn('dlq') })])
  const publicPolicy: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queueArn('dlq') }] }
  addResources(inv, 'sqs.queue', [sqsQueue({ name: 'dlq', id: queueArn('dlq'), arn: queueArn('dlq'), policy: publicPolicy })])
  inv.partial = [referenced(REGION, [queueArn('dlq'), queueArn('gone')]), referenced(EU, [])]
  return deepFreeze(inv)
}

const check = (id: string) => CHECKS.find((c) => c.meta.id === id)!

/** Test checks that join to queues in the ways a check can. */
const joins = (id: string, read: (inv: import('./inventory.js').InventoryView) => unknown) =>
  defineCheck({
    meta: {
      id, resourceType: 'lambda.function', reads: ['sqs.queue'], title: 'Test join check for partial collections', severity: 'low', categories: ['monitoring'],
      description: 'test check description here', risk: 'test risk description here', remediation: { text: 'test remediation text here' }, messages: { ok: 'ok' },
    },
    evaluate(_fn, { pass, inventory }) {
      read(inventory)
      return pass('ok')
    },
  })

describe('partial collections (referenced-only types)', () => {
  it('a check over the partial type judges each queue present, and says the rest of each region is unknown', () => {
    const fs = runChecks(lambdaOnlySnapshot(), [check('sqs-queue-policy-not-public')])
    assert.deepEqual(
      fs.map((f) => [f.resourceId, f.region, f.status, f.messageId]),
      [
        [`sqs.queue:${REGION}:*`, REGION, 'unknown', 'partial-collection'],
        [`sqs.queue:${EU}:*`, EU, 'unknown', 'partial-collection'],
        [queueArn('dlq'), REGION, 'fail', fs[2]!.messageId],
      ],
    )
    assert.notEqual(fs[2]!.messageId, 'unresolved')
  })

  it('a complete inventory (no record) gives no such unknown', () => {
    const inv = { ...lambdaOnlySnapshot(), partial: undefined }
    assert.deepEqual(runChecks(inv, [check('sqs-queue-policy-not-public')]).map((f) => f.status), ['fail'])
  })

  it('a region with a gap keeps its gap finding only', () => {
    const inv = { ...lambdaOnlySnapshot(), gaps: [{ resourceType: 'sqs.queue' as const, region: EU, code: 'AccessDenied', message: 'denied' }] }
    const fs = runChecks(inv, [check('sqs-queue-policy-not-public')]).filter((f) => f.region === EU)
    assert.deepEqual(fs.map((f) => f.messageId), ['inventory-gap'])
  })

  it('a join that lists the partial type becomes unknown; a lookup by a looked-up ARN does not', () => {
    const inv = lambdaOnlySnapshot()
    const listing = runChecks(inv, [joins('lambda-test-list', (v) => v.list('sqs.queue'))])
    assert.deepEqual(listing.map((f) => [f.status, f.messageId]), [['unknown', 'unresolved']])
    assert.match(listing[0]!.reason ?? '', /sqs\.queue collected only in part/)
    const indexed = runChecks(inv, [joins('lambda-test-index', (v) => v.lookup('sqs.queue', (q) => q.name, 'dlq'))])
    assert.equal(indexed[0]!.status, 'unknown')
    const found = runChecks(inv, [joins('lambda-test-get', (v) => v.get('sqs.queue', queueArn('dlq')))])
    assert.equal(found[0]!.status, 'pass')
    // Looked up and not found: it really does not exist.
    const gone = runChecks(inv, [joins('lambda-test-gone', (v) => v.get('sqs.queue', queueArn('gone')))])
    assert.equal(gone[0]!.status, 'pass')
  })

  it('"not in the inventory" is unknown for a queue that was never looked up', () => {
    const fs = runChecks(lambdaOnlySnapshot(), [joins('lambda-test-never', (v) => v.get('sqs.queue', queueArn('other')))])
    assert.deepEqual(fs.map((f) => [f.status, f.messageId]), [['unknown', 'unresolved']])
    assert.match(fs[0]!.reason ?? '', /not collected \(only the resources other resources name were looked up\)/)
  })

  it('the report notes the partial types the selected checks touch, and only those', () => {
    const inv: Inventory = {
      ...lambdaOnlySnapshot(),
      partial: [...lambdaOnlySnapshot().partial!, { resourceType: 'lambda.function', kind: 'fields', region: REGION, fields: ['tags', 'policy'], reason: 'not collected: no selected check reads them' }],
    }
    const sqs = scan(inv, [check('sqs-queue-policy-not-public')]).notes
    assert.equal(sqs.length, 1)
    assert.match(sqs[0]!, /^sqs\.queue collected only in part \(us-east-1, eu-west-1\)/)
    const lambda = scan(inv, [check('lambda-resource-policy-not-public')]).notes
    assert.deepEqual(lambda.length, 1)
    assert.match(lambda[0]!, /^lambda\.function: tags, policy not collected/)
    assert.deepEqual(scan(inv, [check('kms-key-rotation-enabled')]).notes, [])
  })
})

describe('snapshot format with partial collections', () => {
  const base = () => JSON.parse(JSON.stringify(lambdaOnlySnapshot())) as Record<string, unknown>

  it('an inventory that left something out is version 2, one that did not stays version 1', () => {
    assert.equal(inventorySchemaVersion(lambdaOnlySnapshot()), 2)
    assert.equal(inventorySchemaVersion({}), 1)
    assert.equal(inventorySchemaVersion({ partial: [] }), 1)
  })

  it('reads versions 1 and 2 and keeps the record', () => {
    const v2 = validateInventory({ ...base(), schemaVersion: 2 })
    assert.deepEqual(v2.partial, lambdaOnlySnapshot().partial)
    const v1 = validateInventory({ ...base(), schemaVersion: 1, partial: undefined })
    assert.equal(v1.partial, undefined)
  })

  it('refuses a malformed record or an unknown version, naming the place', () => {
    assert.throws(() => validateInventory({ ...base(), schemaVersion: 4 }), (e: Error) => e instanceof SnapshotError && /schema version 4 is not supported/.test(e.message))
    assert.throws(() => validateInventory({ ...base(), schemaVersion: 2, partial: [{ resourceType: 'sqs.queue', kind: 'some', reason: 'x' }] }), /partial\.0\.kind must be/)
    assert.throws(() => validateInventory({ ...base(), schemaVersion: 2, partial: [{ resourceType: 'no.such', kind: 'fields', reason: 'x' }] }), /partial\[0\]\.resourceType: unknown resource type "no\.such"/)
    assert.throws(() => validateInventory({ ...base(), schemaVersion: 2, partial: { resourceType: 'sqs.queue' } }), /partial must be/)
  })
})
