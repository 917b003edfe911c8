/**
 * End to end: the real CLI (`run()` of src/cli/main.ts, and once the real bin in a child
 * process) scans the fixture account through the loopback AWS server, with the real SDK
 * clients, credential chain, rate limiters and collectors. Nothing is mocked below the HTTP
 * wire.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { startAwsServer, type AwsServer } from '../aws-server/index.js'
import { SECOND_ACCOUNT, SECOND_ACCOUNT_CHECKS, iamExpectedFindings, secondAccountExpectedFindings } from './fixture-iam.js'
import { GOV_BARE_ACCOUNT, GOV_BARE_CHECKS, GOV_MANAGEMENT_ACCOUNT, GOV_MANAGEMENT_CHECKS, govBareExpectedFindings, govManagementExpectedFindings } from './fixture-governance.js'
import { ACCOUNT_ID, COVERED_CHECKS, EU, FAKE_SECRET_ACCESS_KEY, FIXTURE_ACCOUNT, NOT_OPTED_IN, US, expectedFindings } from './fixture-account.js'
import { S3_EC2_SECOND_ACCOUNT, S3_EC2_SECOND_ACCOUNT_CHECKS, s3Ec2SecondAccountExpectedFindings } from './fixture-s3-ec2.js'
import { resolveLocalhostSubdomains } from '../aws-server/localhost-dns.js'
import { cliInProcess } from '../reliability/support.js'
import { CODE_INSPECTION_CHECKS, LAMBDA_DEPTH_ACCOUNT, LAMBDA_DEPTH_CHECKS, LAMBDA_DEPTH_CONFIG, lambdaDepthAccountExpectedFindings } from './fixture-lambda-depth.js'

interface Finding {
  checkId: string
  region: string
  resourceName: string
  status: string
}

interface Exposure {
  name: string
  region: string
  internetReachable: boolean
  invokers: { via: string; public: boolean }[]
  changers: { kind: string; principal: string; notes: string[] }[]
  role?: { admin: string; escalation: string[] }
}

interface Report {
  exposure?: Exposure[]
  findings: Finding[]
  gaps: unknown[]
  notes: string[]
  scope: { accountId?: string; regions: string[] }
  startedAt: string
}

interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** `checkId region/name status`, sorted: the identity of each verdict, nothing rendered. */
function identities(report: Report): string[] {
  return report.findings.map((f) => `${f.checkId} ${f.region}/${f.resourceName} ${f.status}`).sort()
}

function readReport(file: string): Report {
  return JSON.parse(readFileSync(file, 'utf8')) as Report
}

/** The CLI in this process with exactly `env` as its AWS environment (stderr captured; commands here write their results to files). */
const cli = cliInProcess

const REPO = join(import.meta.dirname, '..', '..')

/**
 * Runs the real bin in a child process with exactly `env` (plus PATH). Children start early and
 * run while the in-process scans wait on their rate limiters.
 */
