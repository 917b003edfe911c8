import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { evaluateFilter, parseFilterPattern, patternMatches, selectorPath } from './metric-filters.js'
import { CIS_MONITORING_CONTROLS, logGroupOfArn } from './cis-monitoring.js'

const consoleNoMfa = { eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventType: 'AwsConsoleSignIn', 'userIdentity.type': 'IAMUser', 'additionalEventData.MFAUsed': 'No', 'responseElements.ConsoleLogin': 'Success', sourceIPAddress: '198.51.100.24' }
const rootCall = { eventSource: 's3.amazonaws.com', eventName: 'ListBuckets', eventType: 'AwsApiCall', 'userIdentity.type': 'Root' }
const denied = { eventSource: 'ec2.amazonaws.com', eventName: 'RunInstances', errorCode: 'Client.UnauthorizedOperation', sourceIPAddress: '198.51.100.24' }

describe('parseFilterPattern', () => {
  const rejected: [string, string][] = [
    ['text term', 'ConsoleLogin'],
    ['space-delimited', '[ip, user, ...]'],
    ['empty braces', '{ }'],
    ['unbalanced parentheses', '{ ($.eventName = X }'],
    ['operator without value', '{ $.eventName = }'],
    ['no selector', '{ eventName = X }'],
    ['unterminated quote', '{ $.eventName = "X }'],
  ]
  for (const [name, p] of rejected) it(`rejects ${name}`, () => assert.equal(parseFilterPattern(p).ok, false))

  it('reads selectors with array indexes', () => assert.equal(selectorPath('$.resources[0].ARN'), 'resources.0.ARN'))

  it('&& binds tighter than ||', () => {
    const parsed = parseFilterPattern('{ $.a = 1 || $.b = 2 && $.c = 3 }')
    assert.ok(parsed.ok)
    assert.equal(parsed.expr.kind, 'or')
  })
})

