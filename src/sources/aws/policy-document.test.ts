import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parsePolicyDocument } from './policy-document.js'

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] }

describe('parsePolicyDocument', () => {
  it('parses JSON text', () => {
    const r = parsePolicyDocument(JSON.stringify(doc))
    assert.ok(r.ok)
    assert.deepEqual(r.document, doc)
  })

  it('decodes URL-encoded documents (as IAM returns them)', () => {
    const r = parsePolicyDocument(encodeURIComponent(JSON.stringify(doc, null, 2)))
    assert.ok(r.ok)
    assert.deepEqual(r.document, doc)
  })

  it('wraps a single Statement object in a list and keeps string/array forms as they are', () => {
    const r = parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' } }))
    assert.ok(r.ok)
    assert.deepEqual(r.document.Statement, [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }])
  })

  it('a document without statements has an empty list', () => {
    const r = parsePolicyDocument('{"Version":"2012-10-17"}')
    assert.ok(r.ok)
    assert.deepEqual(r.document.Statement, [])
  })

  it('reports broken input instead of guessing', () => {
    assert.equal(parsePolicyDocument('{nope').ok, false)
    assert.equal(parsePolicyDocument('%E0%A4%A').ok, false)
    assert.equal(parsePolicyDocument('[1,2]').ok, false)
    assert.equal(parsePolicyDocument('{"Statement":[1]}').ok, false)
  })
})
