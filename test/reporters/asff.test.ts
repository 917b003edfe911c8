import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub'
import { asffId, renderAsff, toAsff, UNKNOWN_ACCOUNT } from '../../src/reporters/asff.js'
import { RESOURCE_TYPES } from '../../src/model/resource-types.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'

const REQUIRED_STRINGS = ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'CreatedAt', 'UpdatedAt', 'Title', 'Description'] as const

function findings(): AwsSecurityFinding[] {
  return JSON.parse(renderAsff(fixtureReport(), FIXTURE_CHECKS)) as AwsSecurityFinding[]
}

function byResource(list: AwsSecurityFinding[], id: string): AwsSecurityFinding {
  const f = list.find((x) => x.Resources![0]!.Id === id)
  assert.ok(f, `no finding for ${id}`)
  return f
}

describe('asff reporter', () => {
  it('converts every finding, passes included', () => {
    assert.equal(findings().length, fixtureReport().findings.length)
  })

  it('every finding has the fields BatchImportFindings requires, with the right types and limits', () => {
    for (const f of findings()) {
      for (const key of REQUIRED_STRINGS) assert.equal(typeof f[key], 'string', `${f.Id}: ${key}`)
      assert.equal(f.SchemaVersion, '2018-10-08')
      assert.match(f.AwsAccountId!, /^\d{12}$/)
      assert.ok(f.Id!.length <= 512 && f.Title!.length <= 256 && f.Description!.length <= 1024 && f.Description!.length > 0)
      assert.ok(!Number.isNaN(Date.parse(f.CreatedAt!)) && f.CreatedAt === f.UpdatedAt)
      assert.ok(Array.isArray(f.Types) && f.Types.length > 0 && f.Types.every((t) => t.split('/').length >= 2))
      assert.ok(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].includes(f.Severity!.Label!))
      assert.ok(Array.isArray(f.Resources) && f.Resources.length === 1)
      const r = f.Resources[0]!
      assert.ok(typeof r.Type === 'string' && typeof r.Id === 'string' && r.Partition === 'aws' && /^[a-z]{2}-[a-z]+-\d$/.test(r.Region!))
      assert.ok(['PASSED', 'FAILED', 'WARNING', 'NOT_AVAILABLE'].includes(f.Compliance!.Status!))
      assert.ok(['ACTIVE', 'ARCHIVED'].includes(f.RecordState!))
      assert.deepEqual(f.FindingProviderFields!.Severity, f.Severity)
      for (const v of Object.values(f.ProductFields ?? {})) assert.equal(typeof v, 'string')
    }
  })

  it('imports into the account default integration of the scan region', () => {
    for (const f of findings()) assert.equal(f.ProductArn, 'arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default')
    const other = toAsff(fixtureReport(), FIXTURE_CHECKS, { region: 'us-west-2', accountId: '444455556666' })
    assert.equal(other[0]!.ProductArn, 'arn:aws:securityhub:us-west-2:444455556666:product/444455556666/default')
    assert.equal(other[0]!.AwsAccountId, '111122223333', "a finding keeps its own account")
  })

  it('hand check: the critical public function', () => {
    const f = byResource(findings(), 'arn:aws:lambda:eu-west-1:111122223333:function:public-fn')
    assert.equal(f.GeneratorId, 'lambda-function-public-policy')
    assert.deepEqual(f.Severity, { Label: 'CRITICAL', Original: 'critical' })
    assert.equal(f.Title, 'Lambda function policy does not allow public invocation')
    assert.equal(f.Description, 'The policy of <img src=x onerror=alert(1)> lets anyone invoke it.')
    assert.equal(f.Remediation!.Recommendation!.Text, 'Remove the public statement, or add a condition on aws:SourceArn/aws:SourceAccount that names the caller.')
    assert.deepEqual(f.Resources![0], {
      Type: RESOURCE_TYPES['lambda.function'].asff,
      Id: 'arn:aws:lambda:eu-west-1:111122223333:function:public-fn',
      Partition: 'aws',
      Region: 'eu-west-1',
      Details: { Other: { name: '<img src=x onerror=alert(1)>' } },
    })
    assert.deepEqual(f.Compliance, { Status: 'FAILED', RelatedRequirements: ['cis-aws-7.0:3.1', 'fsbp:Lambda.1', 'fsbp:Lambda.9'] })
    assert.deepEqual(f.Types, ['Software and Configuration Checks/AWS Security Best Practices', 'Software and Configuration Checks/Industry and Regulatory Standards'])
    assert.equal(f.RecordState, 'ACTIVE')
    assert.equal(f.Workflow, undefined)
  })

  it('maps each verdict to a compliance status; only failures keep the check severity', () => {
    const list = findings()
    const pick = (id: string) => byResource(list, id)
    const pass = pick('arn:aws:lambda:eu-west-1:111122223333:function:billing')
    assert.deepEqual([pass.Compliance!.Status, pass.Severity!.Label], ['PASSED', 'INFORMATIONAL'])
    const unknown = pick('arn:aws:lambda:eu-west-1:111122223333:function:orders')
    assert.deepEqual([unknown.Compliance!.Status, unknown.Severity!.Label], ['WARNING', 'INFORMATIONAL'])
    assert.equal(unknown.Compliance!.StatusReasons![0]!.Description, 'depends on what could not be read: policy: AccessDenied')
    const error = pick('arn:aws:lambda:eu-west-1:111122223333:function:broken')
    assert.equal(error.Compliance!.Status, 'WARNING')
    const skip = pick('arn:aws:lambda:eu-west-1:111122223333:function:worker')
    assert.deepEqual([skip.Compliance!.Status, skip.RecordState], ['NOT_AVAILABLE', 'ARCHIVED'])
  })

  it('creates muted findings suppressed, with the reason as a note', () => {
    const f = byResource(findings(), 'arn:aws:lambda:eu-west-1:111122223333:function:internal-tool')
    assert.deepEqual(f.Workflow, { Status: 'SUPPRESSED' })
    assert.equal(f.Note!.Text, 'Muted in clearsky: accepted risk | ticket SEC-12 <b>ok</b>')
    assert.equal(f.Severity!.Label, 'HIGH')
  })

  it('places global resources in the import region and IaC resources with their file', () => {
    const list = findings()
    const role = list.find((f) => f.GeneratorId === 'iam-role-no-admin-access')!
    assert.deepEqual([role.Resources![0]!.Type, role.Resources![0]!.Region], ['AwsIamRole', 'eu-west-1'])
    const iac = byResource(list, 'templates/app stack.yaml#ApiFunction')
    assert.deepEqual(iac.Resources![0]!.Details!.Other, { name: 'ApiFunction', file: 'templates/app stack.yaml', line: '12', address: 'ApiFunction' })
    assert.equal(iac.AwsAccountId, '111122223333', 'an IaC finding takes the scan account')
  })

  it('ids are stable per check and resource, distinct, and independent of status', () => {
    const report = fixtureReport()
    const ids = toAsff(report, FIXTURE_CHECKS).map((f) => f.Id)
    assert.equal(new Set(ids).size, ids.length)
    const f = report.findings[0]!
    const before = asffId(f)
    f.status = 'pass'
    f.message = 'now fixed'
    assert.equal(asffId(f), before)
    assert.match(before, /^clearsky\/lambda-function-public-policy\/[0-9a-f]{32}$/)
  })

  it('clips text to the ASFF limits and uses a placeholder account when the report has none', () => {
    const report = fixtureReport()
    report.scope = { kind: 'iac', regions: [] }
    report.findings = [{ ...report.findings[1]!, message: 'x'.repeat(3000), title: 'T' }]
    const [f] = toAsff(report, [], {})
    assert.equal(f!.Description!.length, 1024)
    assert.ok(f!.Description!.endsWith('…'))
    assert.equal(f!.AwsAccountId, UNKNOWN_ACCOUNT)
    assert.equal(f!.ProductArn, `arn:aws:securityhub:us-east-1:${UNKNOWN_ACCOUNT}:product/${UNKNOWN_ACCOUNT}/default`)
    assert.equal(f!.Remediation, undefined, 'no catalogue entry, no recommendation')
  })
})
