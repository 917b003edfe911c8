import { after, afterEach, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetFunctionCommand, GetLayerVersionCommand, LambdaClient } from '@aws-sdk/client-lambda'
import { startArchiveServer, type ArchiveServer } from '../../../../test/archive-server.js'
import { buildZip } from '../../../../test/zip-builder.js'
import { lambdaFunction } from '../../../../test/factories/index.js'
import { loadOsvDirectory } from '../../advisories/osv-directory.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'
import { CODE_INSPECTION_ACTIONS, inspectFunctionCode } from './inspect-code.js'

const GITHUB = ['ghp', '_', 'R7x2Kq9LmN4pT8vW3yZ6aB1cD5eF0gH2iJ4k'].join('')
const layerArn = (name: string, v: number, account = TEST_ACCOUNT) => `arn:aws:lambda:${TEST_REGION}:${account}:layer:${name}:${v}`

const appZip = buildZip([
  { name: 'index.js', content: `const cp = require('child_process')\nexports.handler = async (event) => {\n  cp.exec('convert ' + event.body)\n  return pool.query(\`SELECT * FROM t WHERE id = \${event.id}\`)\n}\n` },
  { name: 'package-lock.json', content: JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/lodash': { version: '4.17.11' } } }) },
  { name: 'node_modules/lodash/package.json', content: '{"name":"lodash","version":"4.17.11"}' },
])
const layerZip = buildZip([{ name: 'nodejs/config/settings.json', content: `{"githubToken": "${GITHUB}"}` }])

describe('inspectFunctionCode', () => {
  const lambda = mockClient(LambdaClient)
  let server: ArchiveServer
  before(async () => {
    server = await startArchiveServer({ '/app.zip': appZip, '/layer.zip': layerZip, '/corrupt.zip': Buffer.from('not a zip'), '/big.zip': Buffer.alloc(5000), '/hang.zip': { hang: true } })
  })
  after(() => server.close())
  beforeEach(() => {
    lambda.reset()
    lambda.on(GetFunctionCommand).resolves({ Code: { RepositoryType: 'S3', Location: server.url('/app.zip') } })
    lambda.on(GetLayerVersionCommand).resolves({ Content: { Location: server.url('/layer.zip') } })
  })
  afterEach(() => lambda.reset())

  it('analyzes each package and each distinct layer version once', async () => {
    const shared = layerArn('shared', 3)
    const fns = [lambdaFunction({ name: 'a', layers: [{ arn: shared }] }), lambdaFunction({ name: 'b', layers: [{ arn: shared }] })]
    const r = await inspectFunctionCode(testContext(), fns, { advisories: loadOsvDirectory('test/fixtures/osv').index })
    const [a, b] = r.functions
    assert.equal(a!.code?.inspected, true)
    assert.deepEqual(
      a!.code?.dynamicExec.map((f) => `${f.path}:${f.line}:${f.sink}`),
      ['index.js:3:cp.exec'],
    )
    assert.deepEqual(
      a!.code?.sqlInjection.map((f) => `${f.path}:${f.line}:${f.construction}`),
      ['index.js:4:template-literal'],
    )
    assert.deepEqual(
      a!.code?.vulnerabilities?.map((v) => v.advisoryId),
      ['GHSA-jf85-cpcp-j695'],
    )
    assert.deepEqual(a!.layers[0]!.code?.secrets, [{ path: 'nodejs/config/settings.json', line: 1, patternId: 'github-token' }])
    assert.deepEqual(b!.layers[0]!.code, a!.layers[0]!.code)
    assert.equal(a!.unresolved, undefined)
    assert.equal(lambda.commandCalls(GetFunctionCommand).length, 2)
    assert.equal(lambda.commandCalls(GetLayerVersionCommand).length, 1, 'one GetLayerVersion per layer version ARN')
    assert.deepEqual(lambda.commandCalls(GetLayerVersionCommand)[0]!.args[0].input, { LayerName: `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:layer:shared`, VersionNumber: 3 })
    assert.equal(server.requests('/layer.zip'), 1)
    assert.match(r.notes[0]!, /2 deployment package\(s\) and 1 layer version\(s\) analyzed/)
  })

  it('does not download container images', async () => {
    const r = await inspectFunctionCode(testContext(), [lambdaFunction({ name: 'img', packageType: 'Image' })])
    assert.equal(r.functions[0]!.code?.inspected, false)
    assert.match(r.functions[0]!.code?.reason ?? '', /container image/)
    assert.equal(lambda.commandCalls(GetFunctionCommand).length, 0)
  })

  it('GetFunction denied → unresolved code, the scan goes on', async () => {
    lambda.on(GetFunctionCommand, { FunctionName: lambdaFunction({ name: 'denied' }).arn }).rejects(awsError('AccessDeniedException', 403))
    const r = await inspectFunctionCode(testContext(), [lambdaFunction({ name: 'denied' }), lambdaFunction({ name: 'ok' })])
    assert.equal(r.functions[0]!.code, undefined)
    assert.equal(r.functions[0]!.unresolved?.['code'], 'AccessDenied (lambda:GetFunction)')
    assert.equal(r.functions[1]!.code?.inspected, true)
  })

  it('a layer that cannot be read → unresolved layers.<i>.code only', async () => {
    const foreign = layerArn('vendor', 7, '999988887777')
    lambda.on(GetLayerVersionCommand, { VersionNumber: 7 }).rejects(awsError('AccessDeniedException', 403))
    const r = await inspectFunctionCode(testContext(), [lambdaFunction({ name: 'f', layers: [{ arn: foreign }, { arn: layerArn('shared', 3) }] })])
    const fn = r.functions[0]!
    assert.deepEqual(fn.unresolved, { 'layers.0.code': 'AccessDenied (lambda:GetLayerVersion)' })
    assert.equal(fn.layers[0]!.code, undefined)
    assert.equal(fn.layers[1]!.code?.secrets.length, 1)
    assert.equal(fn.code?.inspected, true)
  })

  it('caps: a package over the size limit, a corrupt zip and a download that hangs become unresolved reasons', async () => {
    lambda.on(GetFunctionCommand, { FunctionName: lambdaFunction({ name: 'big' }).arn }).resolves({ Code: { Location: server.url('/big.zip') } })
    lambda.on(GetFunctionCommand, { FunctionName: lambdaFunction({ name: 'corrupt' }).arn }).resolves({ Code: { Location: server.url('/corrupt.zip') } })
    lambda.on(GetFunctionCommand, { FunctionName: lambdaFunction({ name: 'hang' }).arn }).resolves({ Code: { Location: server.url('/hang.zip') } })
    lambda.on(GetFunctionCommand, { FunctionName: lambdaFunction({ name: 'nolink' }).arn }).resolves({ Code: {} })
    const started = Date.now()
    const r = await inspectFunctionCode(testContext(), ['big', 'corrupt', 'hang', 'nolink'].map((name) => lambdaFunction({ name })), { limits: { maxPackageBytes: 4096, timeoutMs: 300 } })
    const reasons = r.functions.map((f) => f.unresolved?.['code'] ?? '')
    assert.match(reasons[0]!, /^limit: the archive is .* more than the limit/)
    assert.match(reasons[1]!, /not a readable zip archive/)
    assert.match(reasons[2]!, /^time limit: /)
    assert.match(reasons[3]!, /no download location/)
    assert.ok(r.functions.every((f) => f.code === undefined))
    assert.ok(Date.now() - started < 5000, 'the hanging download did not hold the scan')
    assert.match(r.notes[0]!, /4 package\(s\) and 0 layer version\(s\) could not be read/)
  })

  it('downloads at most `concurrency` archives at once', async () => {
    const slow = await startArchiveServer({ '/slow.zip': { delayMs: 60, body: appZip } })
    try {
      lambda.on(GetFunctionCommand).resolves({ Code: { Location: slow.url('/slow.zip') } })
      const fns = Array.from({ length: 8 }, (_, i) => lambdaFunction({ name: `f${i}` }))
      const r = await inspectFunctionCode(testContext(), fns, { concurrency: 2 })
      assert.ok(r.functions.every((f) => f.code?.inspected))
      assert.equal(slow.requests('/slow.zip'), 8)
      assert.equal(slow.peakInFlight, 2)
    } finally {
      await slow.close()
    }
  })

  it('a cancelled scan rejects instead of recording unresolved fields', async () => {
    const ctl = new AbortController()
    lambda.on(GetFunctionCommand).resolves({ Code: { Location: server.url('/hang.zip') } })
    const run = inspectFunctionCode(testContext({ signal: ctl.signal }), [lambdaFunction({ name: 'x' })])
    setTimeout(() => ctl.abort(), 100)
    await assert.rejects(run)
  })

  it('declares the IAM actions it calls', () => {
    assert.deepEqual([...CODE_INSPECTION_ACTIONS].sort(), ['lambda:GetFunction', 'lambda:GetLayerVersion'])
  })
})
