/**
 * Hostile policy documents through the IAM engine's public entry points: wrong types in every
 * element, huge and wildcard-heavy strings, thousands of statements, deeply nested condition
 * values, and policy text that is not JSON. Nothing may throw or take long: a policy comes from
 * the scanned account or template, and one bad policy must not stop the scan.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { analyzeExternalAccess, assessAdministratorAccess, compilePolicy, evaluateRequest, type AccessRequest } from '../../src/analysis/iam/index.js'
import { cachedRegExp, globSource, resourceGlobSource } from '../../src/analysis/iam/glob.js'
import type { PolicyDocument } from '../../src/model/common.js'
import { parsePolicyDocument } from '../../src/sources/aws/policy-document.js'
import { createPrng, type Prng } from '../aws-server/prng.js'

const OWNER = '111122223333'
const FUNCTION = `arn:aws:lambda:us-east-1:${OWNER}:function:orders`

/** A random JSON value of any type, nested up to `depth`. */
function anyValue(prng: Prng, depth: number): unknown {
  const pick = prng.int(depth > 0 ? 9 : 6)
  switch (pick) {
    case 0:
      return null
    case 1:
      return prng.chance(0.5)
    case 2:
      return prng.pick([0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER])
    case 3:
      return prng.pick(['*', '', 'lambda:*', 's3:Get*', 'arn:aws:*:*:*:*', '${aws:username}', '?*?*', 'Allow', 'Deny', '\u0000\u001b[31m', 'a'.repeat(300)])
    case 4:
      return prng.pick(['StringLike', 'ArnLike', 'IpAddress', 'ForAnyValue:StringEquals', 'Null', 'Bool', 'NumericLessThan', 'DateGreaterThan'])
    case 5:
      return `${prng.pick(['arn:aws:', '*', 'AWS:', ''])}${'*x'.repeat(prng.int(20))}`
    case 6:
    case 7:
      return Array.from({ length: prng.int(4) }, () => anyValue(prng, depth - 1))
    default:
      return Object.fromEntries(Array.from({ length: prng.int(4) }, () => [prng.pick(['AWS', 'Service', 'Federated', 'aws:SourceArn', 'StringEquals', 'x', '*']), anyValue(prng, depth - 1)]))
  }
}

/** A statement whose every element may have the wrong type. */
function hostileStatement(prng: Prng): unknown {
  const st: Record<string, unknown> = {}
  for (const key of ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition']) {
    if (prng.chance(0.6)) st[key] = key === 'Effect' && prng.chance(0.7) ? prng.pick(['Allow', 'Deny']) : anyValue(prng, 3)
  }
  return prng.chance(0.05) ? anyValue(prng, 2) : st
}

function hostileDocument(prng: Prng): PolicyDocument {
  const statements = Array.from({ length: 1 + prng.int(5) }, () => hostileStatement(prng))
  const doc: Record<string, unknown> = { Version: prng.pick(['2012-10-17', '2008-10-17', 5, undefined]) }
  doc.Statement = prng.chance(0.1) ? anyValue(prng, 2) : prng.chance(0.1) ? statements[0] : statements
  return doc as unknown as PolicyDocument
}

