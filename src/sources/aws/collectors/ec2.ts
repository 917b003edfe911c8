import type { IpPermission, NatGateway as Ec2NatGateway, RouteTable as Ec2RouteTable, SecurityGroup as Ec2SecurityGroup, Subnet as Ec2Subnet, Tag, Vpc as Ec2Vpc, VpcEndpoint as Ec2VpcEndpoint } from '@aws-sdk/client-ec2'
import type { NatGateway, Route, RouteTable, SecurityGroup, SecurityGroupRule, Subnet, Vpc, VpcEndpoint } from '../../../model/ec2.js'
import type { ResourceOf, ResourceType } from '../../../model/resource-types.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { listedNone } from './listed-none.js'

export interface Where {
  region: string
  accountId: string
  partition: string
}

export function tagsOf(tags: Tag[] | undefined): Record<string, string> | undefined {
  if (!tags?.length) return undefined
  return Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? '']))
}

/** Common fields: the EC2 id is the resource id (checks look subnets up by `subnet-…`), the Name tag its name. */
export function base(id: string, kind: string, tags: Tag[] | undefined, owner: string | undefined, w: Where, arn?: string) {
  const t = tagsOf(tags)
  const accountId = owner || w.accountId
  return {
    id,
    arn: arn ?? `arn:${w.partition}:ec2:${w.region}:${accountId}:${kind}/${id}`,
    name: t?.Name || id,
    accountId,
    region: w.region,
    ...(t ? { tags: t } : {}),
  }
}

/** Pure. */
export function mapVpc(v: Ec2Vpc, w: Where): Vpc {
  return { ...base(v.VpcId ?? '', 'vpc', v.Tags, v.OwnerId, w), ...(v.CidrBlock ? { cidrBlock: v.CidrBlock } : {}), isDefault: v.IsDefault ?? false }
}

/** Pure. */
export function mapSubnet(s: Ec2Subnet, w: Where): Subnet {
  return {
    ...base(s.SubnetId ?? '', 'subnet', s.Tags, s.OwnerId, w, s.SubnetArn),
    vpcId: s.VpcId ?? '',
    availabilityZone: s.AvailabilityZone ?? '',
    ...(s.CidrBlock ? { cidrBlock: s.CidrBlock } : {}),
    mapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false,
  }
}

/** Pure. */
export function mapRouteTable(t: Ec2RouteTable, w: Where): RouteTable {
  const routes: Route[] = (t.Routes ?? []).map((r) => ({
    destination: r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId ?? '',
    ...(r.GatewayId ? { gatewayId: r.GatewayId } : {}),
    ...(r.NatGatewayId ? { natGatewayId: r.NatGatewayId } : {}),
    ...(r.TransitGatewayId ? { transitGatewayId: r.TransitGatewayId } : {}),
    ...(r.VpcPeeringConnectionId ? { vpcPeeringConnectionId: r.VpcPeeringConnectionId } : {}),
    // A route to a gateway VPC endpoint names the endpoint in GatewayId (vpce-…).
    ...(r.GatewayId?.startsWith('vpce-') ? { vpcEndpointId: r.GatewayId } : {}),
    ...(r.NetworkInterfaceId ? { networkInterfaceId: r.NetworkInterfaceId } : {}),
    ...(r.InstanceId ? { instanceId: r.InstanceId } : {}),
    ...(r.EgressOnlyInternetGatewayId ? { egressOnlyInternetGatewayId: r.EgressOnlyInternetGatewayId } : {}),
  }))
  const assoc = t.Associations ?? []
  return {
    ...base(t.RouteTableId ?? '', 'route-table', t.Tags, t.OwnerId, w),
    vpcId: t.VpcId ?? '',
    main: assoc.some((a) => a.Main),
    subnetIds: assoc.filter((a) => a.SubnetId).map((a) => a.SubnetId!),
    routes,
  }
}

