import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { applyMutelist, isExpired, parseMutelist, tagLookupFromInventory, type MutelistRule, type TagLookup } from './mutelist.js'
import { ConfigError } from './yaml-source.js'
import type { Finding } from './finding.js'
import { addResources, emptyInventory } from './inventory.js'
import { deepFreeze } from '../../test/deep-freeze.js'
import { lambdaFunction } from '../../test/factories/index.js'

const KNOWN = ['lambda-function-url-auth-required', 'lambda-runtime-supported', 'kms-key-rotation-enabled']
const NOW = new Date('2026-11-27T12:00:00Z')
const ARN = 'arn:aws:lambda:us-east-1:111122223333:function:orders-api'

function finding(over: Partial<Finding> = {}): Finding {
  return {
    checkId: 'lambda-function-url-auth-required',
    status: 'fail',
    severity: 'high',
    title: 't',
    resourceType: 'lambda.function',
    resourceId: ARN,
    resourceArn: ARN,
    resourceName: 'orders-api',
    region: 'us-east-1',
    accountId: '111122223333',
    messageId: 'none',
    message: 'm',
    data: {},
    ...over,
  }
}

const rules = (yaml: string) => parseMutelist(yaml, 'mutelist.yaml', KNOWN)
const noTags: TagLookup = () => undefined
const mute = (yaml: string, f: Finding[], tags: TagLookup = noTags, now = NOW) => applyMutelist(deepFreeze(f), rules(yaml), tags, now)

