/**
 * End to end for `--inspect-code`: the real CLI scans a small account on the loopback AWS
 * server, which answers GetFunction / GetLayerVersion with presigned-style links to zip archives
 * it serves itself (test/aws-server/code-downloads.ts). Nothing is mocked below the HTTP wire.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cliInProcess } from '../reliability/support.js'
import { arns, startAwsServer, type AwsServer, type FixtureAccount, type PolicyDocument } from '../aws-server/index.js'
import { buildZip } from '../zip-builder.js'

const ACCOUNT = '123456789012'
const US = 'us-east-1'
const GITHUB = ['ghp', '_', 'R7x2Kq9LmN4pT8vW3yZ6aB1cD5eF0gH2iJ4k'].join('')
const trust: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }
const zip64 = (entries: Parameters<typeof buildZip>[0]) => buildZip(entries).toString('base64')
const role = arns.role(ACCOUNT, 'fn')

const account: FixtureAccount = {
  accountId: ACCOUNT,
  regions: {
    [US]: {
      functions: [
        {
          name: 'orders',
          runtime: 'python3.12',
          role,
          handler: 'app.lambda_handler',
          layers: [arns.layerVersion(US, ACCOUNT, 'shared', 2)],
          codeZipBase64: zip64([
            { name: 'app.py', content: 'import os\n\ndef lambda_handler(event, context):\n    os.system("convert " + event["file"])\n    cur.execute(f"SELECT * FROM orders WHERE id = {event[\'id\']}")\n' },
            { name: 'requirements.txt', content: 'requests==2.25.0\n' },
          ]),
        },
        { name: 'clean', runtime: 'nodejs22.x', role, codeZipBase64: zip64([{ name: 'index.mjs', content: "export const handler = async (event) => pool.query('SELECT * FROM t WHERE id = $1', [event.id])\n" }]) },
        { name: 'locked', runtime: 'nodejs22.x', role, codeZipBase64: zip64([{ name: 'index.js', content: 'exports.handler = async () => 1\n' }]) },
        { name: 'broken', runtime: 'nodejs22.x', role, codeZipBase64: Buffer.from('not a zip').toString('base64') },
        { name: 'img', packageType: 'Image', role },
      ],
      layers: [{ name: 'shared', versions: [{ version: 2, compatibleRuntimes: ['python3.12'], contentZipBase64: zip64([{ name: 'python/settings.py', content: `TOKEN = "${GITHUB}"\n` }]) }] }],
    },
  },
  iam: { roles: [{ name: 'fn', trustPolicy: trust }] },
  denied: [{ action: 'lambda:GetFunction', resource: 'locked' }],
}

interface Finding {
  checkId: string
  resourceName: string
  status: string
  messageId: string
  reason?: string
  data: Record<string, unknown>
}

const CHECKS = 'lambda-code-no-secrets,lambda-layer-no-secrets,lambda-code-no-sql-string-building,lambda-code-no-dynamic-exec-on-event,lambda-code-dependencies-no-known-vulnerabilities'

describe('e2e: --inspect-code against the loopback AWS account', () => {
  let tmp: string
  let server: AwsServer
  let env: Record<string, string>

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'clearsky-code-'))
    writeFileSync(join(tmp, 'config'), '')
    writeFileSync(join(tmp, 'credentials'), '')
    mkdirSync(join(tmp, 'home'))
    server = await startAwsServer({ account })
    env = {
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: 'AKIAE2ETESTKEY000002',
      AWS_SECRET_ACCESS_KEY: 'e2e-test-secret-not-real',
      AWS_REGION: US,
      AWS_CONFIG_FILE: join(tmp, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      HOME: join(tmp, 'home'),
    }
  })
  after(async () => {
    await server?.close()
    rmSync(tmp, { recursive: true, force: true })
  })

  it('scan aws --inspect-code --advisories: findings, unknowns and skips as designed', async () => {
    const output = join(tmp, 'report.json')
    const r = await cliInProcess(['scan', 'aws', '--checks', CHECKS, '--inspect-code', '--advisories', 'test/fixtures/osv', '--format', 'json', '--output', output, '--no-store', '--quiet'], env)
    assert.equal(r.code, 1, r.stderr)
    const report = JSON.parse(readFileSync(output, 'utf8')) as { findings: Finding[]; notes: string[] }
    const got = report.findings.map((f) => `${f.checkId} ${f.resourceName} ${f.status}`).sort()
    assert.deepEqual(got, [
      'lambda-code-dependencies-no-known-vulnerabilities broken unknown',
      'lambda-code-dependencies-no-known-vulnerabilities clean pass',
      'lambda-code-dependencies-no-known-vulnerabilities img skip',
      'lambda-code-dependencies-no-known-vulnerabilities locked unknown',
      'lambda-code-dependencies-no-known-vulnerabilities orders fail',
      'lambda-code-no-dynamic-exec-on-event broken unknown',
      'lambda-code-no-dynamic-exec-on-event clean pass',
      'lambda-code-no-dynamic-exec-on-event img skip',
      'lambda-code-no-dynamic-exec-on-event locked unknown',
      'lambda-code-no-dynamic-exec-on-event orders fail',
      'lambda-code-no-secrets broken unknown',
      'lambda-code-no-secrets clean pass',
      'lambda-code-no-secrets img skip',
      'lambda-code-no-secrets locked unknown',
      'lambda-code-no-secrets orders pass',
      'lambda-code-no-sql-string-building broken unknown',
      'lambda-code-no-sql-string-building clean pass',
      'lambda-code-no-sql-string-building img skip',
      'lambda-code-no-sql-string-building locked unknown',
      'lambda-code-no-sql-string-building orders fail',
      'lambda-layer-no-secrets broken skip',
      'lambda-layer-no-secrets clean skip',
      'lambda-layer-no-secrets img skip',
      'lambda-layer-no-secrets locked skip',
      'lambda-layer-no-secrets orders fail',
    ])
    const vuln = report.findings.find((f) => f.checkId === 'lambda-code-dependencies-no-known-vulnerabilities' && f.status === 'fail')!
    assert.equal(vuln.data['advisory'], 'GHSA-j8r2-6x86-q33q')
    assert.equal(vuln.data['advisorySeverity'], 'MODERATE')
    const locked = report.findings.find((f) => f.checkId === 'lambda-code-no-secrets' && f.resourceName === 'locked')!
    assert.match(locked.reason ?? '', /AccessDenied \(lambda:GetFunction\)/)
    const layer = report.findings.find((f) => f.checkId === 'lambda-layer-no-secrets' && f.status === 'fail')!
    assert.deepEqual([layer.data['layer'], layer.data['path'], layer.data['line']], ['shared:2', 'python/settings.py', 1])
    assert.ok(!readFileSync(output, 'utf8').includes(GITHUB.slice(4)), 'the secret value never reaches the report')
    assert.ok(report.notes.some((n) => /code inspection: 2 deployment package\(s\) and 1 layer version\(s\) analyzed; 2 package\(s\) and 0 layer version\(s\) could not be read/.test(n)), report.notes.join('\n'))
    assert.equal(server.calls.count({ operation: 'GetLayerVersion' }), 1)
  })

  it('without --inspect-code nothing is downloaded and the code checks skip', async () => {
    const output = join(tmp, 'off.json')
    const before = server.calls.count({ operation: 'GetLayerVersion' })
    const r = await cliInProcess(['scan', 'aws', '--checks', CHECKS, '--format', 'json', '--output', output, '--no-store', '--quiet'], env)
    assert.equal(r.code, 0, r.stderr)
    const report = JSON.parse(readFileSync(output, 'utf8')) as { findings: Finding[] }
    const reasons = new Set(report.findings.filter((f) => f.resourceName !== 'img' || f.checkId === 'lambda-layer-no-secrets').map((f) => `${f.status} ${f.reason}`))
    assert.ok([...reasons].every((r) => r === 'skip code inspection not enabled (--inspect-code)' || r === 'skip the function has no layers'), [...reasons].join('\n'))
    assert.equal(server.calls.count({ operation: 'GetLayerVersion' }), before)
  })

  it('--advisories without --inspect-code is a usage error', async () => {
    const r = await cliInProcess(['scan', 'aws', '--advisories', 'test/fixtures/osv', '--no-store', '--quiet'], env)
    assert.equal(r.code, 2)
    assert.match(r.stderr, /--advisories needs --inspect-code/)
  })
})
