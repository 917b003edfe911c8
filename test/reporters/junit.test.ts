import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { renderJunit } from '../../src/reporters/junit.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'
import { descendants, parseXml } from './xml-check.js'

describe('junit reporter', () => {
  const xml = renderJunit(fixtureReport(), FIXTURE_CHECKS)
  const root = parseXml(xml)
  const suites = descendants(root, 'testsuite')
  const cases = descendants(root, 'testcase')

  it('is well-formed XML 1.0 even with control characters in the data', () => {
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'))
    assert.equal(root.name, 'testsuites')
    // The fixture message holds BEL and ESC; they appear as visible escapes.
    assert.ok(xml.includes('\\u0007') && xml.includes('\\u001b'))
  })

  it('has one testsuite per check and one testcase per finding', () => {
    assert.deepEqual(
      suites.map((s) => s.attrs.name),
      ['lambda-function-public-policy', 'lambda-function-url-auth-required', 'iam-role-no-admin-access', 'kms-key-rotation-enabled', 'logs-log-group-retention-set'],
    )
    assert.equal(cases.length, fixtureReport().findings.length)
    for (const s of suites) assert.equal(Number(s.attrs.tests), s.children.filter((c) => c.name === 'testcase').length)
  })

  it('counts failures, errors and skips consistently with the elements', () => {
    const count = (name: string) => cases.filter((c) => c.children.some((x) => x.name === name)).length
    // 7 failures, one of them muted (skipped); 2 unknown + 1 skip + 1 muted = 4 skipped; 1 error.
    assert.deepEqual([count('failure'), count('skipped'), count('error')], [6, 4, 1])
    assert.deepEqual([root.attrs.tests, root.attrs.failures, root.attrs.skipped, root.attrs.errors], ['13', '6', '4', '1'])
    const sum = (k: string) => suites.reduce((n, s) => n + Number(s.attrs[k]), 0)
    assert.deepEqual([sum('failures'), sum('skipped'), sum('errors')], [6, 4, 1])
  })

  it('keeps hostile values intact as text after parsing', () => {
    const pub = cases.find((c) => c.attrs.name!.includes('public-fn'))!
    assert.equal(pub.attrs.name, '<img src=x onerror=alert(1)> (arn:aws:lambda:eu-west-1:111122223333:function:public-fn)')
    const failure = pub.children.find((c) => c.name === 'failure')!
    assert.equal(failure.attrs.type, 'critical')
    assert.match(failure.text, /compliance: cis-aws-7\.0:3\.1, fsbp:Lambda\.1/)
    assert.match(failure.text, /cli: aws lambda remove-permission --function-name <name>/)
    const iac = cases.find((c) => c.attrs.file === 'templates/app stack.yaml')!
    assert.equal(iac.attrs.line, '12')
    assert.match(iac.children[0]!.attrs.message!, /<\/script><script>alert\(1\)<\/script>$/)
    const role = cases.find((c) => c.attrs.classname === 'iam-role-no-admin-access')!
    assert.match(role.children[0]!.attrs.message!, /"AdministratorAccess",\r\nsee line two/)
  })

  it('gives skipped cases their reason: muted, could not evaluate, not applicable', () => {
    const reasons = cases.flatMap((c) => c.children.filter((x) => x.name === 'skipped').map((x) => x.attrs.message!))
    assert.deepEqual(reasons.sort(), [
      'could not evaluate: AccessDenied: not authorized to perform lambda:ListFunctions',
      'could not evaluate: depends on what could not be read: policy: AccessDenied',
      'muted: accepted risk | ticket SEC-12 <b>ok</b>',
      'not applicable: the function has no URL',
    ])
  })
})