describe('evaluateFilter / patternMatches (table)', () => {
  const cases: { name: string; pattern: string; event: Record<string, string | number | boolean | null>; expect: boolean }[] = [
    { name: 'bare value', pattern: '{ $.eventName = ConsoleLogin }', event: consoleNoMfa, expect: true },
    { name: 'quoted value, no spaces', pattern: '{($.eventName="ConsoleLogin")}', event: consoleNoMfa, expect: true },
    { name: 'other value', pattern: '{ $.eventName = DeleteTrail }', event: consoleNoMfa, expect: false },
    { name: 'values are case-sensitive', pattern: '{ $.eventName = consolelogin }', event: consoleNoMfa, expect: false },
    { name: '!= on a present property', pattern: '{ $.additionalEventData.MFAUsed != "Yes" }', event: consoleNoMfa, expect: true },
    { name: '!= on an absent property is true', pattern: '{ $.errorMessage != "x" }', event: consoleNoMfa, expect: true },
    { name: '= on an absent property is false', pattern: '{ $.errorMessage = * }', event: consoleNoMfa, expect: false },
    { name: 'suffix wildcard', pattern: '{ $.errorCode = "*UnauthorizedOperation" }', event: denied, expect: true },
    { name: 'prefix wildcard', pattern: '{ $.errorCode = "AccessDenied*" }', event: { errorCode: 'AccessDeniedException' }, expect: true },
    { name: 'wildcard does not match a different suffix', pattern: '{ $.errorCode = "AccessDenied*" }', event: denied, expect: false },
    { name: 'OR of CIS alternatives', pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }', event: denied, expect: true },
    { name: 'AND with an exclusion that holds', pattern: '{ ($.errorCode = "*UnauthorizedOperation") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") }', event: denied, expect: true },
    { name: 'AND with an exclusion that bites', pattern: '{ ($.errorCode = "*UnauthorizedOperation") && ($.sourceIPAddress != "198.51.100.24") }', event: denied, expect: false },
    { name: 'NOT EXISTS on an absent property', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', event: rootCall, expect: true },
    { name: 'NOT EXISTS on a present property', pattern: '{ $.userIdentity.invokedBy NOT EXISTS }', event: { ...rootCall, 'userIdentity.invokedBy': 'support.amazonaws.com' }, expect: false },
    { name: 'EXISTS', pattern: '{ $.eventSource EXISTS }', event: rootCall, expect: true },
    { name: 'IS NULL needs a JSON null', pattern: '{ $.errorCode IS NULL }', event: { errorCode: null }, expect: true },
    { name: 'IS NULL on an absent property', pattern: '{ $.errorCode IS NULL }', event: rootCall, expect: false },
    { name: 'IS TRUE', pattern: '{ $.readOnly IS TRUE }', event: { readOnly: true }, expect: true },
    { name: 'IS FALSE', pattern: '{ $.readOnly IS FALSE }', event: { readOnly: true }, expect: false },
    { name: 'numeric comparison', pattern: '{ $.latency > 100 }', event: { latency: 250 }, expect: true },
    { name: 'numeric comparison on a string', pattern: '{ $.latency > 100 }', event: { latency: 'slow' }, expect: false },
    { name: 'regex value', pattern: '{ $.eventName = %^(Delete|Stop)(Trail|Logging)$% }', event: { eventName: 'StopLogging' }, expect: true },
    { name: 'nested grouping', pattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }', event: { eventSource: 'kms.amazonaws.com', eventName: 'ScheduleKeyDeletion' }, expect: true },
    { name: 'grouping excludes another source', pattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }', event: { eventSource: 'ec2.amazonaws.com', eventName: 'DisableKey' }, expect: false },
  ]
  for (const c of cases) {
    it(`${c.name}: ${c.expect ? 'matches' : 'does not match'}`, () => {
      const p = parseFilterPattern(c.pattern)
      assert.ok(p.ok, p.ok ? '' : p.reason)
      assert.equal(evaluateFilter(p.expr, c.event), c.expect)
    })
  }

  it('an unsupported pattern gives undefined, never true', () => assert.equal(patternMatches('ConsoleLogin', consoleNoMfa), undefined))
})

describe('CIS monitoring data (data/cis-metric-filters.json)', () => {
  it('has the fifteen CIS v7.0 5.1–5.15 controls, each with probes, a source and a date', () => {
    assert.equal(CIS_MONITORING_CONTROLS.length, 15)
    assert.deepEqual(CIS_MONITORING_CONTROLS.map((c) => c.id).length, new Set(CIS_MONITORING_CONTROLS.map((c) => c.id)).size)
    for (const c of CIS_MONITORING_CONTROLS) {
      assert.ok(c.probes.length > 0, c.id)
      assert.ok(c.probes.every((p) => typeof p.eventName === 'string' && typeof p.eventSource === 'string'), c.id)
      assert.match(c.verifiedAt, /^\d{4}-\d{2}-\d{2}$/)
      assert.ok(c.source.length > 10)
    }
  })

  it('a pattern listing only some of the IAM policy events does not cover the control', () => {
    const iam = CIS_MONITORING_CONTROLS.find((c) => c.id === 'iam-policy-changes')!
    const partial = '{ ($.eventName = PutRolePolicy) || ($.eventName = AttachRolePolicy) }'
    assert.equal(iam.probes.every((p) => patternMatches(partial, p)), false)
    assert.equal(iam.probes.some((p) => patternMatches(partial, p)), true)
  })
})

describe('logGroupOfArn', () => {
  it('reads region, account and name (with or without :*)', () => {
    assert.deepEqual(logGroupOfArn('arn:aws:logs:eu-west-1:111122223333:log-group:CloudTrail/Default:*'), { region: 'eu-west-1', account: '111122223333', name: 'CloudTrail/Default' })
    assert.deepEqual(logGroupOfArn('arn:aws:logs:eu-west-1:111122223333:log-group:a:b'), { region: 'eu-west-1', account: '111122223333', name: 'a:b' })
    assert.equal(logGroupOfArn('arn:aws:s3:::bucket'), undefined)
  })
})
