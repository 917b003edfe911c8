import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Log, Result } from 'sarif'
import { buildSarif, renderSarif, SARIF_FINGERPRINT_KEY, SECURITY_SEVERITY } from '../../src/reporters/sarif.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'
import { compileSchema, schemaErrors } from './json-schema.js'

const validate = compileSchema('sarif-schema-2.1.0.json')

function sarif(): Log {
  return JSON.parse(renderSarif(fixtureReport(), FIXTURE_CHECKS)) as Log
}

function resultFor(log: Log, resourceId: string): Result | undefined {
  return log.runs[0]!.results!.find((r) => r.properties?.resourceId === resourceId)
}

describe('sarif reporter', () => {
  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    const ok = validate(sarif())
    assert.ok(ok, schemaErrors(validate))
  })

  it('the schema check can fail (a broken log is rejected)', () => {
    const log = sarif()
    ;(log.runs[0]!.results![0] as { level: string }).level = 'fatal'
    assert.equal(validate(log), false)
  })

  it('has one rule per check, catalogue checks first, with severity, help and tags', () => {
    const rules = sarif().runs[0]!.tool.driver.rules!
    assert.deepEqual(
      rules.map((r) => r.id),
      ['lambda-function-public-policy', 'lambda-function-url-auth-required', 'iam-role-no-admin-access', 'kms-key-rotation-enabled', 'logs-log-group-retention-set'],
    )
    const critical = rules[0]!
    assert.equal(critical.name, 'LambdaFunctionPublicPolicy')
    assert.equal(critical.properties!['security-severity'], '9.5')
    assert.deepEqual(critical.properties!.tags, ['security', 'public-exposure'])
    assert.equal(critical.defaultConfiguration!.level, 'error')
    assert.match(critical.help!.markdown!, /```hcl\n/)
    assert.match(critical.help!.text, /remove-permission/)
    for (const r of rules) assert.ok(Number(r.properties!['security-severity']) >= 0 && Number(r.properties!['security-severity']) <= 10)
    // A check the catalogue does not know still gets a rule, from what the finding carries.
    assert.equal(rules[4]!.shortDescription!.text, 'Log group has a retention period')
    assert.deepEqual(SECURITY_SEVERITY, { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' })
  })

  it('reports failures and unknowns, not passes, skips or errors; ruleIndex points at the rule', () => {
    const log = sarif()
    const results = log.runs[0]!.results!
    const report = fixtureReport()
    const expected = report.findings.filter((f) => f.status === 'fail' || f.status === 'unknown').length
    assert.equal(results.length, expected)
    assert.ok(results.every((r) => ['fail', 'unknown'].includes(r.properties!.status as string)))
    for (const r of results) assert.equal(log.runs[0]!.tool.driver.rules![r.ruleIndex!]!.id, r.ruleId)
  })

  it('maps severity to level, and unknown to note with the reason', () => {
    const log = sarif()
    const levels = Object.fromEntries(log.runs[0]!.results!.filter((r) => r.properties!.status === 'fail').map((r) => [r.properties!.severity, r.level]))
    assert.deepEqual(levels, { critical: 'error', high: 'error', medium: 'warning', low: 'warning', info: 'note' })
    const unknown = resultFor(log, 'arn:aws:lambda:eu-west-1:111122223333:function:orders')!
    assert.equal(unknown.level, 'note')
    assert.match(unknown.message.text!, /policy: AccessDenied/)
  })

  it('gives IaC findings a relative physical location with lines, and live findings the ARN as a logical location', () => {
    const log = sarif()
    const iac = resultFor(log, 'templates/app stack.yaml#ApiFunction')!
    const phys = iac.locations![0]!.physicalLocation!
    assert.equal(phys.artifactLocation!.uri, 'templates/app%20stack.yaml')
    assert.deepEqual(phys.region, { startLine: 12, endLine: 20 })
    assert.equal(iac.locations![0]!.logicalLocations![0]!.fullyQualifiedName, 'ApiFunction')
    const live = resultFor(log, 'arn:aws:lambda:eu-west-1:111122223333:function:public-fn')!
    assert.equal(live.locations![0]!.physicalLocation, undefined)
    assert.deepEqual(live.locations![0]!.logicalLocations![0], {
      name: '<img src=x onerror=alert(1)>',
      fullyQualifiedName: 'arn:aws:lambda:eu-west-1:111122223333:function:public-fn',
      kind: 'resource',
    })
    assert.deepEqual(live.properties!.compliance, ['cis-aws-7.0:3.1', 'fsbp:Lambda.1', 'fsbp:Lambda.9'])
  })

  it('marks muted findings with an external suppression and its justification', () => {
    const muted = resultFor(sarif(), 'arn:aws:lambda:eu-west-1:111122223333:function:internal-tool')!
    assert.deepEqual(muted.suppressions, [{ kind: 'external', justification: 'accepted risk | ticket SEC-12 <b>ok</b>' }])
    assert.equal(resultFor(sarif(), 'arn:aws:lambda:eu-west-1:111122223333:function:public-fn')!.suppressions, undefined)
  })

  it('fingerprints a finding by check and resource, so the same problem keeps its identity across scans', () => {
    const report = fixtureReport()
    const first = buildSarif(report, FIXTURE_CHECKS).runs[0]!.results!
    const f = report.findings.find((x) => x.resourceId === 'infra/main.tf#aws_kms_key.main')!
    f.message = 'reworded'
    f.location!.startLine = 99
    const second = buildSarif(report, FIXTURE_CHECKS).runs[0]!.results!
    const key = (rs: Result[]) => rs.find((r) => r.properties!.resourceId === f.resourceId)!.partialFingerprints![SARIF_FINGERPRINT_KEY]
    assert.equal(key(first), key(second))
    const all = first.map((r) => r.partialFingerprints![SARIF_FINGERPRINT_KEY])
    assert.equal(new Set(all).size, all.length)
  })

  it('turns check errors and inventory gaps into tool notifications', () => {
    const notes = sarif().runs[0]!.invocations![0]!.toolExecutionNotifications!
    assert.deepEqual(
      notes.map((n) => [n.level, n.associatedRule?.id]),
      [
        ['error', 'lambda-function-public-policy'],
        ['warning', undefined],
      ],
    )
  })
})

describe('sarif reporter, IaC scan (GitHub code scanning ingestion rules)', () => {
  it('gives every result a physical artifact location; findings without a file become notifications', () => {
    const report = fixtureReport()
    report.scope = { kind: 'iac', regions: [], roots: ['.'] }
    const run = buildSarif(report, FIXTURE_CHECKS).runs[0]!
    const withFile = report.findings.filter((f) => (f.status === 'fail' || f.status === 'unknown') && f.location)
    const without = report.findings.filter((f) => (f.status === 'fail' || f.status === 'unknown') && !f.location)
    assert.ok(withFile.length > 0 && without.length > 0)
    assert.equal(run.results!.length, withFile.length)
    for (const r of run.results!) assert.ok(r.locations!.length > 0 && r.locations!.every((l) => l.physicalLocation?.artifactLocation?.uri))
    const notes = run.invocations![0]!.toolExecutionNotifications!
    // one per locationless fail/unknown, plus the check error and the inventory gap
    assert.equal(notes.length, without.length + 2)
    assert.ok(validate(JSON.parse(JSON.stringify(buildSarif(report, FIXTURE_CHECKS)))), schemaErrors(validate))
  })
})
