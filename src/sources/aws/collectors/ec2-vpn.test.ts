import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeClientVpnEndpointsCommand, DescribeVpcBlockPublicAccessOptionsCommand, DescribeVpnConnectionsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { ec2ClientVpnEndpointCollector, ec2VpcBlockPublicAccessCollector, ec2VpnConnectionCollector, mapClientVpnEndpoint, mapVpnConnection } from './ec2-vpn.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }
const logs = (on: boolean) => ({ CloudWatchLogOptions: { LogEnabled: on, LogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:vpn' } })

describe('EC2 VPN mappers', () => {
  it('joins tunnel options and telemetry by outside IP; keeps no key or gateway configuration', () => {
    const v = mapVpnConnection(
      {
        VpnConnectionId: 'vpn-1',
        State: 'available',
        CustomerGatewayConfiguration: '<vpn_connection><pre_shared_key>not-kept</pre_shared_key></vpn_connection>',
        Options: { TunnelOptions: [{ OutsideIpAddress: '203.0.113.1', PreSharedKey: 'not-kept-either', LogOptions: logs(true) }, { OutsideIpAddress: '203.0.113.2', LogOptions: logs(false) }] },
        VgwTelemetry: [{ OutsideIpAddress: '203.0.113.2', Status: 'DOWN' }, { OutsideIpAddress: '203.0.113.1', Status: 'UP' }],
        Tags: [{ Key: 'Name', Value: 'office' }],
      },
      w,
    )
    assert.deepEqual([v.id, v.name, v.state], ['vpn-1', 'office', 'available'])
    assert.deepEqual(v.tunnels, [
      { outsideIpAddress: '203.0.113.1', status: 'UP', logEnabled: true },
      { outsideIpAddress: '203.0.113.2', status: 'DOWN', logEnabled: false },
    ])
    assert.doesNotMatch(JSON.stringify(v), /not-kept/)
  })

  it('telemetry without tunnel options still gives the tunnel states (logging not on)', () => {
    const v = mapVpnConnection({ VpnConnectionId: 'vpn-2', State: 'available', VgwTelemetry: [{ OutsideIpAddress: '198.51.100.1', Status: 'UP' }] }, w)
    assert.deepEqual(v.tunnels, [{ outsideIpAddress: '198.51.100.1', status: 'UP', logEnabled: false }])
  })

  it('maps a Client VPN endpoint: state and connection logging', () => {
    const on = mapClientVpnEndpoint({ ClientVpnEndpointId: 'cvpn-endpoint-1', Status: { Code: 'available' }, ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: 'cvpn' } }, w)
    assert.deepEqual([on.state, on.connectionLogEnabled, on.logGroup], ['available', true, 'cvpn'])
    const off = mapClientVpnEndpoint({ ClientVpnEndpointId: 'cvpn-endpoint-2', Status: { Code: 'pending-associate' } }, w)
    assert.deepEqual([off.connectionLogEnabled, off.logGroup], [false, undefined])
  })
})

describe('EC2 VPN collectors (mocked SDK)', () => {
  const ec2 = mockClient(EC2Client)
  afterEach(() => ec2.reset())

  it('VPN connections: one call, deleted ones dropped', async () => {
    ec2.on(DescribeVpnConnectionsCommand).resolves({ VpnConnections: [{ VpnConnectionId: 'vpn-1', State: 'available' }, { VpnConnectionId: 'vpn-2', State: 'deleted' }] })
    const ctx = testContext()
    const r = await ec2VpnConnectionCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(r.resources['ec2.vpn-connection']!.map((v) => v.id), ['vpn-1'])
    assert.deepEqual(ctx.callCounts(), { 'ec2:DescribeVpnConnections': 1 })
  })

  it('Client VPN endpoints: paginated, deleted ones dropped; a denial becomes a gap', async () => {
    ec2.on(DescribeClientVpnEndpointsCommand)
      .resolvesOnce({ ClientVpnEndpoints: [{ ClientVpnEndpointId: 'cvpn-endpoint-1', Status: { Code: 'available' } }], NextToken: 'p2' })
      .resolvesOnce({ ClientVpnEndpoints: [{ ClientVpnEndpointId: 'cvpn-endpoint-2', Status: { Code: 'deleted' } }, { ClientVpnEndpointId: 'cvpn-endpoint-3', Status: { Code: 'available' } }] })
    const r = await ec2ClientVpnEndpointCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['ec2.client-vpn-endpoint']!.map((e) => e.id), ['cvpn-endpoint-1', 'cvpn-endpoint-3'])
    assert.deepEqual(ec2.commandCalls(DescribeClientVpnEndpointsCommand).map((c) => c.args[0].input.NextToken), [undefined, 'p2'])
    ec2.reset()
    ec2.on(DescribeClientVpnEndpointsCommand).rejects(awsError('UnauthorizedOperation', 403))
    const denied = await ec2ClientVpnEndpointCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(denied.gaps.map((g) => [g.resourceType, g.code]), [['ec2.client-vpn-endpoint', 'AccessDenied']])
  })

  it('VPC Block Public Access: one setting per region, `off` when never set; a denial becomes a gap', async () => {
    ec2.on(DescribeVpcBlockPublicAccessOptionsCommand).resolvesOnce({ VpcBlockPublicAccessOptions: { InternetGatewayBlockMode: 'block-ingress', State: 'update-complete' } }).resolvesOnce({ VpcBlockPublicAccessOptions: { State: 'default-state' } })
    const set = await ec2VpcBlockPublicAccessCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(set.resources['ec2.vpc-block-public-access']!.map((s) => [s.id, s.internetGatewayBlockMode]), [[`${TEST_ACCOUNT}/${TEST_REGION}/vpc-block-public-access`, 'block-ingress']])
    const unset = await ec2VpcBlockPublicAccessCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(unset.resources['ec2.vpc-block-public-access']![0]!.internetGatewayBlockMode, 'off')
    ec2.reset()
    ec2.on(DescribeVpcBlockPublicAccessOptionsCommand).rejects(awsError('UnauthorizedOperation', 403))
    const denied = await ec2VpcBlockPublicAccessCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual([denied.resources, denied.gaps.map((g) => g.resourceType)], [{}, ['ec2.vpc-block-public-access']])
  })
})
