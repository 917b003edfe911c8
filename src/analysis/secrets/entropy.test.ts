import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { entropyThreshold, looksRandom, shannonEntropy } from './entropy.js'
import { BASE62, BASE64, HEX, fakeChars } from '../../../test/secret-samples.js'

describe('shannonEntropy', () => {
  it('is 0 for empty and single-symbol strings and log2(n) for n distinct symbols', () => {
    assert.equal(shannonEntropy(''), 0)
    assert.equal(shannonEntropy('aaaa'), 0)
    assert.equal(shannonEntropy('ab'), 1)
    assert.equal(shannonEntropy('abcdefgh'), 3)
  })
  it('matches the measured values recorded in data/secret-patterns.json', () => {
    assert.equal(shannonEntropy('AKIAIOSFODNN7EXAMPLE').toFixed(2), '3.68')
    assert.equal(shannonEntropy('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY').toFixed(2), '4.66')
    assert.equal(shannonEntropy('3f2504e0-4f89-11d3-9a0c-0305e82c3301').toFixed(2), '3.62')
  })
})

describe('entropyThreshold', () => {
  it('scales with length below 32 characters and caps at 4.5', () => {
    assert.ok(entropyThreshold(20) < 3.8 && entropyThreshold(20) > 3.7)
    assert.ok(entropyThreshold(24) < entropyThreshold(28))
    assert.equal(entropyThreshold(64), 4.5)
  })
})

describe('looksRandom', () => {
  it('accepts random base62/base64 tokens of 20+ characters', () => {
    for (const [n, seed] of [[24, 1], [32, 2], [40, 3], [64, 4]] as const) assert.ok(looksRandom(fakeChars(n, BASE62, seed)), `${n}`)
    assert.ok(looksRandom(fakeChars(40, BASE64, 5)))
  })
  it('rejects short, hex, single-case and non-token strings', () => {
    assert.equal(looksRandom(fakeChars(16, BASE62, 6)), false)
    assert.equal(looksRandom(fakeChars(64, HEX, 7)), false)
    assert.equal(looksRandom(fakeChars(40, BASE62, 8).toLowerCase()), false)
    assert.equal(looksRandom('ThisIsAVeryLongIdentifierName'), false)
    assert.equal(looksRandom('https://api.example.com/v1/orders?limit=100'), false)
    assert.equal(looksRandom(Buffer.from('hello world, how are you').toString('base64')), false)
  })
})
