import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import secretData from '../../../data/secret-patterns.json' with { type: 'json' }
import { PATTERNS } from './rules.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

describe('data/secret-patterns.json', () => {
  it('has unique, kebab-case pattern ids, each with a label, a description, a source and a date', () => {
    const ids = secretData.patterns.map((p) => p.id)
    assert.equal(new Set(ids).size, ids.length)
    for (const p of secretData.patterns) {
      assert.match(p.id, /^[a-z0-9]+(-[a-z0-9]+)*$/)
      assert.ok(p.kind.length > 3 && p.description.length > 20 && p.source.length > 10, p.id)
      assert.match(p.verifiedAt, DATE, p.id)
      assert.ok(p.appliesTo.length > 0 && p.appliesTo.every((a) => a === 'env' || a === 'text'), p.id)
    }
  })
  it('never reuses the heuristic kind ids', () => {
    for (const id of ['secret-name', 'high-entropy']) assert.ok(!PATTERNS.some((p) => p.id === id))
  })
  it('gives every rule section a source and a date', () => {
    for (const section of [secretData.allowlist, secretData.secretNames, secretData.nonSecretValues, secretData.entropy, secretData.genericTextExclusions]) {
      assert.ok(section.source.length > 10)
      assert.match(section.verifiedAt, DATE)
    }
  })
  it('orders specific patterns before generic ones', () => {
    const firstGeneric = PATTERNS.findIndex((p) => p.generic)
    assert.ok(firstGeneric > 0 && PATTERNS.slice(firstGeneric).every((p) => p.generic))
  })
  it('lists the AWS documentation example key as allowed', () => {
    assert.ok(secretData.allowlist.values.includes('AKIAIOSFODNN7EXAMPLE'))
  })
})