function rules(perms: IpPermission[] | undefined): SecurityGroupRule[] {
  return (perms ?? []).map((p) => ({
    protocol: p.IpProtocol ?? '-1',
    ...(p.FromPort !== undefined ? { fromPort: p.FromPort } : {}),
    ...(p.ToPort !== undefined ? { toPort: p.ToPort } : {}),
    ipv4Ranges: (p.IpRanges ?? []).map((r) => r.CidrIp ?? '').filter(Boolean),
    ipv6Ranges: (p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6 ?? '').filter(Boolean),
    securityGroupIds: (p.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
    prefixListIds: (p.PrefixListIds ?? []).map((l) => l.PrefixListId ?? '').filter(Boolean),
  }))
}

/** Pure. */
export function mapSecurityGroup(g: Ec2SecurityGroup, w: Where): SecurityGroup {
  const id = g.GroupId ?? ''
  const b = base(id, 'security-group', g.Tags, g.OwnerId, w, g.SecurityGroupArn)
  return {
    ...b,
    name: b.tags?.Name || g.GroupName || id,
    groupId: id,
    ...(g.GroupName ? { groupName: g.GroupName } : {}),
    ...(g.VpcId ? { vpcId: g.VpcId } : {}),
    ...(g.Description ? { description: g.Description } : {}),
    ingress: rules(g.IpPermissions),
    egress: rules(g.IpPermissionsEgress),
  }
}

/** Pure. */
export function mapNatGateway(n: Ec2NatGateway, w: Where): NatGateway {
  return { ...base(n.NatGatewayId ?? '', 'natgateway', n.Tags, undefined, w), vpcId: n.VpcId ?? '', subnetId: n.SubnetId ?? '', state: n.State ?? 'unknown' }
}

/** Pure. */
export function mapVpcEndpoint(e: Ec2VpcEndpoint, w: Where): VpcEndpoint {
  return {
    ...base(e.VpcEndpointId ?? '', 'vpc-endpoint', e.Tags, e.OwnerId, w),
    vpcId: e.VpcId ?? '',
    serviceName: e.ServiceName ?? '',
    endpointType: e.VpcEndpointType ?? 'Interface',
    // The API answers in lower case (`available`); the SDK's enum is capitalised. Keep one spelling.
    state: (e.State ?? 'unknown').toLowerCase(),
    subnetIds: e.SubnetIds ?? [],
    routeTableIds: e.RouteTableIds ?? [],
    ...(e.PrivateDnsEnabled !== undefined ? { privateDnsEnabled: e.PrivateDnsEnabled } : {}),
  }
}

/**
 * One collector per EC2 type, so a scan that only needs subnets makes only DescribeSubnets.
 * Every listing is paginated with the largest page size the API accepts.
 *
 * `onlyWith`: a type without which this type cannot exist in the account's region (a VPC for
 * subnets, a network interface for instances). The collector then reads that type when the scan
 * collects it anyway (`uses`) and skips its own listing when that listing came back empty
 * (listed-none.ts).
 */
export function ec2Collector<T extends ResourceType, P, I>(spec: {
  type: T
  action: string
  command: (E: typeof import('@aws-sdk/client-ec2'), NextToken: string | undefined) => { input: object }
  items: (page: P) => I[] | undefined
  keep?: (item: I) => boolean
  map: (item: I, w: Where) => ResourceOf<T>
  onlyWith?: ResourceType
}): Collector {
  const within = spec.onlyWith
  return {
    id: spec.type,
    produces: [spec.type],
    actions: [spec.action],
    scope: 'regional',
    ...(within ? { uses: [within] } : {}),
    async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
      if (within && listedNone(sofar, within)) return { resources: { [spec.type]: [] }, gaps: [] }
      const E = await import('@aws-sdk/client-ec2')
      const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
      try {
        const items = await collectPages(
          (token) => ctx.send(region, spec.action, spec.command(E, token) as never) as Promise<P & { NextToken?: string }>,
          (p) => p.NextToken,
          spec.items,
        )
        const mapped = items.filter((i) => spec.keep?.(i) ?? true).map((i) => spec.map(i, w))
        return { resources: { [spec.type]: mapped }, gaps: [] }
      } catch (err) {
        return { resources: {}, gaps: [gapFrom(err, spec.type, region)] }
      }
    },
  }
}