function bin(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

describe('e2e: clearsky against the loopback AWS account', () => {
  let tmp: string
  let server: AwsServer
  let liveEnv: Record<string, string>
  let live: Report
  let permissions: Promise<CliResult>
  let noCredentials: Promise<CliResult>

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'clearsky-e2e-'))
    writeFileSync(join(tmp, 'config'), '')
    writeFileSync(join(tmp, 'credentials'), '')
    mkdirSync(join(tmp, 'home'))
    // AWS's quotas are enforced: the collectors' own rate limits must keep them out of trouble.
    server = await startAwsServer({ account: FIXTURE_ACCOUNT, quotas: true })
    // S3 Control puts the account id in front of the endpoint's host: *.localhost must reach the server.
    resolveLocalhostSubdomains()
    liveEnv = {
      AWS_ENDPOINT_URL: server.url,
      AWS_ENDPOINT_URL_S3_CONTROL: `http://localhost:${server.port}`,
      AWS_ACCESS_KEY_ID: 'AKIAE2ETESTKEY000001',
      AWS_SECRET_ACCESS_KEY: 'e2e-test-secret-not-real',
      AWS_REGION: US,
      AWS_CONFIG_FILE: join(tmp, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      CLEARSKY_DB: join(tmp, 'history.db'),
    }
    permissions = bin(['permissions'], { HOME: join(tmp, 'home'), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' })
    noCredentials = bin(['scan', 'aws', '--region', US, '--no-store'], {
      HOME: join(tmp, 'home'),
      AWS_CONFIG_FILE: join(tmp, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // Not a credential: a guard so that nothing could ever reach real AWS from this test.
      AWS_ENDPOINT_URL: server.url,
      CLEARSKY_DB: join(tmp, 'history-nocreds.db'),
    })
  })

  after(async () => {
    await Promise.allSettled([permissions, noCredentials])
    await server?.close()
    rmSync(tmp, { recursive: true, force: true })
  })

  it('scan aws reports exactly the designed verdicts and exits 1 (high findings, default --fail-on)', async () => {
    const output = join(tmp, 'live.json')
    const r = await cli(['scan', 'aws', '--region', US, '--region', EU, '--format', 'json', '--output', output, '--no-store'], liveEnv)
    assert.equal(r.code, 1, r.stderr)
    live = readReport(output)
    assert.deepEqual(live.gaps, [])
    assert.equal(live.scope.accountId, ACCOUNT_ID)
    assert.deepEqual([...live.scope.regions].sort(), [EU, US])

    const uncovered = CHECKS.map((c) => c.meta.id).filter((id) => !COVERED_CHECKS.includes(id))
    assert.deepEqual(uncovered, [], 'every check needs designed passing and failing resources in test/e2e/fixture-account.ts')
    assert.deepEqual(identities(live), expectedFindings())
  })

  it('the fixture gives every check at least one passing and one failing resource', () => {
    // The code-inspection checks only skip without --inspect-code: inspect-code.test.ts designs their other verdicts.
    for (const id of COVERED_CHECKS.filter((c) => !CODE_INSPECTION_CHECKS.includes(c))) {
      // Route names contain spaces: the status is the last word.
      // Account-wide IAM checks have one resource per account: the second account gives the other verdict.
      const statuses = new Set([...expectedFindings(), ...secondAccountExpectedFindings(), ...govManagementExpectedFindings(), ...govBareExpectedFindings(), ...s3Ec2SecondAccountExpectedFindings(), ...lambdaDepthAccountExpectedFindings()].filter((e) => e.startsWith(`${id} `)).map((e) => e.split(' ').at(-1)))
      assert.ok(statuses.has('pass') && statuses.has('fail'), `${id}: ${[...statuses].join(', ')}`)
    }
    // The principal may not read one function's policy: its policy checks are unknown, never pass.
    assert.deepEqual(
      expectedFindings().filter((e) => e.includes(' us-east-1/policy-access-denied ') && e.startsWith('lambda-resource-policy-')),
      [
        'lambda-resource-policy-cross-account-trusted us-east-1/policy-access-denied unknown',
        'lambda-resource-policy-invoke-only us-east-1/policy-access-denied unknown',
        'lambda-resource-policy-not-public us-east-1/policy-access-denied unknown',
        'lambda-resource-policy-service-source-scoped us-east-1/policy-access-denied unknown',
      ],
    )
  })

  it('scan aws --checks iam-*: exactly the IAM and root-user verdicts of fixture-iam.ts', async () => {
    const output = join(tmp, 'iam.json')
    const r = await cli(['scan', 'aws', '--region', US, '--region', EU, '--checks', 'iam-*', '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], liveEnv)
    assert.equal(r.code, 0, r.stderr)
    const report = readReport(output)
    assert.deepEqual(report.gaps, [])
    assert.deepEqual(identities(report), iamExpectedFindings(FIXTURE_ACCOUNT))
  })

  it('a second account gives the account-wide IAM checks their other verdicts', async () => {
    const second = await startAwsServer({ account: SECOND_ACCOUNT, quotas: true })
    try {
      const output = join(tmp, 'second.json')
      const r = await cli(['scan', 'aws', '--region', US, '--checks', SECOND_ACCOUNT_CHECKS.join(','), '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], { ...liveEnv, AWS_ENDPOINT_URL: second.url })
      assert.equal(r.code, 0, r.stderr)
      const report = readReport(output)
      assert.deepEqual(report.gaps, [])
      assert.equal(report.scope.accountId, SECOND_ACCOUNT.accountId)
      assert.deepEqual(identities(report), secondAccountExpectedFindings())
    } finally {
      await second.close()
    }
  })

  // Account-wide logging, monitoring and governance checks: the other verdicts come from two more accounts.
  for (const [label, account, checks, expected] of [
    ['a well-run organization management account', GOV_MANAGEMENT_ACCOUNT, GOV_MANAGEMENT_CHECKS, govManagementExpectedFindings],
    ['a bare management account', GOV_BARE_ACCOUNT, GOV_BARE_CHECKS, govBareExpectedFindings],
  ] as const) {
    it(`${label} gives the account-wide governance checks their other verdicts`, async () => {
      const server2 = await startAwsServer({ account, quotas: true })
      try {
        const output = join(tmp, `gov-${account.accountId}.json`)
        const r = await cli(['scan', 'aws', '--region', US, '--checks', checks.join(','), '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], { ...liveEnv, AWS_ENDPOINT_URL: server2.url })
        assert.equal(r.code, 0, r.stderr)
        const report = readReport(output)
        assert.deepEqual(report.gaps, [])
        assert.equal(report.scope.accountId, account.accountId)
        assert.deepEqual(identities(report), expected())
      } finally {
        await server2.close()
      }
    })
  }

  it('an account with S3 Block Public Access fully on gives the account-level S3 check its passing verdict', async () => {
    const server2 = await startAwsServer({ account: S3_EC2_SECOND_ACCOUNT, quotas: true })
    try {
      const output = join(tmp, 's3-second.json')
      const r = await cli(['scan', 'aws', '--region', US, '--checks', S3_EC2_SECOND_ACCOUNT_CHECKS.join(','), '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], { ...liveEnv, AWS_ENDPOINT_URL: server2.url, AWS_ENDPOINT_URL_S3_CONTROL: `http://localhost:${server2.port}` })
      assert.equal(r.code, 0, r.stderr)
      const report = readReport(output)
      assert.deepEqual(report.gaps, [])
      assert.equal(report.scope.accountId, S3_EC2_SECOND_ACCOUNT.accountId)
      assert.deepEqual(identities(report), s3Ec2SecondAccountExpectedFindings())
    } finally {
      await server2.close()
    }
  })

  it('the third account\'s runtime-deprecation expectations follow the scan clock and data/lambda-runtimes.json', () => {
    const upcoming = (now: string) => lambdaDepthAccountExpectedFindings(new Date(now)).filter((e) => e.startsWith('lambda-runtime-deprecation-upcoming '))
    assert.deepEqual(upcoming('2026-11-27T12:00:00Z'), [`lambda-runtime-deprecation-upcoming ${US}/alarmed-isolated fail`, `lambda-runtime-deprecation-upcoming ${US}/tagged-natted fail`])
    // nodejs24.x is deprecated from 2028-04-30 (lambda-runtime-supported takes over); python3.13 still inside the window.
    assert.deepEqual(upcoming('2028-05-01T00:00:00Z'), [`lambda-runtime-deprecation-upcoming ${US}/alarmed-isolated skip`, `lambda-runtime-deprecation-upcoming ${US}/tagged-natted fail`])
  })

  it('a third account with a configuration file gives the Lambda-depth checks their other verdicts', async () => {
    const server2 = await startAwsServer({ account: LAMBDA_DEPTH_ACCOUNT, quotas: true })
    try {
      const config = join(tmp, 'lambda-depth.config.yaml')
      writeFileSync(config, LAMBDA_DEPTH_CONFIG)
      const output = join(tmp, 'lambda-depth.json')
      const r = await cli(['scan', 'aws', '--region', US, '--checks', LAMBDA_DEPTH_CHECKS.join(','), '--config', config, '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], { ...liveEnv, AWS_ENDPOINT_URL: server2.url })
      assert.equal(r.code, 0, r.stderr)
      const report = readReport(output)
      assert.deepEqual(report.gaps, [])
      assert.equal(report.scope.accountId, LAMBDA_DEPTH_ACCOUNT.accountId)
      assert.deepEqual(identities(report), lambdaDepthAccountExpectedFindings(new Date(report.startedAt)))
    } finally {
      await server2.close()
    }
  })

  it('the report summarizes each function\'s exposure: who can invoke it, who can change it, what its role reaches', () => {
    const byName = new Map((live.exposure ?? []).map((e) => [`${e.region}/${e.name}`, e]))
    assert.equal(byName.size, expectedFindings().filter((e) => e.startsWith('lambda-runtime-supported ')).length, 'one entry per function')
    const reachable = [...byName.values()].filter((e) => e.internetReachable).map((e) => `${e.region}/${e.name}`).sort()
    // URL auth NONE, a public policy statement, a public trigger, a route without authorization.
    assert.deepEqual(reachable, [`${US}/open-api-route`, `${US}/public-policy-unscoped-s3`, `${US}/public-topic-trigger`, `${US}/public-url-wildcard-cors`])
    assert.deepEqual(byName.get(`${US}/open-api-route`)!.invokers.filter((i) => i.public).map((i) => i.via), ['api-route'])
    const deployable = byName.get(`${US}/cross-account-deployable`)!
    assert.ok(deployable.changers.some((c) => c.kind === 'external'))
    assert.ok(deployable.changers.some((c) => c.principal.endsWith(':user/contractor') && c.notes.includes('without MFA')))
    assert.equal(byName.get(`${US}/shared-admin-role-a`)!.role?.admin, 'yes')
    assert.ok(byName.get(`${US}/wide-role`)!.role?.escalation.includes('lambda-create-function-invoke'))
    assert.equal(byName.get(`${US}/secure-api`)!.internetReachable, false)
  })

  it('collect aws then scan snapshot gives the same findings; the snapshot masks the fake secret', async () => {
    const snapshot = join(tmp, 'snapshot.json')
    const c = await cli(['collect', 'aws', '--region', US, '--region', EU, '--out', snapshot, '--quiet'], liveEnv)
    assert.equal(c.code, 0, c.stderr)
    const text = readFileSync(snapshot, 'utf8')
    assert.ok(!text.includes(FAKE_SECRET_ACCESS_KEY), 'the snapshot holds the secret in full')
    assert.ok(text.includes('AWS_SECRET_ACCESS_KEY'), 'the variable itself stays in the snapshot')
    assert.ok(text.includes('"LOG_LEVEL": "info"') || text.includes('"LOG_LEVEL":"info"'), 'a harmless value is kept')

    const output = join(tmp, 'from-snapshot.json')
    const s = await cli(['scan', 'snapshot', snapshot, '--format', 'json', '--output', output, '--no-store'], liveEnv)
    assert.equal(s.code, 1, s.stderr)
    assert.deepEqual(identities(readReport(output)), identities(live))
  })

  it('collect aws --include-secrets keeps the secret value', async () => {
    const snapshot = join(tmp, 'with-secrets.json')
    const c = await cli(['collect', 'aws', '--region', EU, '--checks', 'lambda-env-no-plaintext-secrets', '--include-secrets', '--out', snapshot, '--quiet'], liveEnv)
    assert.equal(c.code, 0, c.stderr)
    assert.ok(readFileSync(snapshot, 'utf8').includes(FAKE_SECRET_ACCESS_KEY))
  })

  it('skips a region the account has not opted into, with a note', async () => {
    const output = join(tmp, 'opt-in.json')
    const r = await cli(['scan', 'aws', '--region', US, '--region', NOT_OPTED_IN, '--checks', 'kms-key-rotation-enabled', '--format', 'json', '--output', output, '--no-store', '--fail-on', 'none'], liveEnv)
    assert.equal(r.code, 0, r.stderr)
    const report = readReport(output)
    assert.deepEqual(report.scope.regions, [US])
    assert.deepEqual(report.gaps, [])
    assert.equal(report.notes.filter((n) => n.includes(NOT_OPTED_IN)).length, 1)
    assert.equal(server.calls.count({ region: NOT_OPTED_IN }), 0, 'no call goes to a region that is not enabled')
  })

  it('every call the server received is a read that `clearsky permissions` grants', async () => {
    assert.ok(server.calls.records.length > 0)
    assert.deepEqual(server.calls.nonReads(), [])
    assert.deepEqual(server.calls.records.filter((r) => r.errorCode === 'UnknownOperationException' || r.errorCode === 'InvalidAction'), [], 'every call is one the fake server implements')
    // Throttling by the server's AWS quotas would mean the collectors' rate limits are too loose.
    assert.deepEqual(server.calls.records.filter((r) => r.cause === 'quota').map((r) => `${r.action} ${r.region}`), [])
    const p = await permissions
    assert.equal(p.code, 0, p.stderr)
    const policy = JSON.parse(p.stdout) as { Statement: { Action: string | string[] }[] }
    const granted = new Set(policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])))
    assert.deepEqual(server.calls.actions().filter((a) => !granted.has(a)), [])
  })

  it('without credentials: exit 2 and one line on stderr (the real bin, fresh environment)', async () => {
    const r = await noCredentials
    assert.equal(r.code, 2, r.stderr)
    assert.equal(server.calls.filter().filter((c) => c.accessKeyId !== liveEnv.AWS_ACCESS_KEY_ID).length, 0, 'no request without credentials')
    const lines = r.stderr.split('\n').filter((l) => l.trim())
    assert.equal(lines.length, 1, r.stderr)
    assert.match(lines[0]!, /credentials/i)
    assert.equal(r.stdout, '')
  })
})
