import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { scan } from './engine.js'
import { NOT_COLLECTED, notCollectedGaps, withNotCollectedGaps } from './collected.js'
import { addResources, emptyInventory, inventorySchemaVersion, regionsNotCollected, type CollectedTypes, type Inventory } from './inventory.js'
import { SnapshotError, validateInventory } from './snapshot.js'
import { CHECKS } from '../checks/index.js'
import { RESOURCE_TYPE_IDS, type ResourceType } from '../model/resource-types.js'
import { lambdaFunction, REGION, sqsQueue } from '../../test/factories/index.js'
import { deepFreeze } from '../../test/deep-freeze.js'

const EU = 'eu-west-1'
const check = (id: string) => {
  const c = CHECKS.find((x) => x.meta.id === id)
  assert.ok(c, id)
  return c
}
// Joins functions to their dead-letter queue and the alarms on it: fails when no alarm exists.
const DLQ_ALARM = 'lambda-dlq-alarm-configured'
// Over kms.key, which a Lambda-only collection never gathers.
const KMS = 'kms-key-not-pending-deletion'

/**
 * A snapshot collected for Lambda checks that read functions and queues only: the function's
 * dead-letter queue is present, alarms were never collected. `null`: no record (an older snapshot).
 */
function lambdaSnapshot(collected: CollectedTypes[] | null = [{ resourceTypes: ['lambda.function', 'sqs.queue'] }]): Inventory {
  const inv = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: [REGION, EU] })
  addResources(inv, 'lambda.function', [lambdaFunction()])
  addResources(inv, 'sqs.queue', [sqsQueue({ name: 'orders-dlq' })])
  if (collected) inv.collected = collected
  return deepFreeze(inv)
}

const statuses = (inv: Inventory, ids: string[]) =>
  scan(inv, ids.map(check)).findings.map((f) => [f.checkId, f.resourceId, f.status, f.messageId])

describe('types a snapshot did not collect', () => {
  it('without the record (older snapshot) an absent alarm fails and a kms check finds nothing: what this fixes', () => {
    const inv = lambdaSnapshot(null)
    const fs = statuses(withNotCollectedGaps(inv, [check(DLQ_ALARM), check(KMS)]), [DLQ_ALARM, KMS])
    assert.deepEqual(fs.map(([id, , status, msg]) => [id, status, msg]), [[DLQ_ALARM, 'fail', 'none']])
  })

  it('each needed type that was not collected is a NotCollected gap naming a collect command', () => {
    const gaps = notCollectedGaps(lambdaSnapshot(), [check(DLQ_ALARM), check(KMS)])
    assert.deepEqual(gaps.map((g) => [g.resourceType, g.region, g.code]), [
      ['cloudwatch.alarm', undefined, NOT_COLLECTED],
      ['kms.key', undefined, NOT_COLLECTED],
    ])
    assert.match(gaps[0]!.message, /`clearsky collect aws --checks lambda-dlq-alarm-configured`/)
    assert.match(gaps[1]!.message, /`clearsky collect aws --checks kms-key-not-pending-deletion`/)
  })

  it('the join becomes unknown instead of failing on absence; the check over an uncollected type gives one unknown', () => {
    const inv = withNotCollectedGaps(lambdaSnapshot(), [check(DLQ_ALARM), check(KMS)])
    const report = scan(inv, [check(DLQ_ALARM), check(KMS)])
    assert.deepEqual(
      report.findings.map((f) => [f.checkId, f.resourceId, f.status, f.messageId]),
      [
        [DLQ_ALARM, lambdaFunction().id, 'unknown', 'unresolved'],
        [KMS, 'kms.key:*:*', 'unknown', 'inventory-gap'],
      ],
    )
    assert.match(report.findings[0]!.reason ?? '', /cloudwatch\.alarm not listed \(NotCollected\)/)
    assert.match(report.findings[1]!.reason ?? '', /^NotCollected: /)
    const notes = report.notes.join('\n')
    assert.match(notes, /resource types not collected into this snapshot.*: cloudwatch\.alarm, kms\.key/)
    assert.match(notes, /1 selected check\(s\) could not run.*: kms-key-not-pending-deletion/)
    assert.match(notes, /1 selected check\(s\) join to a type that was not collected.*: lambda-dlq-alarm-configured/)
  })

  it('types that were collected add nothing: the same verdicts as a complete inventory', () => {
    const all: CollectedTypes[] = [{ resourceTypes: [...RESOURCE_TYPE_IDS] }]
    const inv = lambdaSnapshot(all)
    assert.equal(withNotCollectedGaps(inv, [check(DLQ_ALARM), check(KMS)]), inv, 'unchanged')
    assert.deepEqual(statuses(inv, [DLQ_ALARM, KMS]), statuses(lambdaSnapshot(null), [DLQ_ALARM, KMS]))
  })

  it('only the types the selected checks need become gaps', () => {
    assert.deepEqual(notCollectedGaps(lambdaSnapshot(), [check('lambda-function-url-auth-required')]), [])
  })

  it('an older live snapshot gets a note that it does not say what it collected; IaC and hand-built inventories get none', () => {
    const old = withNotCollectedGaps(lambdaSnapshot(null), [check(KMS)])
    assert.deepEqual(old.gaps, [])
    assert.equal(old.notes.length, 1)
    assert.match(old.notes[0]!, /does not record which resource types were collected/)
    for (const kind of ['iac', 'snapshot'] as const) {
      const complete = { ...lambdaSnapshot(null), scope: { kind, regions: [REGION] } }
      assert.equal(withNotCollectedGaps(complete, [check(KMS)]), complete, kind)
    }
  })

  it('records per region: a regional type is a gap where it was not collected, a global type under `global`', () => {
    const records: CollectedTypes[] = [
      { region: REGION, resourceTypes: ['kms.key', 'lambda.function'] },
      { region: EU, resourceTypes: ['lambda.function'] },
      { region: 'global', resourceTypes: ['iam.role'] },
    ]
    const scope = [REGION, EU]
    assert.deepEqual(regionsNotCollected(records, 'kms.key', scope, false), [EU])
    assert.deepEqual(regionsNotCollected(records, 'lambda.function', scope, false), [])
    assert.deepEqual(regionsNotCollected(records, 'sqs.queue', scope, false), [undefined])
    assert.deepEqual(regionsNotCollected(records, 'iam.role', scope, true), [])
    assert.deepEqual(regionsNotCollected(records, 'iam.user', scope, true), ['global'])
    const inv = withNotCollectedGaps({ ...lambdaSnapshot(records), resources: {} }, [check(KMS)])
    assert.deepEqual(inv.gaps.map((g) => [g.resourceType, g.region]), [['kms.key', EU]])
    assert.match(inv.gaps[0]!.message, / in eu-west-1 /)
    const fs = scan(inv, [check(KMS)]).findings
    assert.deepEqual(fs.map((f) => [f.region, f.status]), [[EU, 'unknown']])
  })
})

