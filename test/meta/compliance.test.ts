import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CHECKS } from '../../src/checks/index.js'
import { COMPLIANCE_INDEX, FRAMEWORKS } from '../../src/compliance/index.js'
import { UNMAPPED_CHECKS } from '../../src/compliance/unmapped.js'

const checkIds = new Set(CHECKS.map((c) => c.meta.id))

describe('compliance catalogue', () => {
  it('every check id a framework names exists in the catalogue', () => {
    const missing: string[] = []
    for (const fw of FRAMEWORKS) for (const ctl of fw.controls) for (const id of ctl.checks ?? []) if (!checkIds.has(id)) missing.push(`${fw.id}:${ctl.id} → ${id}`)
    assert.deepEqual(missing, [], 'framework controls name checks that do not exist (typo, or the check was renamed)')
  })

  it('every check is mapped to a control or listed in src/compliance/unmapped.ts with a reason', () => {
    const orphans = [...checkIds].filter((id) => !COMPLIANCE_INDEX.has(id) && !Object.hasOwn(UNMAPPED_CHECKS, id))
    assert.deepEqual(orphans, [], 'map these checks in src/compliance/frameworks/*.ts, or list them in src/compliance/unmapped.ts')
  })

  it('unmapped.ts lists only existing checks that are really unmapped, each with a reason', () => {
    for (const [id, reason] of Object.entries(UNMAPPED_CHECKS)) {
      assert.ok(checkIds.has(id), `${id} is listed as unmapped but is not a check`)
      assert.ok(!COMPLIANCE_INDEX.has(id), `${id} is listed as unmapped but a framework maps it`)
      assert.ok(reason.trim().length > 10, `${id}: give the reason`)
    }
  })

  it('framework ids are unique and record a source and a verification date', () => {
    assert.equal(new Set(FRAMEWORKS.map((f) => f.id)).size, FRAMEWORKS.length)
    for (const fw of FRAMEWORKS) {
      assert.match(fw.id, /^[a-z0-9.-]+$/, fw.id)
      assert.ok(fw.source.length > 10, `${fw.id}: source`)
      assert.match(fw.verifiedAt, /^\d{4}-\d{2}-\d{2}$/, `${fw.id}: verifiedAt`)
      assert.ok(!Number.isNaN(Date.parse(fw.verifiedAt)), `${fw.id}: verifiedAt is a date`)
    }
  })

  it('control ids are unique within a framework, titles are short and not "Ensure …" prose', () => {
    for (const fw of FRAMEWORKS) {
      const ids = fw.controls.map((c) => c.id)
      assert.equal(new Set(ids).size, ids.length, `${fw.id}: duplicate control id`)
      for (const c of fw.controls) {
        assert.ok(c.title.length > 3 && c.title.length <= 90, `${fw.id}:${c.id} title length`)
        assert.ok(!/^ensure\b/i.test(c.title), `${fw.id}:${c.id} title is benchmark prose`)
        assert.ok(!(c.manual && c.checks?.length), `${fw.id}:${c.id} is manual but names checks`)
        assert.equal(new Set(c.checks ?? []).size, (c.checks ?? []).length, `${fw.id}:${c.id} names a check twice`)
      }
    }
  })

  it('CIS numbering: v5.0.0 sections start at 1, v7.0.0 at 2, with the published control counts', () => {
    const cis5 = FRAMEWORKS.find((f) => f.id === 'cis-5.0')!
    const cis7 = FRAMEWORKS.find((f) => f.id === 'cis-7.0')!
    assert.equal(cis5.controls.length, 63)
    assert.equal(cis7.controls.length, 70)
    assert.equal(cis5.controls[0]!.id, '1.1')
    assert.equal(cis7.controls[0]!.id, '2.1.1')
    assert.ok(cis5.controls.every((c) => /^[1-5]\./.test(c.id)))
    assert.ok(cis7.controls.every((c) => /^[2-6]\./.test(c.id)))
  })
})
