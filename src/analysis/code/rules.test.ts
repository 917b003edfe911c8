import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import rulesData from '../../../data/code-analysis-rules.json' with { type: 'json' }
import { EVENT_SOURCE_NAMES, rulesFor } from './rules.js'

describe('data/code-analysis-rules.json', () => {
  const entries = [rulesData.eventSources, ...rulesData.python.sqlSinks, ...rulesData.python.execSinks, ...rulesData.javascript.sqlSinks, ...rulesData.javascript.execSinks]
  it('every entry records a source and a verification date', () => {
    for (const e of entries) {
      assert.ok(e.source.length > 10, JSON.stringify(e))
      assert.match(e.verifiedAt, /^\d{4}-\d{2}-\d{2}$/)
      assert.ok(!Number.isNaN(Date.parse(e.verifiedAt)))
    }
  })
  it('sinks are well formed and unique per language', () => {
    for (const lang of ['python', 'javascript'] as const) {
      const { sqlSinks, execSinks } = rulesFor(lang)
      for (const s of sqlSinks) assert.ok((s.kind === 'method' || s.kind === 'function') && typeof s.sqlOnly === 'boolean', s.call)
      for (const s of execSinks) assert.ok((s.when === 'always' || s.when === 'shell-true') && s.module.length > 0, s.call)
      const keys = [...sqlSinks.map((s) => `sql:${s.call}`), ...execSinks.map((s) => `exec:${s.module}.${s.call}`)]
      assert.equal(new Set(keys).size, keys.length, lang)
    }
  })
  it('event sources are identifiers', () => {
    assert.ok(EVENT_SOURCE_NAMES.has('event'))
    for (const n of EVENT_SOURCE_NAMES) assert.match(n, /^[A-Za-z_$][\w$]*$/)
  })
})
