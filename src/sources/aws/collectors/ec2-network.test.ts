import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeVpcPeeringConnectionsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { ec2VpcPeeringConnectionCollector, mapFlowLog, mapNetworkAcl, mapPeeringConnection, mapTransitGateway } from './ec2-network.js'
import { TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('EC2 network mappers', () => {
  it('maps a network ACL with its entries and subnets', () => {
    const a = mapNetworkAcl({ NetworkAclId: 'acl-1', VpcId: 'vpc-1', IsDefault: true, Associations: [{ SubnetId: 'subnet-a' }], Entries: [{ RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }, { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, Ipv6CidrBlock: '::/0' }] }, w)
    assert.deepEqual(a.entries, [
      { ruleNumber: 100, egress: false, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', portRange: { from: 22, to: 22 } },
      { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', ipv6Cidr: '::/0' },
    ])
    assert.deepEqual([a.isDefault, a.subnetIds], [true, ['subnet-a']])
  })

  it('maps flow logs, transit gateways and peering connections', () => {
    assert.deepEqual(mapFlowLog({ FlowLogId: 'fl-1', ResourceId: 'vpc-1', TrafficType: 'REJECT', FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS' }, w).resourceId, 'vpc-1')
    assert.equal(mapTransitGateway({ TransitGatewayId: 'tgw-1', State: 'available', Options: { AutoAcceptSharedAttachments: 'enable' } }, w).autoAcceptSharedAttachments, true)
    const p = mapPeeringConnection({ VpcPeeringConnectionId: 'pcx-1', Status: { Code: 'active' }, RequesterVpcInfo: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', CidrBlockSet: [{ CidrBlock: '10.0.0.0/16' }, { CidrBlock: '10.5.0.0/16' }] }, AccepterVpcInfo: { VpcId: 'vpc-2', OwnerId: '444455556666', CidrBlock: '10.1.0.0/16', Ipv6CidrBlockSet: [{ Ipv6CidrBlock: '2001:db8::/56' }] } }, w)
    assert.deepEqual(p.requester.cidrBlocks, ['10.0.0.0/16', '10.5.0.0/16'])
    assert.deepEqual(p.accepter, { vpcId: 'vpc-2', accountId: '444455556666', cidrBlocks: ['10.1.0.0/16', '2001:db8::/56'] })
  })
})

describe('EC2 network collectors (mocked SDK)', () => {
  const ec2 = mockClient(EC2Client)
  afterEach(() => ec2.reset())

  it('peering connections that carry no traffic are left out', async () => {
    ec2.on(DescribeVpcPeeringConnectionsCommand).resolves({ VpcPeeringConnections: [{ VpcPeeringConnectionId: 'pcx-1', Status: { Code: 'active' } }, { VpcPeeringConnectionId: 'pcx-2', Status: { Code: 'deleted' } }, { VpcPeeringConnectionId: 'pcx-3', Status: { Code: 'rejected' } }] })
    const r = await ec2VpcPeeringConnectionCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['ec2.vpc-peering-connection']!.map((p) => p.id), ['pcx-1'])
  })
})
