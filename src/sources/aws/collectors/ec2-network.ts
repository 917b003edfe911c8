/**
 * VPC network controls beyond ec2.ts: network ACLs, flow logs, transit gateways and VPC peering
 * connections. One listing per type and region (ec2.ts's pattern), nothing per resource.
 */
import type { FlowLog as Ec2FlowLog, NetworkAcl as Ec2NetworkAcl, TransitGateway as Ec2TransitGateway, VpcPeeringConnection as Ec2Peering, VpcPeeringConnectionVpcInfo } from '@aws-sdk/client-ec2'
import type { FlowLog, NetworkAcl, NetworkAclEntry, PeeringSide, TransitGateway, VpcPeeringConnection } from '../../../model/ec2.js'
import { base, ec2Collector, tok, VPC, type Where } from './ec2.js'

/** Pure. */
export function mapNetworkAcl(a: Ec2NetworkAcl, w: Where): NetworkAcl {
  const entries: NetworkAclEntry[] = (a.Entries ?? []).map((e) => ({
    ruleNumber: e.RuleNumber ?? 32767,
    egress: e.Egress ?? false,
    action: e.RuleAction === 'allow' ? 'allow' : 'deny',
    protocol: String(e.Protocol ?? '-1'),
    ...(e.CidrBlock ? { cidr: e.CidrBlock } : {}),
    ...(e.Ipv6CidrBlock ? { ipv6Cidr: e.Ipv6CidrBlock } : {}),
    ...(e.PortRange && e.PortRange.From !== undefined && e.PortRange.To !== undefined ? { portRange: { from: e.PortRange.From, to: e.PortRange.To } } : {}),
  }))
  return {
    ...base(a.NetworkAclId ?? '', 'network-acl', a.Tags, a.OwnerId, w),
    vpcId: a.VpcId ?? '',
    isDefault: a.IsDefault ?? false,
    subnetIds: (a.Associations ?? []).map((x) => x.SubnetId ?? '').filter(Boolean),
    entries,
  }
}

/** Pure. */
export function mapFlowLog(f: Ec2FlowLog, w: Where): FlowLog {
  return {
    ...base(f.FlowLogId ?? '', 'vpc-flow-log', f.Tags, undefined, w),
    resourceId: f.ResourceId ?? '',
    trafficType: f.TrafficType ?? 'ALL',
    status: f.FlowLogStatus ?? 'unknown',
    ...(f.LogDestinationType ? { destinationType: f.LogDestinationType } : {}),
    ...(f.DeliverLogsStatus ? { deliverLogsStatus: f.DeliverLogsStatus } : {}),
  }
}

/** Pure. */
export function mapTransitGateway(t: Ec2TransitGateway, w: Where): TransitGateway {
  const id = t.TransitGatewayId ?? ''
  return {
    ...base(id, 'transit-gateway', t.Tags, t.OwnerId, w, t.TransitGatewayArn),
    transitGatewayId: id,
    state: t.State ?? 'unknown',
    autoAcceptSharedAttachments: t.Options?.AutoAcceptSharedAttachments === 'enable',
    ...(t.OwnerId ? { ownerId: t.OwnerId } : {}),
  }
}

function side(v: VpcPeeringConnectionVpcInfo | undefined): PeeringSide {
  const v4 = (v?.CidrBlockSet ?? []).map((c) => c.CidrBlock ?? '').filter(Boolean)
  const v6 = (v?.Ipv6CidrBlockSet ?? []).map((c) => c.Ipv6CidrBlock ?? '').filter(Boolean)
  const cidrs = v4.length ? v4 : v?.CidrBlock ? [v.CidrBlock] : []
  return { vpcId: v?.VpcId ?? '', ...(v?.OwnerId ? { accountId: v.OwnerId } : {}), ...(v?.Region ? { region: v.Region } : {}), cidrBlocks: [...cidrs, ...v6] }
}

/** Pure. */
export function mapPeeringConnection(p: Ec2Peering, w: Where): VpcPeeringConnection {
  return {
    ...base(p.VpcPeeringConnectionId ?? '', 'vpc-peering-connection', p.Tags, undefined, w),
    status: p.Status?.Code ?? 'unknown',
    requester: side(p.RequesterVpcInfo),
    accepter: side(p.AccepterVpcInfo),
  }
}

export const ec2NetworkAclCollector = ec2Collector({
  type: 'ec2.network-acl',
  onlyWith: VPC,
  action: 'ec2:DescribeNetworkAcls',
  command: (E, t) => new E.DescribeNetworkAclsCommand({ MaxResults: 100, ...tok(t) }),
  items: (p: { NetworkAcls?: Ec2NetworkAcl[] }) => p.NetworkAcls,
  map: mapNetworkAcl,
})

export const ec2FlowLogCollector = ec2Collector({
  type: 'ec2.flow-log',
  action: 'ec2:DescribeFlowLogs',
  command: (E, t) => new E.DescribeFlowLogsCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { FlowLogs?: Ec2FlowLog[] }) => p.FlowLogs,
  map: mapFlowLog,
})

export const ec2TransitGatewayCollector = ec2Collector({
  type: 'ec2.transit-gateway',
  action: 'ec2:DescribeTransitGateways',
  command: (E, t) => new E.DescribeTransitGatewaysCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { TransitGateways?: Ec2TransitGateway[] }) => p.TransitGateways,
  keep: (t) => t.State !== 'deleted' && t.State !== 'deleting',
  map: mapTransitGateway,
})

/** Connections that no longer carry traffic (deleted, rejected, failed, expired) are left out. */
const INACTIVE_PEERING = new Set(['deleted', 'deleting', 'rejected', 'failed', 'expired'])

export const ec2VpcPeeringConnectionCollector = ec2Collector({
  type: 'ec2.vpc-peering-connection',
  action: 'ec2:DescribeVpcPeeringConnections',
  command: (E, t) => new E.DescribeVpcPeeringConnectionsCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { VpcPeeringConnections?: Ec2Peering[] }) => p.VpcPeeringConnections,
  keep: (p) => !INACTIVE_PEERING.has(p.Status?.Code ?? ''),
  map: mapPeeringConnection,
})
