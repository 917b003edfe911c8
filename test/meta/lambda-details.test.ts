/**
 * Proves LAMBDA_DETAIL_READERS (src/sources/aws/collectors/lambda-function-details.ts) right for
 * every check of the catalogue: on rich inventories collected with every detail group, a check
 * evaluated where only its declared groups are present (the others left out exactly as the
 * collector leaves them: null values listed in `unresolved`) gives exactly the verdicts it gives
 * with every group — so no verdict turns unknown, or changes, because of an undeclared group —
 * and each declared group changes some verdict when it alone is left out, so no check makes a
 * scan pay for calls it does not read.
 */
import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CHECKS } from '../../src/checks/index.js'
import { LAMBDA_DETAIL_GROUPS, LAMBDA_DETAIL_READERS, type LambdaDetailGroup } from '../../src/sources/aws/collectors/lambda-function-details.js'
import type { LambdaFunction } from '../../src/model/lambda.js'
import { lacking, proofInventories, verdicts, type ProofInventory } from './lambda-details-support.js'

const declared = (id: string): readonly LambdaDetailGroup[] => LAMBDA_DETAIL_READERS[id] ?? []

/** Whether a function carries real data for a group, so that leaving it out can make a difference. */
const HAS: Record<LambdaDetailGroup, (fn: LambdaFunction) => boolean> = {
  'get-function': (fn) => Object.keys(fn.tags ?? {}).length > 0 && fn.reservedConcurrency !== null,
  policy: (fn) => fn.policy !== null,
  url: (fn) => fn.url !== null,
  'code-signing': (fn) => fn.codeSigningConfigArn !== null,
  'event-invoke': (fn) => fn.eventInvokeConfig !== null,
  'event-source-mappings': (fn) => fn.eventSourceMappings.length > 0,
}

describe('meta: the Lambda detail groups each check declares', () => {
  let proofs: ProofInventory[]
  before(async () => {
    proofs = await proofInventories()
  })

  it('the declarations name real checks and real groups', () => {
    const ids = new Set(CHECKS.map((c) => c.meta.id))
    for (const [id, groups] of Object.entries(LAMBDA_DETAIL_READERS)) {
      assert.ok(ids.has(id), `${id} is not a check`)
      for (const g of groups) assert.ok((LAMBDA_DETAIL_GROUPS as readonly string[]).includes(g), `${id}: ${g} is not a group`)
    }
  })

  it('the proof inventories hold data for every group (so leaving one out can matter)', () => {
    const fns = proofs.flatMap((p) => p.inventory.resources['lambda.function'] ?? [])
    for (const g of LAMBDA_DETAIL_GROUPS) assert.ok(fns.some(HAS[g]), `no collected function has ${g} data`)
    for (const fn of fns) for (const [field, why] of Object.entries(fn.unresolved ?? {})) assert.doesNotMatch(why, /^not collected/, `${fn.name}.${field}`)
  })

  it('every check gives the same verdicts with only its declared groups as with all of them', () => {
    const wrong: string[] = []
    for (const check of CHECKS) {
      const mine = declared(check.meta.id)
      const undeclared = LAMBDA_DETAIL_GROUPS.filter((g) => !mine.includes(g))
      for (const p of proofs) {
        const full = verdicts(check, p, p.inventory)
        if (JSON.stringify(verdicts(check, p, lacking(p.inventory, undeclared))) === JSON.stringify(full)) continue
        // Name the culprits: each undeclared group that alone changes a verdict.
        const culprits = undeclared.filter((g) => JSON.stringify(verdicts(check, p, lacking(p.inventory, [g]))) !== JSON.stringify(full))
        wrong.push(`${check.meta.id} reads undeclared ${culprits.join(', ') || 'groups'} (${p.name})`)
      }
    }
    assert.deepEqual(wrong, [], 'add the groups to LAMBDA_DETAIL_READERS')
  })

  it('every declared group changes some verdict of its check when it alone is left out', () => {
    const idle: string[] = []
    for (const check of CHECKS) {
      for (const g of declared(check.meta.id)) {
        const matters = proofs.some((p) => JSON.stringify(verdicts(check, p, lacking(p.inventory, [g]))) !== JSON.stringify(verdicts(check, p, p.inventory)))
        if (!matters) idle.push(`${check.meta.id}: ${g}`)
      }
    }
    assert.deepEqual(idle, [], 'declared but never read on the proof inventories: remove it, or give the fixture a function that exercises it')
  })

  it('a check reading a group that was left out reports unknown, never pass (the engine tracks the read)', () => {
    const check = CHECKS.find((c) => c.meta.id === 'lambda-function-url-auth-required')!
    const p = proofs[0]!
    const statuses = new Set(verdicts(check, p, lacking(p.inventory, ['url'])).map((v) => v.split(' ')[0]))
    assert.deepEqual([...statuses], ['unknown'])
  })
})
