import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { maskSecret, maskedEnvValue, parseMaskedEnvValue } from './mask.js'

describe('maskSecret', () => {
  it('shows at most the first 4 characters of long values and nothing of short ones', () => {
    assert.equal(maskSecret('AKIAZ7QPX3MR5TLWVN2B'), 'AKIA****')
    assert.equal(maskSecret('hunter2'), '****')
    assert.equal(maskSecret(''), '****')
  })
})

describe('maskedEnvValue', () => {
  it('round-trips the kind and never contains the value', () => {
    const value = 'postgres://app:Sup3rS3cretPassw0rd@db/orders'
    const masked = maskedEnvValue('url-credentials', value)
    assert.ok(!masked.includes('Sup3r'))
    assert.deepEqual(parseMaskedEnvValue(masked), { kind: 'url-credentials' })
  })
  it('does not mistake ordinary values for masked ones', () => {
    assert.equal(parseMaskedEnvValue('****'), undefined)
    assert.equal(parseMaskedEnvValue('[masked]'), undefined)
  })
})
