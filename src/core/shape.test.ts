import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { checkShape, describeShape, s } from './shape.js'

const shape = s.obj({ name: s.str, size: s.opt(s.num), tags: s.record(s.str), vpc: s.nullable(s.obj({ ids: s.list(s.str) })), mode: s.oneOf('A', 'B'), either: s.opt(s.either(s.str, s.list(s.str))) })
const good = { name: 'n', tags: { a: 'b' }, vpc: { ids: ['x'] }, mode: 'A' }

describe('shape checker', () => {
  it('accepts what fits, extra fields included', () => {
    assert.equal(checkShape(good, shape), undefined)
    assert.equal(checkShape({ ...good, size: 3, vpc: null, either: ['a'], extra: [1] }, shape), undefined)
  })
  it('names the first place that does not fit, what it expected and what it got', () => {
    assert.deepEqual(checkShape({ ...good, tags: 5 }, shape), { path: 'tags', expected: 'an object of strings', got: 'number 5' })
    assert.deepEqual(checkShape({ ...good, vpc: { ids: ['a', 7] } }, shape), { path: 'vpc.ids.1', expected: 'a string', got: 'number 7' })
    assert.deepEqual(checkShape({ ...good, mode: 'C' }, shape), { path: 'mode', expected: 'one of "A", "B"', got: 'the string "C"' })
    assert.deepEqual(checkShape({ tags: {}, vpc: null, mode: 'A' }, shape), { path: 'name', expected: 'a string', got: 'nothing (the field is missing)' })
    assert.equal(checkShape({ ...good, size: Infinity }, shape)?.path, 'size')
    assert.equal(checkShape({ ...good, either: 5 }, shape)?.expected, 'a string or a list of strings')
  })
  it('describes shapes in words', () => {
    assert.equal(describeShape(s.list(s.obj({}))), 'a list of objects')
    assert.equal(describeShape(s.nullable(s.bool)), 'a boolean or null')
  })
})
