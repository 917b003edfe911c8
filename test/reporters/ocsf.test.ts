import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { renderOcsf } from '../../src/reporters/ocsf.js'
import { OCSF_VERSION, type OcsfDetectionFinding } from '../../src/reporters/ocsf-types.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'
import { compileSchema, schemaErrors } from './json-schema.js'

const validate = compileSchema('ocsf-detection-finding-required.json')

function events(): OcsfDetectionFinding[] {
  const text = renderOcsf(fixtureReport(), FIXTURE_CHECKS)
  assert.ok(text.endsWith('\n'))
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as OcsfDetectionFinding)
}

function eventFor(resourceUid: string): OcsfDetectionFinding {
  return events().find((e) => e.resources[0]!.uid === resourceUid)!
}

describe('ocsf reporter', () => {
  it('writes NDJSON: one Detection Finding per finding, one per line', () => {
    const text = renderOcsf(fixtureReport(), FIXTURE_CHECKS)
    assert.equal(text.trimEnd().split('\n').length, fixtureReport().findings.length)
    assert.ok(!text.trimEnd().split('\n').some((l) => l.trim() === '' || !l.startsWith('{')))
  })

  it('every event has the attributes OCSF requires, with valid enum values', () => {
    for (const e of events()) assert.ok(validate(e), `${e.finding_info?.uid}: ${schemaErrors(validate)}`)
  })

  it('the required-attribute check can fail', () => {
    const e = events()[0]! as unknown as Record<string, unknown>
    delete e.finding_info
    assert.equal(validate(e), false)
  })

  it('is class 2004 in category 2 with activity Create, on a 1.x schema version', () => {
    for (const e of events()) {
      assert.equal(e.class_uid, 2004)
      assert.equal(e.category_uid, 2)
      assert.equal(e.activity_id, 1)
      assert.equal(e.type_uid, e.class_uid * 100 + e.activity_id)
      assert.equal(e.metadata.version, OCSF_VERSION)
      assert.deepEqual(e.metadata.product, { name: 'clearsky', vendor_name: 'clearsky', version: '0.1.0' })
      assert.equal(e.time, Date.parse('2026-11-20T09:00:07.250Z'))
      assert.equal(e.cloud.provider, 'AWS')
    }
    assert.match(OCSF_VERSION, /^1\.\d+\.\d+$/)
  })

  it('uses the check severity and raises an alert only for unmuted failures', () => {
    const critical = eventFor('arn:aws:lambda:eu-west-1:111122223333:function:public-fn')
    assert.deepEqual([critical.severity_id, critical.severity, critical.status_id, critical.is_alert], [5, 'Critical', 1, true])
    const pass = eventFor('arn:aws:lambda:eu-west-1:111122223333:function:billing')
    assert.deepEqual([pass.severity_id, pass.status_id, pass.status, pass.is_alert], [1, 4, 'Resolved', false])
    const skip = eventFor('arn:aws:lambda:eu-west-1:111122223333:function:worker')
    assert.deepEqual([skip.status_id, skip.status], [5, 'Archived'])
  })

  it('marks muted findings Suppressed with the reason', () => {
    const muted = eventFor('arn:aws:lambda:eu-west-1:111122223333:function:internal-tool')
    assert.deepEqual([muted.status_id, muted.status, muted.is_alert], [3, 'Suppressed', false])
    assert.equal(muted.status_detail, 'muted: accepted risk | ticket SEC-12 <b>ok</b>')
  })

  it('keeps unknown results open with the reason', () => {
    const unknown = eventFor('arn:aws:lambda:eu-west-1:111122223333:function:orders')
    assert.equal(unknown.status_id, 1)
    assert.equal(unknown.status_detail, 'depends on what could not be read: policy: AccessDenied')
    assert.equal(unknown.unmapped.verdict, 'unknown')
  })

  it('describes the resource, cloud account and region, and the IaC location', () => {
    const live = eventFor('arn:aws:lambda:eu-west-1:111122223333:function:public-fn')
    assert.deepEqual(live.resources[0], {
      uid: 'arn:aws:lambda:eu-west-1:111122223333:function:public-fn',
      name: '<img src=x onerror=alert(1)>',
      type: 'AWS::Lambda::Function',
      region: 'eu-west-1',
      cloud_partition: 'aws',
    })
    assert.deepEqual(live.cloud, { provider: 'AWS', region: 'eu-west-1', account: { uid: '111122223333', type_id: 10, type: 'AWS Account' } })
    const role = events().find((e) => e.unmapped.check_id === 'iam-role-no-admin-access')!
    assert.equal(role.resources[0]!.region, undefined, 'a global resource has no region')
    assert.equal(role.cloud.region, 'eu-west-1', 'the event keeps the scan region')
    const iac = eventFor('templates/app stack.yaml#ApiFunction')
    assert.deepEqual(iac.resources[0]!.data, { file: 'templates/app stack.yaml', start_line: 12, end_line: 20, address: 'ApiFunction' })
  })

  it('carries title, description, remediation and compliance references', () => {
    const e = eventFor('arn:aws:lambda:eu-west-1:111122223333:function:public-fn')
    assert.equal(e.finding_info.title, 'Lambda function policy does not allow public invocation')
    assert.deepEqual(e.finding_info.types, ['public-exposure'])
    assert.equal(e.finding_info.analytic.uid, 'lambda-function-public-policy')
    assert.match(e.remediation!.desc, /Remove the public statement/)
    assert.deepEqual(e.unmapped.compliance, { 'cis-aws-7.0': ['3.1'], fsbp: ['Lambda.1', 'Lambda.9'] })
  })

  it('gives each finding a stable, distinct uid', () => {
    const uids = events().map((e) => e.finding_info.uid)
    assert.equal(new Set(uids).size, uids.length)
    assert.deepEqual(uids, events().map((e) => e.finding_info.uid))
  })
})
