/**
 * RDS event subscriptions (query XML) and EFS mount targets (REST-JSON) through the loopback
 * server with the real collectors: values, paging, and what a region without them costs.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startAwsServer, type AwsServer } from './server.js'
import { ACCOUNT } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { createAwsContext, type ClientSource } from '../../src/sources/aws/context.js'
import type { SdkClient, ServiceId } from '../../src/sources/aws/clients.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { rdsEventSubscriptionCollector } from '../../src/sources/aws/collectors/rds-event-subscription.js'
import { efsFileSystemCollector } from '../../src/sources/aws/collectors/efs.js'
import { efsMountTargetCollector } from '../../src/sources/aws/collectors/efs-mount-target.js'
import { runCollectors } from '../../src/sources/aws/run-collectors.js'

const US = 'us-east-1'
const EU = 'eu-west-1'

const ACCOUNT_DATA: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { roles: [] },
  pageSizes: { 'rds:DescribeEventSubscriptions': 1 },
  regions: {
    [US]: {
      // No database in the region: the subscriptions are listed all the same.
      dbEventSubscriptions: [
        { name: 'everything', topic: `arn:aws:sns:${US}:${ACCOUNT}:oncall` },
        { name: 'clusters', sourceType: 'db-cluster', categories: ['failure', 'maintenance'], sourceIds: ['ledger'], topic: `arn:aws:sns:${US}:${ACCOUNT}:oncall`, enabled: false, status: 'topic-not-exist' },
      ],
      efsFileSystems: [{ id: 'fs-0aaa', mountTargets: [{ id: 'fsmt-0a', subnetId: 'subnet-a', vpcId: 'vpc-1', availabilityZone: 'us-east-1a' }, { id: 'fsmt-0b', subnetId: 'subnet-b', vpcId: 'vpc-1', availabilityZone: 'us-east-1b' }] }, { id: 'fs-0bbb' }],
    },
    [EU]: {},
  },
}

function loopbackClients(server: AwsServer): ClientSource & { destroy(): void } {
  const made: SdkClient[] = []
  return {
    async get(service: ServiceId, region: string) {
      const Client = service === 'rds' ? (await import('@aws-sdk/client-rds')).RDSClient : (await import('@aws-sdk/client-efs')).EFSClient
      const c = new (Client as unknown as new (c: Record<string, unknown>) => SdkClient)({ region, endpoint: server.url, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'x' }, maxAttempts: 1 })
      made.push(c)
      return c
    },
    destroy: () => made.forEach((c) => c.destroy()),
  }
}

describe('aws-server: RDS event subscriptions and EFS mount targets', () => {
  let server: AwsServer
  let clients: ReturnType<typeof loopbackClients>
  before(async () => {
    server = await startAwsServer({ account: ACCOUNT_DATA })
    clients = loopbackClients(server)
  })
  after(async () => {
    clients.destroy()
    await server.close()
  })
  const context = () => createAwsContext({ clients, accountId: ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000) })

  it('collects both through their wire protocols, one page at a time', async () => {
    const run = await runCollectors(context(), [rdsEventSubscriptionCollector, efsFileSystemCollector, efsMountTargetCollector], [US, EU], { globalRegion: US })
    assert.deepEqual(run.gaps, [])
    const subs = [...run.resources['rds.event-subscription']!].sort((a, b) => b.name.localeCompare(a.name))
    assert.deepEqual(subs.map((s) => [s.name, s.sourceType ?? '(all)', s.eventCategories.join('+'), s.sourceIds.join('+'), s.enabled, s.status]), [
      ['everything', '(all)', '', '', true, 'active'],
      ['clusters', 'db-cluster', 'failure+maintenance', 'ledger', false, 'topic-not-exist'],
    ])
    assert.equal(subs[0]!.arn, `arn:aws:rds:${US}:${ACCOUNT}:es:everything`)
    const targets = [...run.resources['efs.mount-target']!].sort((a, b) => a.mountTargetId.localeCompare(b.mountTargetId))
    assert.deepEqual(targets.map((m) => [m.fileSystemId, m.mountTargetId, m.subnetId, m.availabilityZone]), [
      ['fs-0aaa', 'fsmt-0a', 'subnet-a', 'us-east-1a'],
      ['fs-0aaa', 'fsmt-0b', 'subnet-b', 'us-east-1b'],
    ])
  })

  it('a region where RDS counts no subscription costs only the usage probe', async () => {
    const before = server.calls.records.length
    await runCollectors(context(), [rdsEventSubscriptionCollector], [EU], { globalRegion: EU })
    const calls = server.calls.records.slice(before).filter((c) => c.service === 'rds').map((c) => c.operation)
    assert.deepEqual(calls, ['DescribeAccountAttributes'])
  })
})
