import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ScanReport } from '../../src/core/finding.js'
import { classify, discoverIacFiles } from '../../src/sources/iac/discover.js'
import { parseSuppressionComments, metadataSuppressions } from '../../src/sources/iac/suppressions.js'
import { readParametersFile, parseParameterFlags } from '../../src/sources/iac/parameters.js'
import { runCli } from '../cli/capture.js'

describe('discovery by content', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearsky-discover-'))
    for (const d of ['infra', 'node_modules/pkg', '.git', '.terraform', '.aws-sam/build', 'cdk.out/asset.1', 'tf']) mkdirSync(join(dir, d), { recursive: true })
    writeFileSync(join(dir, 'infra', 'api.yml'), "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n")
    writeFileSync(join(dir, 'infra', 'sam.yaml'), 'Transform: AWS::Serverless-2016-10-31\nResources: {}\n')
    writeFileSync(join(dir, 'infra', 'plain.json'), '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}')
    writeFileSync(join(dir, 'serverless.yml'), 'service: s\nprovider:\n  name: aws\n')
    writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  db:\n    image: postgres\n')
    writeFileSync(join(dir, 'package.json'), '{"name": "x", "type": "module"}')
    writeFileSync(join(dir, 'node_modules', 'pkg', 'template.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\n")
    writeFileSync(join(dir, '.aws-sam', 'build', 'template.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\n")
    writeFileSync(join(dir, 'cdk.out', 'App.template.json'), '{"Resources": {}}')
    writeFileSync(join(dir, 'cdk.out', 'asset.1', 'template.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\n")
    writeFileSync(join(dir, 'tf', 'main.tf'), 'resource "aws_sqs_queue" "q" {}\n')
  })
  after(() => rmSync(dir, { recursive: true, force: true }))
  it('finds templates by what they contain, skips dependencies, VCS, build output and CDK assets', () => {
    const found = discoverIacFiles([dir]).files.map((f) => [f.path.slice(dir.length + 1), f.kind])
    assert.deepEqual(found, [
      ['cdk.out/App.template.json', 'cdk'],
      ['infra/api.yml', 'cloudformation'],
      ['infra/plain.json', 'cloudformation'],
      ['infra/sam.yaml', 'cloudformation'],
      ['serverless.yml', 'serverless'],
      ['tf/main.tf', 'terraform'],
    ])
  })
  it('an explicitly named file that is no template is an error; a missing one too', () => {
    const d = discoverIacFiles([join(dir, 'docker-compose.yml'), join(dir, 'nope.yaml')])
    assert.deepEqual(d.errors.map((e) => e.code), ['NOT_A_TEMPLATE', 'NOT_FOUND'])
  })
  it('classify', () => {
    assert.equal(classify('x.json', '{"format_version":"1.2","terraform_version":"1.11.4"}'), 'terraform')
    assert.equal(classify('a.yaml', 'Resources:\n  Q: { Type: AWS::SQS::Queue }\n'), 'cloudformation')
    assert.equal(classify('a.yaml', 'foo: bar\n'), undefined)
  })
})

describe('suppressions', () => {
  const lines = ['Resources:', '  # clearsky:ignore lambda-tracing-active tracing costs too much here', '  Fn:', '    Type: AWS::Lambda::Function', '    Properties:', '      Runtime: nodejs22.x # clearsky:ignore lambda-runtime-* pinned by the vendor', '  # clearsky:ignore lambda-x', '  Other:', '    Type: AWS::SQS::Queue']
  const regions = [
    { address: 'Fn', startLine: 3, endLine: 6 },
    { address: 'Other', startLine: 8, endLine: 9 },
  ]
  it('a comment above a resource or on one of its lines belongs to it; one without a reason is an error', () => {
    const r = parseSuppressionComments('t.yaml', lines, regions)
    assert.deepEqual(r.suppressions.map((s) => [s.address, s.line, s.checkId, s.reason]), [
      ['Fn', 2, 'lambda-tracing-active', 'tracing costs too much here'],
      ['Fn', 6, 'lambda-runtime-*', 'pinned by the vendor'],
    ])
    assert.deepEqual(r.errors.map((e) => [e.line, e.code]), [[7, 'SUPPRESSION']])
  })
  it('Metadata: clearsky.ignore needs id and reason', () => {
    const ok = metadataSuppressions('t.yaml', 'Fn', { clearsky: { ignore: [{ id: 'lambda-tracing-active', reason: 'batch job' }] } }, 5)
    assert.deepEqual(ok.suppressions.map((s) => [s.checkId, s.reason, s.source]), [['lambda-tracing-active', 'batch job', 'metadata']])
    assert.equal(metadataSuppressions('t.yaml', 'Fn', { clearsky: { ignore: [{ id: 'lambda-tracing-active' }] } }, 5).errors.length, 1)
    assert.equal(metadataSuppressions('t.yaml', 'Fn', { other: 1 }, 5).suppressions.length, 0)
  })
})

describe('parameters', () => {
  it('Key=Value flags; CloudFormation list and plain map files', () => {
    assert.deepEqual(parseParameterFlags(['A=1', 'B=x=y']), { A: '1', B: 'x=y' })
    assert.throws(() => parseParameterFlags(['novalue']), /Key=Value/)
    const dir = mkdtempSync(join(tmpdir(), 'clearsky-params-'))
    try {
      writeFileSync(join(dir, 'list.json'), JSON.stringify([{ ParameterKey: 'Env', ParameterValue: 'prod' }]))
      writeFileSync(join(dir, 'map.json'), JSON.stringify({ Env: 'dev', Subnets: ['a', 'b'] }))
      writeFileSync(join(dir, 'bad.json'), '[{"Key": 1}]')
      assert.deepEqual(readParametersFile(join(dir, 'list.json')), { Env: 'prod' })
      assert.deepEqual(readParametersFile(join(dir, 'map.json')), { Env: 'dev', Subnets: 'a,b' })
      assert.throws(() => readParametersFile(join(dir, 'bad.json')), /ParameterKey/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Auth: { Type: String }
Resources:
  # clearsky:ignore lambda-tracing-active tracing is sampled by the platform team
  Fn:
    Type: AWS::Lambda::Function
    Metadata:
      clearsky:
        ignore:
          - id: lambda-reserved-concurrency-set
            reason: shares the account pool on purpose
    Properties:
      FunctionName: public-fn
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/outside
      Code: { ZipFile: x }
  FnUrl:
    Type: AWS::Lambda::Url
    Properties: { TargetFunctionArn: !GetAtt Fn.Arn, AuthType: !Ref Auth }
`

describe('clearsky scan iac', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearsky-cli-'))
    writeFileSync(join(dir, 'app.yaml'), TEMPLATE)
    writeFileSync(join(dir, 'params.json'), JSON.stringify([{ ParameterKey: 'Auth', ParameterValue: 'NONE' }]))
    mkdirSync(join(dir, 'broken'))
    writeFileSync(join(dir, 'broken', 'bad.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q: { Type: AWS::SQS::Queue\n")
  })
  after(() => rmSync(dir, { recursive: true, force: true }))
  const report = async (...args: string[]) => {
    const out = join(dir, `report-${Math.random().toString(36).slice(2)}.json`)
    const res = await runCli(['scan', 'iac', ...args, '--no-config', '-q', '-f', 'json', '-o', out])
    return { ...res, report: JSON.parse(readFileSync(out, 'utf8')) as ScanReport }
  }
  it('an unresolved parameter makes the URL verdict unknown, never pass; the exit code stays 0', async () => {
    const { code, report: r } = await report(join(dir, 'app.yaml'), '--checks', 'lambda-function-url-auth-required')
    assert.equal(code, 0)
    const f = r.findings.find((x) => x.checkId === 'lambda-function-url-auth-required')!
    assert.equal(f.status, 'unknown')
    assert.match(f.reason ?? '', /Auth \(no default\)/)
    assert.equal(r.scope.kind, 'iac')
  })
  it('--parameter / --parameters resolve it: a fail at the template line, exit 1', async () => {
    for (const args of [['--parameter', 'Auth=NONE'], ['--parameters', join(dir, 'params.json')]]) {
      const { code, report: r } = await report(join(dir, 'app.yaml'), '--checks', 'lambda-function-url-auth-required', ...args)
      assert.equal(code, 1)
      const f = r.findings.find((x) => x.checkId === 'lambda-function-url-auth-required')!
      assert.equal(f.status, 'fail')
      assert.equal(f.location?.file, join(dir, 'app.yaml'))
      assert.equal(f.location?.startLine, TEMPLATE.split('\n').findIndex((l) => l.includes('AuthType: !Ref Auth')) + 1)
    }
  })
  it('inline and Metadata suppressions mute findings, which stay in the report', async () => {
    const { report: r } = await report(join(dir, 'app.yaml'), '--checks', 'lambda-tracing-active,lambda-reserved-concurrency-set', '--fail-on', 'low')
    const tracing = r.findings.find((x) => x.checkId === 'lambda-tracing-active')!
    const concurrency = r.findings.find((x) => x.checkId === 'lambda-reserved-concurrency-set')!
    assert.deepEqual([tracing.status, tracing.muted], ['fail', { reason: 'tracing is sampled by the platform team', rule: 'inline' }])
    assert.deepEqual([concurrency.status, concurrency.muted?.reason], ['fail', 'shares the account pool on purpose'])
    assert.equal(r.summary.failedBySeverity.low, 0, 'muted findings do not count')
  })
  it('a broken template: reported with file:line in the console, the others scanned, exit 2', async () => {
    const { code, stdout } = await runCli(['scan', 'iac', dir, '--no-config', '--parameter', 'Auth=AWS_IAM', '--checks', 'lambda-function-url-auth-required', '--no-color'])
    assert.equal(code, 2)
    assert.match(stdout, new RegExp(`template error: ${join(dir, 'broken', 'bad.yaml').replace(/[/\\]/g, '.')}:4:1: .*YAML_SYNTAX`))
    assert.match(stdout, /1 passed/)
  })
  it('checks that need a live account are not run on templates', async () => {
    const { code, stderr } = await runCli(['scan', 'iac', join(dir, 'app.yaml'), '--no-config', '--checks', 'cloudtrail-lambda-data-events-logged'])
    assert.equal(code, 2)
    assert.match(stderr, /liveOnly/)
  })
  it('usage errors: no such path, no template, bad parameter, bad account id', async () => {
    for (const args of [[join(dir, 'missing')], [join(dir, 'params.json')], [join(dir, 'app.yaml'), '--parameter', 'oops'], [join(dir, 'app.yaml'), '--account-id', '12']]) {
      const { code } = await runCli(['scan', 'iac', ...args, '--no-config', '-q'])
      assert.equal(code, 2, args.join(' '))
    }
  })
  it('the bundled examples: SAM and serverless.yml give the same findings for the same weaknesses', async () => {
    const { code, report: r } = await report('examples/sam', 'examples/serverless')
    assert.equal(code, 1)
    assert.deepEqual(r.notes.filter((n) => n.startsWith('template error')), [])
    const failing = (file: string) =>
      new Set(r.findings.filter((f) => f.status === 'fail' && f.location?.file.includes(file)).map((f) => `${f.checkId}:${f.resourceName.replace(/.*-/, '').replace('paymentWebhook', 'webhook').replace('nightlyReport', 'report')}`))
    const sam = failing('examples/sam/')
    for (const expected of ['lambda-function-url-auth-required:webhook', 'lambda-env-no-plaintext-secrets:webhook', 'lambda-runtime-supported:webhook', 'lambda-execution-role-unique:webhook', 'lambda-tracing-active:report'])
      assert.ok(sam.has(expected), `SAM: ${expected} in ${[...sam].join(', ')}`)
    const sls = failing('examples/serverless/')
    for (const expected of ['lambda-function-url-auth-required:webhook', 'lambda-env-no-plaintext-secrets:webhook', 'lambda-runtime-supported:webhook', 'lambda-execution-role-unique:webhook', 'lambda-tracing-active:report'])
      assert.ok(sls.has(expected), `serverless: ${expected} in ${[...sls].join(', ')}`)
    const create = r.findings.filter((f) => f.resourceName === 'orders-prod-create')
    assert.ok(create.length > 5 && create.every((f) => f.status !== 'fail'), create.filter((f) => f.status === 'fail').map((f) => f.checkId).join(', '))
  })
})
