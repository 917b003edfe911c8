/**
 * The RDS Proxy, DB (cluster) parameter and subnet-group handlers, driven by the real
 * collectors (real SDK client, query protocol, loopback endpoint), each listing paged one item
 * at a time.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { useLoopbackServer, type SdkClientLoader } from './loopback-clients.js'
import { ACCOUNT } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { createAwsContext } from '../../src/sources/aws/context.js'
import type { ServiceId } from '../../src/sources/aws/clients.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { rdsClusterCollector, rdsInstanceCollector } from '../../src/sources/aws/collectors/rds.js'
import { rdsProxyCollector } from '../../src/sources/aws/collectors/rds-proxy.js'
import { runCollectors } from '../../src/sources/aws/run-collectors.js'

const US = 'us-east-1'
const CLIENTS: Partial<Record<ServiceId, SdkClientLoader>> = { rds: async () => (await import('@aws-sdk/client-rds')).RDSClient as never }

function account(): FixtureAccount {
  return {
    accountId: ACCOUNT,
    iam: { roles: [] },
    pageSizes: { 'rds:DescribeDBProxies': 1, 'rds:DescribeDBParameters': 1, 'rds:DescribeDBClusterParameters': 1 },
    regions: {
      [US]: {
        dbInstances: [
          { identifier: 'erp', engine: 'sqlserver-se', parameterGroup: 'tls', subnetIds: ['subnet-a', 'subnet-b'], vpcId: 'vpc-1' },
          { identifier: 'erp-replica', engine: 'sqlserver-se', parameterGroup: 'tls', parameterApplyStatus: 'pending-reboot' },
          { identifier: 'orders', engine: 'postgres' },
        ],
        dbClusters: [
          { identifier: 'audit', engine: 'aurora-mysql', backtrackWindow: 3600, parameterGroup: 'audit', members: ['audit-1'] },
          { identifier: 'plain', engine: 'aurora-mysql', members: ['plain-1'], parameterApplyStatus: 'pending-reboot' },
        ],
        dbParameterGroups: [
          { name: 'tls', kind: 'instance', parameters: { 'rds.force_ssl': '1', max_connections: '500' } },
          { name: 'audit', kind: 'cluster', parameters: { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DDL', binlog_format: 'ROW' } },
        ],
        dbProxies: [{ name: 'p-tls', engineFamily: 'POSTGRESQL', requireTls: true }, { name: 'p-plain', engineFamily: 'MYSQL' }],
      },
    },
  }
}

describe('aws-server: RDS proxies, parameter groups and subnet groups (collectors end to end)', () => {
  const loopback = useLoopbackServer(account, CLIENTS)

  it('reads proxies, the filtered parameters of each group in use, subnet groups and backtrack windows through the query protocol', async () => {
    const ctx = createAwsContext({ clients: loopback.clients(), accountId: ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000) })
    const run = await runCollectors(ctx, [rdsInstanceCollector, rdsClusterCollector, rdsProxyCollector], [US], { globalRegion: US })
    assert.deepEqual(run.gaps, [])
    assert.deepEqual(run.resources['rds.proxy']!.map((p) => `${p.name}:${p.requireTls}:${p.engineFamily}`).sort(), ['p-plain:false:MYSQL', 'p-tls:true:POSTGRESQL'])
    const db = Object.fromEntries(run.resources['rds.instance']!.map((i) => [i.name, i]))
    assert.deepEqual(db.erp!.parameterGroup, { name: 'tls', applyStatus: 'in-sync', parameters: { 'rds.force_ssl': '1' } })
    assert.equal(db['erp-replica']!.parameterGroup?.applyStatus, 'pending-reboot')
    assert.deepEqual([db.erp!.subnetIds, db.erp!.vpcId], [['subnet-a', 'subnet-b'], 'vpc-1'])
    assert.equal(db.orders!.parameterGroup, undefined)
    const cl = Object.fromEntries(run.resources['rds.cluster']!.map((c) => [c.name, c]))
    assert.deepEqual(cl.audit!.parameterGroup, { name: 'audit', applyStatus: 'in-sync', parameters: { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DDL' } })
    assert.equal(cl.audit!.backtrackWindow, 3600)
    // The default group sets nothing: no value, and the members report it pending.
    assert.deepEqual(cl.plain!.parameterGroup, { name: 'default.aurora-mysql', applyStatus: 'pending-reboot', parameters: {} })
    const calls = loopback.server().calls.records.map((c) => `${c.service} ${c.region} ${c.operation}`)
    // One read per group in use (`tls` is shared by both SQL Server instances), none for PostgreSQL; the
    // filter leaves only the asked-for parameters: one page for `tls`, two (page size 1) for `audit`, one for the default group.
    assert.equal(calls.filter((c) => c.endsWith(' DescribeDBParameters')).length, 1)
    assert.equal(calls.filter((c) => c.endsWith(' DescribeDBClusterParameters')).length, 3)
    // Two proxies, one per page: two pages.
    assert.equal(calls.filter((c) => c.endsWith(' DescribeDBProxies')).length, 2)
  })
})
