import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import {
  cidrsCoverWorld,
  defaultRouteTarget,
  findSecurityGroup,
  findSubnet,
  hasNatPath,
  internetGatewayFor,
  isAllProtocols,
  isPublicRouteTable,
  isWorldCidr,
  openToWorldOnAllTraffic,
  parseCidr,
  routeTableForSubnet,
} from './network.js'
import { routeTable, securityGroup, subnet } from '../../test/factories/index.js'
import { createInventoryView, emptyInventory, addResources } from '../core/inventory.js'
import type { SecurityGroupRule } from '../model/ec2.js'

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: '-1', ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })

describe('parseCidr', () => {
  it('parses IPv4 and normalises host bits', () => {
    assert.deepEqual(parseCidr('10.1.2.3/16'), { family: 'ipv4', start: 0x0a010000n, end: 0x0a01ffffn })
  })
  it('parses compressed IPv6 and an embedded IPv4 tail', () => {
    assert.deepEqual(parseCidr('2001:db8::/32'), { family: 'ipv6', start: 0x20010db8n << 96n, end: (0x20010db8n << 96n) + (1n << 96n) - 1n })
    assert.equal(parseCidr('::ffff:10.0.0.1/128')?.start, (0xffffn << 32n) | 0x0a000001n)
    assert.equal(parseCidr('::/0')?.start, 0n)
  })
  it('rejects what is not a CIDR', () => {
    for (const bad of ['10.0.0.0', '10.0.0.256/8', '10.0.0.0/33', 'pl-123', '1:2:3/64', '1::2::3/64', '::/129', '1.2.3.4:ffff::/64', '0.0.0.0/0/1']) assert.equal(parseCidr(bad), undefined, bad)
  })
})

describe('world CIDRs', () => {
  it('recognises the whole address space in any spelling', () => {
    for (const c of ['0.0.0.0/0', '::/0', '::0/0', '0:0:0:0:0:0:0:0/0', ' 0.0.0.0/0 ']) assert.ok(isWorldCidr(c), c)
    for (const c of ['0.0.0.0/1', '10.0.0.0/8', '::/1', 'garbage']) assert.ok(!isWorldCidr(c), c)
  })
  it('sees split blocks that together cover everything', () => {
    assert.ok(cidrsCoverWorld(['0.0.0.0/1', '128.0.0.0/1'], 'ipv4'))
    assert.ok(cidrsCoverWorld(['128.0.0.0/1', '10.0.0.0/8', '0.0.0.0/1'], 'ipv4'))
    assert.ok(!cidrsCoverWorld(['0.0.0.0/1', '128.0.0.0/2'], 'ipv4'))
    assert.ok(!cidrsCoverWorld(['0.0.0.0/0'], 'ipv6'))
    assert.ok(cidrsCoverWorld(['::/1', '8000::/1'], 'ipv6'))
    assert.ok(!cidrsCoverWorld([], 'ipv4'))
  })
})

