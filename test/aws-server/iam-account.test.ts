/**
 * The IAM account-level handlers (credential report, password policy, virtual MFA, server
 * certificates, identity providers) and Access Analyzer, driven by the real collectors over the
 * wire: the query protocol's base64 blob for the report, the CSV it holds, NoSuchEntity for a
 * missing password policy, REST-JSON paging for ListAnalyzers.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startAwsServer, type AwsServer } from './server.js'
import { loopbackClients, type SdkClientLoader } from './loopback-clients.js'
import { ACCOUNT } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { createAwsContext } from '../../src/sources/aws/context.js'
import type { ServiceId } from '../../src/sources/aws/clients.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { createCredentialReportCollector } from '../../src/sources/aws/collectors/iam-credential-report.js'
import { iamAccountCollector } from '../../src/sources/aws/collectors/iam-account.js'
import { iamServerCertificateCollector } from '../../src/sources/aws/collectors/iam-server-certificate.js'
import { iamIdentityProviderCollector } from '../../src/sources/aws/collectors/iam-identity-provider.js'
import { accessAnalyzerCollector } from '../../src/sources/aws/collectors/accessanalyzer-analyzer.js'
import { runCollectors } from '../../src/sources/aws/run-collectors.js'
import type { Clock } from '../../src/sources/aws/token-bucket.js'

function account(withPolicy: boolean): FixtureAccount {
  return {
    accountId: ACCOUNT,
    pageSizes: { 'access-analyzer:ListAnalyzers': 1, 'iam:ListServerCertificates': 1 },
    iam: {
      roles: [],
      users: [{ name: 'ops,admin' }, { name: 'ci' }],
      credentialReport: {
        '<root_account>': { mfaActive: true, passwordLastUsed: '2026-10-01T00:00:00Z', accessKeys: [{ active: true, lastRotated: '2020-01-01T00:00:00Z' }] },
        'ops,admin': { passwordEnabled: true, passwordLastUsed: '2026-11-20T00:00:00Z', mfaActive: false },
      },
      ...(withPolicy ? { passwordPolicy: { minimumPasswordLength: 14, requireSymbols: true, passwordReusePrevention: 24 } } : {}),
      virtualMfaDevices: [{ serialName: 'root-phone', user: '<root_account>' }],
      serverCertificates: [{ name: 'old', expiration: '2025-01-01T00:00:00Z' }, { name: 'new', path: '/cloudfront/', expiration: '2027-06-01T00:00:00Z' }],
      samlProviders: [{ name: 'corp', validUntil: '2030-01-01T00:00:00Z' }],
      oidcProviders: [{ url: 'token.actions.githubusercontent.com' }],
    },
    regions: {
      'us-east-1': { accessAnalyzers: [{ name: 'external', type: 'ACCOUNT' }, { name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS' }] },
      'eu-west-1': {},
    },
  }
}

const CLIENTS: Partial<Record<ServiceId, SdkClientLoader>> = {
  iam: async () => (await import('@aws-sdk/client-iam')).IAMClient as never,
  'access-analyzer': async () => (await import('@aws-sdk/client-accessanalyzer')).AccessAnalyzerClient as never,
}

const noWait: Clock = { now: () => 0, sleep: async () => undefined }

for (const withPolicy of [true, false]) {
  describe(`aws-server: IAM account reads and Access Analyzer (${withPolicy ? 'with' : 'without'} a password policy)`, () => {
    let server: AwsServer
    let clients: ReturnType<typeof loopbackClients>
    before(async () => {
      server = await startAwsServer({ account: account(withPolicy) })
      clients = loopbackClients(server, CLIENTS)
    })
    after(async () => {
      clients.destroy()
      await server.close()
    })

    it('collects every account-level IAM resource and the analyzers of each region', async () => {
      const ctx = createAwsContext({ clients, accountId: ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000) })
      const collectors = [createCredentialReportCollector({ clock: noWait }), iamAccountCollector, iamServerCertificateCollector, iamIdentityProviderCollector, accessAnalyzerCollector]
      const run = await runCollectors(ctx, collectors, ['us-east-1', 'eu-west-1'], { globalRegion: 'us-east-1' })
      assert.deepEqual(run.gaps, [])

      const report = run.resources['iam.credential-report-entry']!
      assert.deepEqual(report.map((e) => e.name).sort(), ['<root_account>', 'ci', 'ops,admin'])
      const root = report.find((e) => e.isRoot)!
      assert.equal(root.rootVirtualMfa, true)
      assert.deepEqual(root.accessKeys.map((k) => [k.active, k.lastRotated]), [[true, '2020-01-01T00:00:00.000Z']])
      const ops = report.find((e) => e.name === 'ops,admin')!
      assert.deepEqual([ops.passwordEnabled, ops.mfaActive, ops.passwordLastUsed], [true, false, '2026-11-20T00:00:00.000Z'])
      assert.equal(report.find((e) => e.name === 'ci')!.passwordEnabled, false)
      // The first GenerateCredentialReport only starts the report: the collector polled.
      assert.equal(server.calls.count({ operation: 'GenerateCredentialReport' }), 2)

      const [acct] = run.resources['iam.account']!
      if (withPolicy) assert.deepEqual([acct!.passwordPolicy?.minimumPasswordLength, acct!.passwordPolicy?.requireSymbols, acct!.passwordPolicy?.passwordReusePrevention], [14, true, 24])
      else assert.equal(acct!.passwordPolicy, null)
      assert.equal(acct!.unresolved, undefined)

      assert.deepEqual(run.resources['iam.server-certificate']!.map((c) => [c.name, c.expiration]).sort(), [['new', '2027-06-01T00:00:00.000Z'], ['old', '2025-01-01T00:00:00.000Z']])
      assert.deepEqual(run.resources['iam.saml-provider']!.map((p) => p.name), ['corp'])
      assert.deepEqual(run.resources['iam.oidc-provider']!.map((p) => [p.url, p.clientIds]), [['token.actions.githubusercontent.com', ['sts.amazonaws.com']]])
      assert.deepEqual(run.resources['accessanalyzer.analyzer']!.map((a) => `${a.region}/${a.name}/${a.type}/${a.status}`), ['us-east-1/external/ACCOUNT/ACTIVE', 'us-east-1/unused/ACCOUNT_UNUSED_ACCESS/ACTIVE'])
      assert.ok(server.calls.count({ operation: 'ListAnalyzers', region: 'us-east-1' }) >= 2, 'analyzers paged one at a time')
    })
  })
}