export const tok = (NextToken: string | undefined) => (NextToken ? { NextToken } : {})

/**
 * What a region without any VPC cannot hold. EC2-Classic is retired, so every subnet, route
 * table, network ACL, NAT gateway and VPC endpoint belongs to a VPC, and only the VPC's owner
 * creates them (AWS's VPC sharing guide lists all five among the owner's resources); the owner's
 * DescribeVpcs always lists its own VPCs. A region where DescribeVpcs returns nothing therefore
 * holds none of them, and the five listings are skipped.
 *
 * Not skipped, because they can exist in the account without a VPC the account can list:
 * security groups, network interfaces and instances (a participant of a shared VPC owns these,
 * and they keep running after the owner unshares the subnet; instances have their own short-cut,
 * through network interfaces, in ec2-compute.ts), flow logs (they also watch transit
 * gateways and a participant's own interfaces, and flow logs of a deleted VPC are only
 * "eventually" removed), transit gateways, peering connections, and the storage kinds (volumes,
 * snapshots, AMIs) that never needed a VPC.
 */
export const VPC: ResourceType = 'ec2.vpc'

export const ec2VpcCollector = ec2Collector({
  type: 'ec2.vpc',
  action: 'ec2:DescribeVpcs',
  command: (E, t) => new E.DescribeVpcsCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { Vpcs?: Ec2Vpc[] }) => p.Vpcs,
  map: mapVpc,
})

export const ec2SubnetCollector = ec2Collector({
  type: 'ec2.subnet',
  onlyWith: VPC,
  action: 'ec2:DescribeSubnets',
  command: (E, t) => new E.DescribeSubnetsCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { Subnets?: Ec2Subnet[] }) => p.Subnets,
  map: mapSubnet,
})

export const ec2RouteTableCollector = ec2Collector({
  type: 'ec2.route-table',
  onlyWith: VPC,
  action: 'ec2:DescribeRouteTables',
  command: (E, t) => new E.DescribeRouteTablesCommand({ MaxResults: 100, ...tok(t) }),
  items: (p: { RouteTables?: Ec2RouteTable[] }) => p.RouteTables,
  map: mapRouteTable,
})

export const ec2SecurityGroupCollector = ec2Collector({
  type: 'ec2.security-group',
  action: 'ec2:DescribeSecurityGroups',
  command: (E, t) => new E.DescribeSecurityGroupsCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { SecurityGroups?: Ec2SecurityGroup[] }) => p.SecurityGroups,
  map: mapSecurityGroup,
})

export const ec2NatGatewayCollector = ec2Collector({
  type: 'ec2.nat-gateway',
  onlyWith: VPC,
  action: 'ec2:DescribeNatGateways',
  command: (E, t) => new E.DescribeNatGatewaysCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { NatGateways?: Ec2NatGateway[] }) => p.NatGateways,
  // Deleted gateways stay listed for about an hour; they route nothing.
  keep: (n) => n.State !== 'deleted',
  map: mapNatGateway,
})

export const ec2VpcEndpointCollector = ec2Collector({
  type: 'ec2.vpc-endpoint',
  onlyWith: VPC,
  action: 'ec2:DescribeVpcEndpoints',
  command: (E, t) => new E.DescribeVpcEndpointsCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { VpcEndpoints?: Ec2VpcEndpoint[] }) => p.VpcEndpoints,
  // Deleted endpoints stay listed for a while; they carry no traffic.
  keep: (e) => e.State?.toLowerCase() !== 'deleted',
  map: mapVpcEndpoint,
})