const REQUESTS: AccessRequest[] = [
  { principal: { type: 'aws', arn: 'arn:aws:iam::444455556666:root' }, action: 'lambda:InvokeFunction', resource: FUNCTION },
  { principal: { type: 'service', service: 's3.amazonaws.com' }, action: 'lambda:InvokeFunction', resource: FUNCTION, context: { 'aws:SourceArn': 'arn:aws:s3:::bucket', 'aws:SourceAccount': OWNER } },
  { principal: { type: 'anonymous' }, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' },
]

/** Runs every entry point on `doc`, returns how long it took. Throws what they throw. */
function exercise(doc: PolicyDocument): number {
  const t = performance.now()
  compilePolicy(doc)
  for (const req of REQUESTS) {
    const r = evaluateRequest(req, { resourcePolicy: doc, identityPolicies: [doc] })
    assert.ok(['allow', 'explicit-deny', 'implicit-deny'].includes(r.decision), r.decision)
  }
  analyzeExternalAccess(doc, { ownerAccount: OWNER, resourceArn: FUNCTION })
  assessAdministratorAccess([{ name: 'hostile', document: doc }], doc)
  return performance.now() - t
}

describe('hostile IAM policies', () => {
  it('wrong types in every element: no entry point throws, each document is quick', () => {
    const prng = createPrng(424242)
    const slow: string[] = []
    const thrown: string[] = []
    for (let n = 0; n < 400; n++) {
      const doc = hostileDocument(prng)
      try {
        const ms = exercise(doc)
        if (ms > 250) slow.push(`${Math.round(ms)} ms: ${JSON.stringify(doc).slice(0, 200)}`)
      } catch (err) {
        thrown.push(`${(err as Error).message}: ${JSON.stringify(doc).slice(0, 300)}`)
      }
    }
    assert.deepEqual(thrown.slice(0, 5), [])
    assert.deepEqual(slow.slice(0, 5), [])
  })

  it('wildcard-heavy patterns cost linear time, not exponential (resource, action, principal, condition)', () => {
    const stars = `${'*a'.repeat(40)}*c`
    const doc: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${stars}` }, Action: `lambda:${stars}`, Resource: `arn:aws:lambda:${stars}`, Condition: { StringLike: { 'aws:SourceArn': stars }, ArnLike: { 'aws:SourceArn': `arn:aws:s3:::${stars}` } } },
      ],
    }
    const long = `arn:aws:lambda:us-east-1:${OWNER}:function:${'a'.repeat(200)}`
    const t = performance.now()
    for (const resource of [long, FUNCTION]) {
      evaluateRequest({ principal: { type: 'aws', arn: `arn:aws:iam::${OWNER}:role/${'a'.repeat(100)}` }, action: `lambda:${'a'.repeat(100)}`, resource, context: { 'aws:SourceArn': 'a'.repeat(200) } }, { resourcePolicy: doc })
    }
    analyzeExternalAccess(doc, { ownerAccount: OWNER, resourceArn: long })
    assert.ok(performance.now() - t < 1000, `${Math.round(performance.now() - t)} ms`)
  })

  it('the linear matcher agrees with a regular expression on random patterns', () => {
    const prng = createPrng(99)
    const alphabet = ['a', 'b', ':', '*', '?', '.', '/', '$']
    for (let n = 0; n < 3000; n++) {
      const pattern = Array.from({ length: prng.int(8) }, () => prng.pick(alphabet)).join('')
      const value = Array.from({ length: prng.int(10) }, () => prng.pick(['a', 'b', ':', '.', '/', '$'])).join('')
      for (const source of [globSource(pattern), resourceGlobSource(pattern)]) {
        assert.equal(cachedRegExp(source).test(value), new RegExp(`^${source}$`).test(value), `${JSON.stringify(pattern)} ~ ${JSON.stringify(value)}`)
      }
      assert.equal(cachedRegExp(globSource(pattern), true).test(value.toUpperCase()), new RegExp(`^${globSource(pattern)}$`, 'i').test(value.toUpperCase()))
    }
  })

  it('thousands of statements and huge strings stay bounded', () => {
    const many: PolicyDocument = {
      Version: '2012-10-17',
      Statement: Array.from({ length: 5000 }, (_, i) => ({ Effect: i % 7 ? 'Allow' : 'Deny', Action: [`s3:Get${i}*`, `lambda:Invoke${'?'.repeat(i % 5)}*`], Resource: `arn:aws:s3:::b-${i}/*`, Principal: { AWS: `arn:aws:iam::${String(i).padStart(12, '0')}:root` } })),
    } as PolicyDocument
    const huge: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*'.repeat(200_000), Resource: `arn:${'*?'.repeat(100_000)}`, Principal: '*', Condition: { StringLike: { 'aws:SourceArn': 'x'.repeat(1_000_000) } } }] }
    assert.ok(exercise(many) < 5000)
    assert.ok(exercise(huge) < 5000)
  })

  it('deeply nested condition values neither overflow the stack nor take long', () => {
    let deep: unknown = 'arn:aws:s3:::bucket'
    for (let i = 0; i < 50_000; i++) deep = [deep]
    let deepObject: unknown = { StringEquals: { 'aws:SourceAccount': OWNER } }
    for (let i = 0; i < 50_000; i++) deepObject = { Nested: deepObject }
    for (const Condition of [{ ArnLike: { 'aws:SourceArn': deep } }, deepObject, { ForAnyValue: deep }]) {
      const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: FUNCTION, Condition }] } as unknown as PolicyDocument
      assert.ok(exercise(doc) < 2000)
    }
  })

  it('policy text that is not a policy is refused with a reason, never thrown', () => {
    const prng = createPrng(5)
    const good = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: FUNCTION }] })
    const inputs: unknown[] = ['', '{', '%7B%22Statement', '%E0%A4%A', '[]', 'null', '5', '"x"', '{"Statement": 5}', '{"Statement": [1, 2]}', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 5, null, [], { Statement: 'x' }]
    for (let n = 0; n < 200; n++) {
      const at = prng.int(good.length)
      inputs.push(good.slice(0, at) + prng.pick(['', '\u0000', '%', '}', '"']) + good.slice(at + 1))
      inputs.push(encodeURIComponent(good).slice(0, prng.int(good.length * 2)))
    }
    for (const raw of inputs) {
      const parsed = parsePolicyDocument(raw)
      if (parsed.ok) exercise(parsed.document)
      else assert.ok(parsed.error.length > 0)
    }
  })
})