/** Asserts parsing fails with exactly `file:line: message`. */
function rejects(yaml: string, line: number, pattern: RegExp): void {
  assert.throws(
    () => rules(yaml),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`)
      assert.match(err.message, new RegExp(`^mutelist\\.yaml:${line}: `))
      assert.match(err.message, pattern)
      assert.ok(!err.message.includes('\n'), 'one line')
      return true
    },
  )
}

describe('parseMutelist', () => {
  it('reads a list of rules with every field, in order, with their lines', () => {
    const r = rules(`
- name: webhook
  checks: [lambda-function-url-auth-required]
  accounts: ['011122223333', 111122223333]
  regions: [us-east-1, 'eu-*']
  resources: ['arn:aws:lambda:*:function:orders-*', '/legacy-\\d+/i']
  tags: { owner: team-a, env: 'prod*' }
  reason: public by design
  expires: 2027-01-31
- checks: ['*']
  reason: second
`)
    assert.equal(r.length, 2)
    assert.deepEqual(
      { ...r[0], origin: undefined },
      {
        index: 1,
        name: 'webhook',
        checks: ['lambda-function-url-auth-required'],
        accounts: ['011122223333', '111122223333'],
        regions: ['us-east-1', 'eu-*'],
        resources: ['arn:aws:lambda:*:function:orders-*', '/legacy-\\d+/i'],
        tags: { owner: 'team-a', env: 'prod*' },
        reason: 'public by design',
        expires: '2027-01-31',
        origin: undefined,
      },
    )
    assert.deepEqual(r[0]!.origin, { file: 'mutelist.yaml', line: 2 })
    assert.deepEqual(r[1]!.origin, { file: 'mutelist.yaml', line: 10 })
    assert.equal(r[1]!.index, 2)
  })

  it('accepts the `rules:` form and an empty file', () => {
    assert.equal(rules('rules:\n  - checks: [kms-*]\n    reason: x\n').length, 1)
    assert.deepEqual(rules(''), [])
    assert.deepEqual(rules('# only a comment\n'), [])
    assert.deepEqual(rules('rules:\n'), [])
  })

  it('rejects a missing reason, naming the rule and its line', () => rejects('- checks: [kms-*]\n  reason: ok\n- checks: [kms-*]\n  regions: [us-east-1]\n', 3, /rule 2: 'reason' is required/))
  it('rejects an empty reason', () => rejects("- checks: [kms-*]\n  reason: '  '\n", 2, /rule 1: 'reason' must not be empty/))
  it('rejects a reason that is not text', () => rejects('- checks: [kms-*]\n  reason: [a]\n', 2, /rule 1: 'reason' must be text/))
  it('rejects a missing checks list', () => rejects('- reason: x\n', 1, /rule 1: 'checks' is required/))
  it('rejects an empty checks list', () => rejects('- checks: []\n  reason: x\n', 1, /'checks' must name at least one/))
  it('rejects a check pattern that matches no check, with a suggestion', () =>
    rejects('- checks: [lambda-runtime-suported]\n  reason: x\n', 1, /check 'lambda-runtime-suported' matches no check \(did you mean lambda-runtime-supported\?\)/))
  it('rejects unknown keys, with a suggestion', () => rejects('- checks: [kms-*]\n  reasn: x\n', 2, /rule 1: unknown key 'reasn' \(did you mean reason\?\)/))
  it('rejects a field that must be a list', () => rejects('- checks: kms-key-rotation-enabled\n  reason: x\n', 1, /rule 1: 'checks' must be a list/))
  it('rejects regions that are not a list', () => rejects('- checks: [kms-*]\n  regions: us-east-1\n  reason: x\n', 2, /'regions' must be a list/))
  it('rejects resources that are not a list', () => rejects('- checks: [kms-*]\n  resources: {a: b}\n  reason: x\n', 2, /'resources' must be a list/))
  it('rejects accounts that are not a list', () => rejects('- checks: [kms-*]\n  accounts: 111122223333\n  reason: x\n', 2, /'accounts' must be a list/))
  it('rejects tags that are not a mapping', () => rejects('- checks: [kms-*]\n  tags: [owner]\n  reason: x\n', 2, /'tags' must be a mapping/))
  it('rejects a tag value that is not a scalar', () => rejects('- checks: [kms-*]\n  tags:\n    owner: [a]\n  reason: x\n', 3, /tag 'owner' must be a text value/))
  it('rejects an account id that lost its leading zero (unquoted)', () => rejects('- checks: [kms-*]\n  accounts: [12345678901]\n  reason: x\n', 2, /account '12345678901' must be a 12-digit/))
  it('keeps an unquoted leading-zero account as written', () => assert.deepEqual(rules('- checks: [kms-*]\n  accounts: [011122223333]\n  reason: x\n')[0]!.accounts, ['011122223333']))
  it('rejects a date in another format', () => rejects('- checks: [kms-*]\n  reason: x\n  expires: 31/01/2027\n', 3, /'expires' must be a date written YYYY-MM-DD \(got '31\/01\/2027'\)/))
  it('rejects a date that does not exist', () => rejects('- checks: [kms-*]\n  reason: x\n  expires: 2027-02-30\n', 3, /'expires' must be a date/))
  it('rejects a bad regular expression', () => rejects("- checks: [kms-*]\n  reason: x\n  resources: ['/(unclosed/']\n", 3, /'\/\(unclosed\/' is not a valid regular expression/))
  it('rejects a rule that is not a mapping', () => rejects('- kms-key-rotation-enabled\n', 1, /rule 1: must be a mapping/))
  it('rejects a document that is not a list of rules', () => rejects('just text\n', 1, /must be a list of rules/))
  it('rejects unknown top-level keys in the mapping form', () => rejects('version: 1\nrules: []\n', 1, /unknown key 'version'/))
  it('rejects invalid YAML with its line', () => rejects('- checks: [kms-*\n  reason: x\n', 2, /not valid YAML/))
  it('rejects duplicate keys', () => rejects('- checks: [kms-*]\n  reason: x\n  reason: y\n', 3, /not valid YAML/))
})

describe('applyMutelist', () => {
  it('mutes a matching failure with the reason and the rule, and leaves the others alone', () => {
    const out = mute('- name: webhook\n  checks: [lambda-function-url-*]\n  reason: by design\n', [finding(), finding({ checkId: 'kms-key-rotation-enabled' })])
    assert.deepEqual(out.findings[0]!.muted, { reason: 'by design', rule: 'webhook (mutelist.yaml:1)' })
    assert.equal(out.findings[1]!.muted, undefined)
    assert.deepEqual(out.warnings, [])
  })

  it('first matching rule wins', () => {
    const out = mute('- checks: ["*"]\n  reason: first\n- checks: [lambda-*]\n  reason: second\n', [finding()])
    assert.equal(out.findings[0]!.muted?.reason, 'first')
    assert.equal(out.findings[0]!.muted?.rule, 'rule 1 (mutelist.yaml:1)')
  })

  it('mutes unknown and error findings but not passes or not-applicable results', () => {
    const statuses = ['fail', 'unknown', 'error', 'pass', 'skip'] as const
    const out = mute('- checks: ["*"]\n  reason: r\n', statuses.map((status) => finding({ status })))
    assert.deepEqual(
      out.findings.map((f) => Boolean(f.muted)),
      [true, true, true, false, false],
    )
  })

  it('matches accounts and regions, and an account rule never matches a finding without account', () => {
    const yaml = "- checks: ['*']\n  accounts: ['1111*']\n  regions: ['us-*']\n  reason: r\n"
    const out = mute(yaml, [finding(), finding({ region: 'eu-west-1' }), finding({ accountId: '999922223333' }), finding({ accountId: undefined })])
    assert.deepEqual(
      out.findings.map((f) => Boolean(f.muted)),
      [true, false, false, false],
    )
  })

  it('matches resources by ARN glob, id, name or /regex/', () => {
    const byGlob = mute("- checks: ['*']\n  resources: ['arn:aws:lambda:*:function:orders-*']\n  reason: r\n", [finding(), finding({ resourceArn: ARN.replace('orders', 'billing'), resourceId: 'x', resourceName: 'billing' })])
    assert.deepEqual(byGlob.findings.map((f) => Boolean(f.muted)), [true, false])
    const byName = mute("- checks: ['*']\n  resources: [orders-api]\n  reason: r\n", [finding()])
    assert.ok(byName.findings[0]!.muted)
    const byIacId = mute("- checks: ['*']\n  resources: ['template.yaml#*']\n  reason: r\n", [finding({ resourceArn: undefined, resourceId: 'template.yaml#OrdersFn' })])
    assert.ok(byIacId.findings[0]!.muted)
    const byRegex = mute("- checks: ['*']\n  resources: ['/:FUNCTION:orders-/i']\n  reason: r\n", [finding(), finding({ resourceArn: 'arn:x:function:billing', resourceId: 'b', resourceName: 'b' })])
    assert.deepEqual(byRegex.findings.map((f) => Boolean(f.muted)), [true, false])
  })

  it('requires every tag to match, and never matches when tags are unknown', () => {
    const byName: Record<string, Record<string, string>> = { 'orders-api': { owner: 'team-a', env: 'prod-eu' }, other: { owner: 'team-a' } }
    const tags: TagLookup = (f) => byName[f.resourceName]
    const yaml = "- checks: ['*']\n  tags: { owner: team-a, env: 'prod*' }\n  reason: r\n"
    const out = mute(yaml, [finding(), finding({ resourceName: 'other', resourceId: 'o', resourceArn: 'o' }), finding({ resourceName: 'unknown', resourceId: 'u', resourceArn: 'u' })], tags)
    assert.deepEqual(out.findings.map((f) => Boolean(f.muted)), [true, false, false])
  })

  it('an expired rule no longer mutes, and warns once with how many findings it would match', () => {
    const yaml = "- name: old\n  checks: ['*']\n  reason: r\n  expires: 2026-11-26\n- checks: [kms-*]\n  reason: later rule\n"
    const out = mute(yaml, [finding(), finding(), finding({ checkId: 'kms-key-rotation-enabled' })])
    assert.deepEqual(out.findings.map((f) => f.muted?.reason), [undefined, undefined, 'later rule'])
    assert.equal(out.warnings.length, 1)
    assert.match(out.warnings[0]!, /^mutelist\.yaml:1: mutelist rule 1 \(old\) expired on 2026-11-26 .*\(3 findings would match\)$/)
  })

  it('a rule still mutes on its expiry day (UTC) and stops the day after', () => {
    const [rule] = rules("- checks: ['*']\n  reason: r\n  expires: 2026-11-27\n") as [MutelistRule]
    assert.equal(isExpired(rule, new Date('2026-11-27T23:59:59Z')), false)
    assert.equal(isExpired(rule, new Date('2026-11-28T00:00:00Z')), true)
  })

  it('does not mutate its input', () => {
    const input = deepFreeze([finding()])
    const out = applyMutelist(input, rules("- checks: ['*']\n  reason: r\n"), noTags, NOW)
    assert.equal(input[0]!.muted, undefined)
    assert.notEqual(out.findings[0], input[0])
  })
})

describe('tagLookupFromInventory', () => {
  it('finds tags by resource id and by ARN', () => {
    const inv = emptyInventory({ kind: 'snapshot', regions: ['us-east-1'] })
    addResources(inv, 'lambda.function', [lambdaFunction({ name: 'orders-api', tags: { owner: 'team-b' } })])
    const lookup = tagLookupFromInventory(inv)
    assert.deepEqual(lookup(finding()), { owner: 'team-b' })
    assert.deepEqual(lookup(finding({ resourceId: 'not-an-id' })), { owner: 'team-b' })
    assert.equal(lookup(finding({ resourceId: 'x', resourceArn: 'y' })), undefined)
  })
})
