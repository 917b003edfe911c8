import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { CHECKS } from '../../src/checks/index.js'
import { CHECKS_DOC, renderChecksDoc } from '../../scripts/gen-checks-doc.js'

describe('docs/checks.md', () => {
  it('is current (npm run gen:docs)', () => {
    assert.equal(readFileSync(CHECKS_DOC, 'utf8'), renderChecksDoc())
  })

  it('lists every check once, with its severity and resource type', () => {
    const text = renderChecksDoc()
    for (const c of CHECKS) {
      const rows = text.split('\n').filter((l) => l.startsWith(`| \`${c.meta.id}\` |`))
      assert.equal(rows.length, 1, c.meta.id)
      assert.ok(rows[0]!.includes(`| ${c.meta.severity} |`) && rows[0]!.includes(`\`${c.meta.resourceType}\``), c.meta.id)
    }
  })

  it('escapes table-breaking text', () => {
    const [check] = CHECKS
    const text = renderChecksDoc([{ ...check!, meta: { ...check!.meta, id: 'x-pipe', title: 'a | b\nc' } }])
    assert.ok(text.includes('| a \\| b c |'))
  })
})
