import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeAccountAttributesCommand, DescribeDBClusterParametersCommand, DescribeDBClustersCommand, DescribeDBInstancesCommand, DescribeDBParametersCommand, RDSClient } from '@aws-sdk/client-rds'
import { rdsClusterCollector, rdsInstanceCollector } from './rds.js'
import { PARAMETERS_NOT_COLLECTED, wantedByGroup } from './rds-parameters.js'
import { awsError, TEST_REGION, testContext } from '../testing/fake-context.js'

const usage = { AccountQuotas: [{ AccountQuotaName: 'DBInstances', Used: 3, Max: 40 }, { AccountQuotaName: 'DBClusters', Used: 2, Max: 40 }] }
const group = (name: string, ParameterApplyStatus = 'in-sync') => [{ DBParameterGroupName: name, ParameterApplyStatus }]

describe('wantedByGroup', () => {
  it('reads each group once, for the union of the parameters its users need', () => {
    const w = wantedByGroup([{ group: 'g', parameters: ['b'] }, { group: 'g', parameters: ['a', 'b'] }, { group: 'h', parameters: [] }])
    assert.deepEqual([...w], [['g', ['a', 'b']]])
  })
})

describe('RDS parameter groups (mocked SDK)', () => {
  const rds = mockClient(RDSClient)
  afterEach(() => rds.reset())

  it('instances: one filtered read per group in use by SQL Server or MariaDB; other engines are not read', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(usage)
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        { DBInstanceIdentifier: 'erp-a', Engine: 'sqlserver-se', DBParameterGroups: group('tls') },
        { DBInstanceIdentifier: 'erp-b', Engine: 'sqlserver-ee', DBParameterGroups: group('tls', 'pending-reboot') },
        { DBInstanceIdentifier: 'orders', Engine: 'postgres', DBParameterGroups: group('default.postgres16') },
      ],
    })
    rds.on(DescribeDBParametersCommand).resolves({ Parameters: [{ ParameterName: 'rds.force_ssl', ParameterValue: '1' }, { ParameterName: 'unasked', ParameterValue: 'x' }] })
    const r = await rdsInstanceCollector.collect(testContext(), TEST_REGION, {})
    const calls = rds.commandCalls(DescribeDBParametersCommand)
    assert.equal(calls.length, 1)
    assert.equal(calls[0]!.args[0].input.DBParameterGroupName, 'tls')
    assert.deepEqual(calls[0]!.args[0].input.Filters, [{ Name: 'parameter-name', Values: ['rds.force_ssl'] }])
    const [a, b, orders] = r.resources['rds.instance']!
    assert.deepEqual(a!.parameterGroup, { name: 'tls', applyStatus: 'in-sync', parameters: { 'rds.force_ssl': '1' } })
    assert.equal(b!.parameterGroup?.applyStatus, 'pending-reboot')
    assert.equal(orders!.parameterGroup, undefined)
    assert.equal(r.partial, undefined)
  })

  it('a denied read leaves the group unresolved on its instances, never a pass', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(usage)
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'shop', Engine: 'mariadb', DBParameterGroups: group('default.mariadb10.11') }] })
    rds.on(DescribeDBParametersCommand).rejects(awsError('AccessDenied', 403))
    const r = await rdsInstanceCollector.collect(testContext(), TEST_REGION, {})
    const shop = r.resources['rds.instance']![0]!
    assert.equal(shop.parameterGroup, undefined)
    assert.match(shop.unresolved?.parameterGroup ?? '', /AccessDenied/)
  })

  it('without the TLS check selected, no group is read: the field is unresolved and recorded as left out', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(usage)
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'erp', Engine: 'sqlserver-se', DBParameterGroups: group('tls') }] })
    const r = await rdsInstanceCollector.collect(testContext({ details: { checks: new Set(['rds-instance-storage-encrypted']) } }), TEST_REGION, {})
    assert.equal(rds.commandCalls(DescribeDBParametersCommand).length, 0)
    assert.equal(r.resources['rds.instance']![0]!.unresolved?.parameterGroup, PARAMETERS_NOT_COLLECTED)
    assert.deepEqual(r.partial?.map((p) => [p.resourceType, p.kind, p.fields]), [['rds.instance', 'fields', ['parameterGroup']]])
  })

  it('Aurora MySQL clusters: the cluster parameter group, and the worst member status', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(usage)
    rds.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        { DBClusterIdentifier: 'audit', Engine: 'aurora-mysql', DBClusterParameterGroup: 'audit-params', DBClusterMembers: [{ DBInstanceIdentifier: 'a-1', DBClusterParameterGroupStatus: 'in-sync' }, { DBInstanceIdentifier: 'a-2', DBClusterParameterGroupStatus: 'pending-reboot' }] },
        { DBClusterIdentifier: 'ledger', Engine: 'aurora-postgresql', DBClusterParameterGroup: 'default.aurora-postgresql16' },
      ],
    })
    rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [{ ParameterName: 'server_audit_logging', ParameterValue: '1' }, { ParameterName: 'server_audit_events' }] })
    const r = await rdsClusterCollector.collect(testContext(), TEST_REGION, {})
    const calls = rds.commandCalls(DescribeDBClusterParametersCommand)
    assert.equal(calls.length, 1)
    assert.deepEqual(calls[0]!.args[0].input.Filters, [{ Name: 'parameter-name', Values: ['server_audit_events', 'server_audit_logging'] }])
    const [audit, ledger] = r.resources['rds.cluster']!
    // A parameter without a value (server_audit_events unset) is absent.
    assert.deepEqual(audit!.parameterGroup, { name: 'audit-params', applyStatus: 'pending-reboot', parameters: { server_audit_logging: '1' } })
    assert.equal(ledger!.parameterGroup, undefined)
  })
})
