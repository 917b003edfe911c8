import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch'
import { mapDomain, openSearchDomainCollector } from './opensearch-domain.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }
const status = (name: string) => ({ DomainName: name, DomainId: `${TEST_ACCOUNT}/${name}`, ARN: `arn:aws:es:${TEST_REGION}:${TEST_ACCOUNT}:domain/${name}`, ClusterConfig: { InstanceCount: 1 } })

describe('mapDomain', () => {
  it('public endpoint, open policy, logs', () => {
    const d = mapDomain(
      {
        ...status('search'),
        AccessPolicies: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: '*' }] }),
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
        LogPublishingOptions: { AUDIT_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: 'arn:x' } },
      },
      where,
    )
    assert.equal(d.vpc, null)
    assert.equal(d.accessPolicy?.Statement.length, 1)
    assert.equal(d.tlsSecurityPolicy, 'Policy-Min-TLS-1-0-2019-07')
    assert.deepEqual(d.logPublishing.AUDIT_LOGS, { enabled: false, logGroupArn: 'arn:x' })
  })
  it('an empty access policy string is no policy; VPC options make it private', () => {
    const d = mapDomain({ ...status('vpc'), AccessPolicies: '', VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['s'], SecurityGroupIds: ['g'] } }, where)
    assert.equal(d.accessPolicy, null)
    assert.deepEqual(d.vpc, { vpcId: 'vpc-1', subnetIds: ['s'], securityGroupIds: ['g'] })
  })
})

describe('mapDomain: dedicated masters and service software', () => {
  it('counts dedicated masters only when they are enabled, and keeps UpdateAvailable', () => {
    const on = mapDomain({ ...status('on'), ClusterConfig: { InstanceCount: 3, DedicatedMasterEnabled: true, DedicatedMasterCount: 3 }, ServiceSoftwareOptions: { UpdateAvailable: true } }, where)
    assert.deepEqual([on.dedicatedMasterEnabled, on.dedicatedMasterCount, on.softwareUpdateAvailable], [true, 3, true])
    const off = mapDomain({ ...status('off'), ClusterConfig: { InstanceCount: 1, DedicatedMasterEnabled: false, DedicatedMasterCount: 3 } }, where)
    assert.deepEqual([off.dedicatedMasterEnabled, off.dedicatedMasterCount, off.softwareUpdateAvailable], [false, undefined, undefined])
  })
})

describe('opensearch.domain collector (mocked SDK)', () => {
  const os = mockClient(OpenSearchClient)
  afterEach(() => os.reset())

  it('describes domains five at a time and drops those being deleted', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f']
    os.on(ListDomainNamesCommand).resolves({ DomainNames: names.map((DomainName) => ({ DomainName, EngineType: 'OpenSearch' })) })
    os.on(DescribeDomainsCommand).callsFake((input: { DomainNames: string[] }) => ({ DomainStatusList: input.DomainNames.map((n) => ({ ...status(n), Deleted: n === 'f' })) }))
    const r = await openSearchDomainCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['opensearch.domain']!.map((d) => d.name), ['a', 'b', 'c', 'd', 'e'])
    assert.deepEqual(os.commandCalls(DescribeDomainsCommand).map((c) => c.args[0].input.DomainNames!.length), [5, 1])
  })

  it('no domains: one call; a denied listing: a gap', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [] })
    const ctx = testContext()
    await openSearchDomainCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(ctx.callCounts(), { 'es:ListDomainNames': 1 })
    os.on(ListDomainNamesCommand).rejects(awsError('AccessDeniedException', 403))
    assert.equal((await openSearchDomainCollector.collect(testContext(), TEST_REGION, {})).gaps[0]!.code, 'AccessDenied')
  })
})