describe('route tables', () => {
  const main = routeTable({ id: 'rtb-main', main: true, subnetIds: [], routes: [{ destination: '0.0.0.0/0', gatewayId: 'igw-1' }] })
  const priv = routeTable({ id: 'rtb-private', subnetIds: ['subnet-a'] })
  const otherVpcMain = routeTable({ id: 'rtb-other', vpcId: 'vpc-2', main: true, subnetIds: [] })

  it('prefers the explicit association, else the VPC main table', () => {
    assert.deepEqual(routeTableForSubnet('subnet-a', 'vpc-1', [main, priv]), { table: priv, association: 'explicit' })
    assert.deepEqual(routeTableForSubnet('subnet-z', 'vpc-1', [otherVpcMain, main, priv]), { table: main, association: 'main' })
    assert.equal(routeTableForSubnet('subnet-z', undefined, [main]), undefined)
    assert.equal(routeTableForSubnet('subnet-z', 'vpc-9', [main]), undefined)
  })
  it('calls a table public for a default route to an internet gateway, in either family', () => {
    assert.ok(isPublicRouteTable(main))
    assert.equal(internetGatewayFor(main, 'ipv4'), 'igw-1')
    assert.ok(!isPublicRouteTable(priv))
    const v6 = routeTable({ routes: [{ destination: '::/0', gatewayId: 'igw-6' }] })
    assert.ok(isPublicRouteTable(v6))
    assert.equal(internetGatewayFor(v6, 'ipv4'), undefined)
    const split = routeTable({ routes: [{ destination: '0.0.0.0/1', gatewayId: 'igw-2' }, { destination: '128.0.0.0/1', gatewayId: 'igw-2' }] })
    assert.equal(internetGatewayFor(split, 'ipv4'), 'igw-2')
    const eigw = routeTable({ routes: [{ destination: '::/0', egressOnlyInternetGatewayId: 'eigw-1' }] })
    assert.ok(!isPublicRouteTable(eigw))
    const vgw = routeTable({ routes: [{ destination: '0.0.0.0/0', gatewayId: 'vgw-1' }] })
    assert.ok(!isPublicRouteTable(vgw))
  })
  it('tells a NAT path from other default routes', () => {
    assert.ok(hasNatPath(priv))
    assert.ok(!hasNatPath(main))
    assert.deepEqual(defaultRouteTarget(main), { kind: 'internet-gateway', id: 'igw-1' })
    assert.deepEqual(defaultRouteTarget(routeTable({ routes: [{ destination: '0.0.0.0/0', transitGatewayId: 'tgw-1' }] })), { kind: 'transit-gateway', id: 'tgw-1' })
    assert.equal(defaultRouteTarget(routeTable({ routes: [{ destination: '10.0.0.0/16', gatewayId: 'local' }] })), undefined)
  })
})

describe('security group rules', () => {
  it('recognises the all-traffic protocol', () => {
    assert.ok(isAllProtocols('-1') && isAllProtocols('all') && isAllProtocols(-1))
    assert.ok(!isAllProtocols('tcp') && !isAllProtocols('6'))
  })
  it('finds families open to the world on all traffic', () => {
    assert.deepEqual(openToWorldOnAllTraffic([rule({ ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: ['::/0'] })]), ['ipv4', 'ipv6'])
    assert.deepEqual(openToWorldOnAllTraffic([rule({ ipv4Ranges: ['0.0.0.0/1'] }), rule({ ipv4Ranges: ['128.0.0.0/1'] })]), ['ipv4'])
    assert.deepEqual(openToWorldOnAllTraffic([rule({ protocol: 'tcp', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })]), [])
    assert.deepEqual(openToWorldOnAllTraffic([rule({ ipv4Ranges: ['10.0.0.0/8'], securityGroupIds: ['sg-2'] })]), [])
  })
})

describe('lookups', () => {
  const inv = emptyInventory({ kind: 'aws', regions: ['us-east-1'] })
  addResources(inv, 'ec2.subnet', [subnet({ id: 'arn:aws:ec2:us-east-1:111122223333:subnet/subnet-x', arn: 'arn:aws:ec2:us-east-1:111122223333:subnet/subnet-x' }), subnet()])
  addResources(inv, 'ec2.security-group', [securityGroup({ id: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-9', groupId: 'sg-9' })])
  const view = createInventoryView(inv)
  it('finds subnets by id or ARN suffix', () => {
    assert.equal(findSubnet(view, 'subnet-a', 'us-east-1')?.id, 'subnet-a')
    assert.equal(findSubnet(view, 'subnet-x', 'us-east-1')?.arn?.endsWith('subnet-x'), true)
    assert.equal(findSubnet(view, 'subnet-x', 'eu-west-1'), undefined)
  })
  it('finds security groups by group id', () => {
    assert.equal(findSecurityGroup(view, 'sg-9', 'us-east-1')?.groupId, 'sg-9')
    assert.equal(findSecurityGroup(view, 'sg-404', 'us-east-1'), undefined)
  })
})
