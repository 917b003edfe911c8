import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { checkFiles, renderIndex } from '../../scripts/gen-check-index.js'
import { isResourceType } from '../../src/model/resource-types.js'
import { isSeverity } from '../../src/core/severity.js'

const RESERVED_PLACEHOLDERS = new Set(['data', 'at', 'subject'])

describe('check catalogue', () => {
  it('src/checks/index.ts is current (npm run gen:checks)', () => {
    assert.equal(readFileSync('src/checks/index.ts', 'utf8'), renderIndex())
  })
  it('every check file is registered and ids equal file names', () => {
    const files = checkFiles()
    assert.equal(CHECKS.length, files.length)
    for (const [i, f] of files.entries()) assert.equal(CHECKS[i]!.meta.id, f.id)
  })
  it('ids are unique, kebab-case and carry a service prefix matching the folder', () => {
    const ids = CHECKS.map((c) => c.meta.id)
    assert.equal(new Set(ids).size, ids.length)
    for (const f of checkFiles()) {
      assert.match(f.id, /^[a-z0-9]+(-[a-z0-9]+)+$/)
      assert.ok(f.id.startsWith(`${f.service}-`), `${f.id} should start with ${f.service}-`)
    }
  })
  for (const check of CHECKS) {
    const m = check.meta
    it(`${m.id}: metadata complete`, () => {
      assert.ok(isResourceType(m.resourceType), 'resource type')
      assert.ok(isSeverity(m.severity), 'severity')
      for (const t of m.reads ?? []) assert.ok(isResourceType(t), `reads ${t}`)
      assert.ok(m.title.length > 10 && !/^ensure/i.test(m.title), 'title states the passing state')
      assert.ok(m.description.length > 20, 'description')
      assert.ok(m.risk.length > 20, 'risk')
      assert.ok(m.remediation.text.length > 20, 'remediation text')
      assert.ok(m.categories.length > 0, 'categories')
      assert.ok(Object.keys(m.messages).length > 0, 'messages')
      for (const [id, text] of Object.entries(m.messages)) {
        for (const [, key] of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) assert.ok(!RESERVED_PLACEHOLDERS.has(key!), `${id}: placeholder {{${key}}} is reserved`)
      }
    })
    it(`${m.id}: has a test file, and every message id is used in the source`, () => {
      const f = checkFiles().find((x) => x.id === m.id)!
      const base = join('src/checks', f.service, m.id)
      assert.ok(existsSync(`${base}.test.ts`), 'test file beside the check')
      const own = readFileSync(`${base}.ts`, 'utf8')
      // A check may hand its verdicts to a shared analysis helper (e.g. the four RDS event
      // subscription checks): message ids used there count as used.
      const helpers = [...own.matchAll(/from '(\.\.\/\.\.\/analysis\/[^']+)\.js'/g)].map((i) => readFileSync(`${resolve(dirname(base), i[1]!)}.ts`, 'utf8'))
      const src = [own, ...helpers].join('\n')
      for (const id of Object.keys(m.messages)) assert.ok(src.includes(`'${id}'`), `message '${id}' is defined but never used`)
    })
  }
})
