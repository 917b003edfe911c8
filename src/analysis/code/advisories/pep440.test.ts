import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { comparePep440, parsePep440 } from './pep440.js'

const cmp = (a: string, b: string) => Math.sign(comparePep440(parsePep440(a)!, parsePep440(b)!))

describe('PEP 440 ordering', () => {
  it('orders a full ascending sequence', () => {
    const ordered = ['1.0.dev0', '1.0a1', '1.0a2.dev1', '1.0a2', '1.0b1', '1.0rc1', '1.0', '1.0+local.1', '1.0.post1.dev0', '1.0.post1', '1.0.1', '1.1', '2!0.1']
    for (let i = 0; i < ordered.length - 1; i++) assert.equal(cmp(ordered[i]!, ordered[i + 1]!), -1, `${ordered[i]} < ${ordered[i + 1]}`)
  })
  it('normalizes spellings and ignores trailing zeros', () => {
    for (const [a, b] of [
      ['1.0', '1'],
      ['1.0.0', '1'],
      ['1.0-alpha1', '1.0a1'],
      ['1.0.c1', '1.0rc1'],
      ['v2.31', '2.31.0'],
      ['1.0-1', '1.0.post1'],
      ['1.0.preview2', '1.0rc2'],
    ])
      assert.equal(cmp(a!, b!), 0, `${a} == ${b}`)
  })
  it('compares release segments as numbers', () => {
    assert.equal(cmp('2.10', '2.9'), 1)
    assert.equal(cmp('5.3.1', '5.3'), 1)
  })
  it('rejects what is not a version', () => {
    for (const bad of ['', 'latest', '1.0-foo', '1..2']) assert.equal(parsePep440(bad), undefined, bad)
  })
})
