/**
 * A scan through one loopback endpoint (AWS_ENDPOINT_URL=http://127.0.0.1:<port>, nothing per
 * service, no name resolution tricks) prints no stack trace on stderr. S3 Control used to: its
 * endpoint rules put the account id in front of the host, `<account>.127.0.0.1` is no URL, and
 * the SDK printed "Failed to construct URL" with a stack for every call (src/sources/aws/clients.ts).
 * The S3 Control calls must now reach the server and be answered.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { startAwsServer, type AwsServer } from '../aws-server/index.js'
import { EU, FIXTURE_ACCOUNT, US } from '../e2e/fixture-account.js'
import { readReport, runCli, scratch, type CliResult, type Scratch } from './support.js'

describe('reliability: a loopback scan prints no stack trace', () => {
  let tmp: Scratch
  let server: AwsServer
  let result: CliResult
  let env: Record<string, string>

  before(async () => {
    tmp = scratch('stderr')
    server = await startAwsServer({ account: FIXTURE_ACCOUNT })
    env = tmp.env(server)
    result = await runCli(['scan', 'aws', '--region', US, '--region', EU, '--format', 'json', '--output', join(tmp.dir, 'report.json'), '--no-store'], env)
  })
  after(async () => {
    await server?.close()
    tmp?.remove()
  })

  it('runs against one IP-address endpoint, with no per-service override', () => {
    assert.match(env.AWS_ENDPOINT_URL!, /^http:\/\/127\.0\.0\.1:\d+$/)
    assert.deepEqual(Object.keys(env).filter((k) => k.startsWith('AWS_ENDPOINT_URL_')), [])
  })

  it('the scan completes and stderr holds no stack trace and no SDK endpoint error', () => {
    assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr.slice(0, 2000)}`)
    const stackLines = result.stderr.split('\n').filter((l) => /^\s+at\s/.test(l) || /^\w*Error\b.*:/.test(l.trim()))
    assert.deepEqual(stackLines, [])
    assert.doesNotMatch(result.stderr, /Failed to construct URL|Invalid URL|ERR_INVALID_URL/)
    assert.ok(readReport(join(tmp.dir, 'report.json')).findings.length > 0)
  })

  it('the S3 Control calls reached the loopback server and were answered', () => {
    const s3Control = server.calls.records.filter((r) => r.action === 's3:GetAccountPublicAccessBlock' || r.action === 's3:ListAccessPoints')
    assert.ok(s3Control.some((r) => r.action === 's3:GetAccountPublicAccessBlock'), 'GetAccountPublicAccessBlock never reached the server')
    assert.ok(s3Control.some((r) => r.action === 's3:ListAccessPoints'), 'ListAccessPoints never reached the server')
    // Answered means an HTTP status (200, or S3 Control's 404 for "no configuration"), not a reset or a hang.
    assert.deepEqual(s3Control.filter((r) => typeof r.status !== 'number' || r.status >= 500).map((r) => `${r.action} ${r.status}`), [])
    const report = readReport(join(tmp.dir, 'report.json'))
    assert.deepEqual(report.gaps.filter((g) => g.resourceType.startsWith('s3.')), [])
  })
})
