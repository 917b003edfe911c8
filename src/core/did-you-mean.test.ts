import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { closest, didYouMean, editDistance } from './did-you-mean.js'

const IDS = ['lambda-function-url-auth-required', 'lambda-function-url-cors-restricted', 'lambda-runtime-supported', 'kms-key-rotation-enabled']

describe('did-you-mean', () => {
  it('edit distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3)
    assert.equal(editDistance('', 'abc'), 3)
    assert.equal(editDistance('same', 'same'), 0)
  })
  it('suggests typos first, then ids sharing most words', () => {
    assert.deepEqual(closest('lambda-runtime-suported', IDS), ['lambda-runtime-supported'])
    assert.deepEqual(closest('lambda-url-auth', IDS), ['lambda-function-url-auth-required'])
    assert.deepEqual(closest('s3-bucket-public', IDS), [])
    assert.deepEqual(closest('pci', ['cis-7.0', 'pci-dss-4.0.1', 'soc2']), ['pci-dss-4.0.1'])
  })
  it('formats the hint, or nothing', () => {
    assert.equal(didYouMean('reasn', ['reason', 'regions']), ' (did you mean reason?)')
    assert.equal(didYouMean('zzz', ['reason']), '')
  })
})