describe('schema version and validation of the collected record', () => {
  const every: CollectedTypes[] = [{ resourceTypes: [...RESOURCE_TYPE_IDS] }]
  const some: CollectedTypes[] = [{ resourceTypes: ['lambda.function'] }]
  const scope = { kind: 'aws' as const, regions: [REGION] }

  it('version 3 only when types were left out; a complete record keeps version 1 (or 2 with partial)', () => {
    assert.equal(inventorySchemaVersion({ collected: every, scope }), 1)
    assert.equal(inventorySchemaVersion({ collected: every, scope, partial: [{ resourceType: 'sqs.queue', kind: 'referenced-only', reason: 'x' }] }), 2)
    assert.equal(inventorySchemaVersion({ collected: some, scope }), 3)
    assert.equal(inventorySchemaVersion({ collected: every.map((r) => ({ resourceTypes: r.resourceTypes.filter((t: ResourceType) => t !== 'kms.key') })), scope }), 3)
    assert.equal(inventorySchemaVersion({}), 1)
  })

  const base = () => JSON.parse(JSON.stringify(lambdaSnapshot(some))) as Record<string, unknown>

  it('reads version 3 with its record, and version 1 and 2 with or without one', () => {
    assert.deepEqual(validateInventory({ ...base(), schemaVersion: 3 }).collected, some)
    assert.deepEqual(validateInventory({ ...base(), schemaVersion: 1, collected: every }).collected, every)
    assert.equal(validateInventory({ ...base(), schemaVersion: 2, collected: undefined }).collected, undefined)
  })

  it('refuses a malformed record, an unknown type, a version 3 without a record, and version 4', () => {
    const refuses = (data: Record<string, unknown>, pattern: RegExp) =>
      assert.throws(() => validateInventory(data, 's.json'), (e: Error) => e instanceof SnapshotError && pattern.test(e.message))
    refuses({ ...base(), schemaVersion: 3, collected: undefined }, /schema version 3 requires a collected list/)
    refuses({ ...base(), schemaVersion: 3, collected: { resourceTypes: [] } }, /collected must be/)
    refuses({ ...base(), schemaVersion: 3, collected: [{ resourceTypes: 'lambda.function' }] }, /collected\.0\.resourceTypes must be/)
    refuses({ ...base(), schemaVersion: 3, collected: [{ resourceTypes: ['no.such'] }] }, /collected\[0\]\.resourceTypes\[0\]: unknown resource type "no\.such"/)
    refuses({ ...base(), schemaVersion: 4 }, /schema version 4 is not supported \(this clearsky reads versions 1, 2, 3\)/)
  })
})
