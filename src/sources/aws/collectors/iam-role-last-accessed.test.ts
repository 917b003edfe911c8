import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { IAMClient } from '@aws-sdk/client-iam'
import { createRoleLastAccessedCollector, mapRoleLastAccessed } from './iam-role-last-accessed.js'
import { createAwsContext } from '../context.js'
import { DEFAULT_RATES, scaledRates } from '../rates.js'
import type { SdkClient } from '../clients.js'
import { lambdaFunction } from '../../../../test/factories/index.js'
import { startAwsServer, type AwsServer } from '../../../../test/aws-server/index.js'
import { arns } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT, clientConfig, smallAccount } from '../../../../test/aws-server/test-support.js'

const role = (n: string) => arns.role(ACCOUNT, n)

describe('iam.role-last-accessed collector (loopback server)', () => {
  let server: AwsServer
  before(async () => {
    const account = smallAccount()
    account.iam.roles[2]!.serviceLastAccessed = { dynamodb: '2026-01-02T00:00:00Z', s3: null }
    account.denied = [{ action: 'iam:GenerateServiceLastAccessedDetails', resource: role('r1') }]
    server = await startAwsServer({ account })
  })
  after(() => server.close())

  const ctx = () =>
    createAwsContext({
      clients: { get: async (_s, region) => new IAMClient(clientConfig(server, region)) as unknown as SdkClient },
      accountId: ACCOUNT,
      partition: 'aws',
      rates: scaledRates(DEFAULT_RATES, 1000),
    })

  it('generates, polls and maps one report per execution role of the region; a denied report is unresolved', async () => {
    const functions = [
      lambdaFunction({ name: 'a', role: role('r2') }),
      lambdaFunction({ name: 'b', role: role('r2') }),
      lambdaFunction({ name: 'c', role: role('r1') }),
      lambdaFunction({ name: 'd', role: role('gone') }),
      lambdaFunction({ name: 'e', region: 'eu-west-1', role: role('r0') }),
    ]
    const c = createRoleLastAccessedCollector([1, 1, 1])
    const out = await c.collect(ctx(), 'us-east-1', { 'lambda.function': functions })
    const reports = out.resources['iam.role-last-accessed'] ?? []
    assert.deepEqual(reports.map((r) => r.roleArn), [role('r1'), role('r2')], 'one per role of the region; a deleted role is left out')
    const r2 = reports.find((r) => r.roleArn === role('r2'))!
    assert.deepEqual(r2.services, [{ namespace: 'dynamodb', name: 'dynamodb', lastAuthenticated: '2026-01-02T00:00:00.000Z' }, { namespace: 's3', name: 's3' }])
    assert.match(r2.generatedAt ?? '', /^\d{4}-\d{2}-\d{2}T/)
    const r1 = reports.find((r) => r.roleArn === role('r1'))!
    assert.match(r1.unresolved?.services ?? '', /^AccessDenied \(iam:GenerateServiceLastAccessedDetails\)/)
    const gets = server.calls.count({ operation: 'GetServiceLastAccessedDetails' })
    assert.ok(gets >= 2, `polled until complete (${gets} Get calls)`)
    assert.deepEqual(server.calls.nonReads(), [], 'Generate* counts as a report job, not a write')
  })

  it('gives up after the last poll with an unresolved Timeout', async () => {
    const c = createRoleLastAccessedCollector([1])
    const out = await c.collect(ctx(), 'us-east-1', { 'lambda.function': [lambdaFunction({ role: role('r0') })] })
    assert.match(out.resources['iam.role-last-accessed']?.[0]?.unresolved?.services ?? '', /^Timeout/)
  })

  it('maps a report and a failure without touching AWS', () => {
    assert.equal(mapRoleLastAccessed(role('x'), { services: [] }, { accountId: ACCOUNT }).name, 'x')
    assert.deepEqual(mapRoleLastAccessed(role('x'), { unresolved: 'Throttled (iam:GetServiceLastAccessedDetails)' }, { accountId: ACCOUNT }).unresolved, { services: 'Throttled (iam:GetServiceLastAccessedDetails)' })
  })
})
