import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { RUNTIMES, findRuntime, reached, runtimeStatus, successorOf, utcDay, type RuntimeLifecycle } from './runtime-lifecycle.js'

const rt = (over: Partial<RuntimeLifecycle> & { id: string }): RuntimeLifecycle => ({
  family: 'nodejs', os: 'AL2023', deprecation: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01', source: 'test', verifiedAt: '2026-11-27', ...over,
})
const at = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('data/lambda-runtimes.json', () => {
  const DATE = /^\d{4}-\d{2}-\d{2}$/
  it('has unique ids and well-formed entries with a source and a verification date', () => {
    const ids = RUNTIMES.map((r) => r.id)
    assert.equal(new Set(ids).size, ids.length)
    for (const r of RUNTIMES) {
      assert.match(r.id, /^[a-z]+[0-9a-z.-]*$/, r.id)
      assert.ok(['AL2023', 'AL2', 'AL1'].includes(r.os), `${r.id} os`)
      assert.ok(r.source.length > 10, `${r.id} source`)
      assert.match(r.verifiedAt, DATE, `${r.id} verifiedAt`)
      for (const d of [r.deprecation, r.blockCreate, r.blockUpdate]) if (d !== null) assert.ok(DATE.test(d) && !Number.isNaN(utcDay(d)), `${r.id} date ${d}`)
    }
  })
  it('never blocks a runtime before deprecating it, nor updates before creates', () => {
    for (const r of RUNTIMES) {
      if (r.deprecation && r.blockCreate) assert.ok(r.deprecation <= r.blockCreate, r.id)
      if (r.deprecation && r.blockUpdate) assert.ok(r.deprecation <= r.blockUpdate, r.id)
      if (r.blockCreate && r.blockUpdate) assert.ok(r.blockCreate <= r.blockUpdate, r.id)
      if (r.deprecation === null) assert.equal(r.blockCreate, null, r.id)
    }
  })
  it('knows the current and the long-retired runtimes', () => {
    for (const id of ['nodejs22.x', 'nodejs20.x', 'python3.13', 'python3.9', 'java21', 'java8', 'dotnet8', 'ruby3.3', 'provided.al2023', 'provided.al2', 'go1.x', 'nodejs'])
      assert.ok(findRuntime(id), id)
    assert.equal(findRuntime('cobol85'), undefined)
  })
})

describe('runtimeStatus', () => {
  const r = rt({ id: 'nodejs22.x' })
  it('is supported when the deprecation date is beyond the lead time', () => {
    assert.deepEqual(runtimeStatus(r, at('2026-11-27'), 90), { phase: 'supported', daysToDeprecation: 154 })
  })
  it('warns within the lead time, counting whole days', () => {
    assert.deepEqual(runtimeStatus(r, at('2027-01-30'), 90), { phase: 'deprecating-soon', daysToDeprecation: 90 })
    assert.equal(runtimeStatus(r, at('2027-01-29'), 90).phase, 'supported')
    // One second before the deprecation date is still a day ahead: a lead time of 0 means no warning.
    assert.equal(runtimeStatus(r, new Date('2027-04-29T23:59:59Z'), 1).phase, 'deprecating-soon')
    assert.equal(runtimeStatus(r, new Date('2027-04-29T23:59:59Z'), 0).phase, 'supported')
  })
  it('is deprecated from 00:00 UTC on the deprecation date', () => {
    assert.deepEqual(runtimeStatus(r, at('2027-04-30'), 90), { phase: 'deprecated', daysToDeprecation: 0 })
  })
  it('moves to create-blocked and update-blocked on the block dates', () => {
    assert.equal(runtimeStatus(r, at('2027-06-01'), 90).phase, 'create-blocked')
    assert.equal(runtimeStatus(r, at('2027-07-01'), 90).phase, 'update-blocked')
    assert.equal(runtimeStatus(r, at('2030-01-01'), 90).daysToDeprecation! < 0, true)
  })
  it('stays deprecated when the block dates are not known', () => {
    assert.equal(runtimeStatus(rt({ id: 'x', blockCreate: null, blockUpdate: null }), at('2030-01-01'), 90).phase, 'deprecated')
  })
  it('is supported when no deprecation is scheduled', () => {
    assert.deepEqual(runtimeStatus(rt({ id: 'x', deprecation: null, blockCreate: null, blockUpdate: null }), at('2030-01-01'), 90), { phase: 'supported' })
  })
  it('reached() treats null as never', () => {
    assert.equal(reached(null, at('2100-01-01')), false)
    assert.equal(reached('2026-11-27', at('2026-11-27')), true)
  })
})

describe('successorOf', () => {
  const table = [
    rt({ id: 'nodejs20.x', deprecation: '2026-04-30', blockCreate: null, blockUpdate: null }),
    rt({ id: 'nodejs22.x' }),
    rt({ id: 'nodejs24.x', deprecation: '2028-04-30', blockCreate: null, blockUpdate: null }),
    rt({ id: 'nodejs26.x', deprecation: null, blockCreate: null, blockUpdate: null, preview: true }),
    rt({ id: 'python3.13', family: 'python', deprecation: '2029-06-30', blockCreate: null, blockUpdate: null }),
    rt({ id: 'python3.14', family: 'python', deprecation: '2029-06-30', blockCreate: null, blockUpdate: null }),
    rt({ id: 'go1.x', family: 'go', deprecation: '2024-01-08', blockCreate: null, blockUpdate: null, successorFamily: 'provided' }),
    rt({ id: 'provided.al2023', family: 'provided', deprecation: '2029-06-30', blockCreate: null, blockUpdate: null }),
    rt({ id: 'ruby2.7', family: 'ruby', deprecation: '2023-12-07', blockCreate: null, blockUpdate: null }),
  ]
  const now = at('2026-11-27')
  it('picks the supported runtime of the family supported the longest, never a preview', () => {
    assert.equal(successorOf(table[0]!, now, table)?.id, 'nodejs24.x')
  })
  it('breaks ties on the newest version', () => {
    assert.equal(successorOf(rt({ id: 'python3.9', family: 'python' }), now, table)?.id, 'python3.14')
  })
  it('falls back to the successor family, and to nothing', () => {
    assert.equal(successorOf(table[6]!, now, table)?.id, 'provided.al2023')
    assert.equal(successorOf(table[8]!, now, table), undefined)
  })
  it('works on the shipped data', () => {
    assert.equal(successorOf(findRuntime('python3.8')!, now)?.id, 'python3.14')
    assert.equal(successorOf(findRuntime('go1.x')!, now)?.id, 'provided.al2023')
  })
})
