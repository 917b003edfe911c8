import { ApiError } from '../errors.js'
import type { FixtureRoute, FixtureSecurityGroupRule } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { CallContext, Input, OperationDef, ServiceDef } from './types.js'

/** Opt-in regions (AWS lists the rest as `opt-in-not-required`). */
const OPT_IN_REGIONS = new Set(['af-south-1', 'ap-east-1', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1'])

type Row = Record<string, unknown>

function tagSet(tags: Record<string, string> | undefined) {
  return tags ? Object.entries(tags).map(([key, value]) => ({ key, value })) : undefined
}

function tagFilters(tags: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(tags ?? {}).map(([k, v]) => [`tag:${k}`, v]))
}

function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
  return re.test(value)
}

/**
 * The Describe* pattern: optional ids (`VpcId.N`), `Filter.N.Name/Value.M`, and MaxResults
 * (5–max; without it EC2 returns everything) with NextToken.
 */
export function describe<T>(opts: {
  list: (ctx: CallContext) => T[]
  idParam: string
  idOf: (item: T) => string
  notFound: string
  filters: (item: T) => Record<string, string[] | string | undefined>
  render: (item: T, ctx: CallContext) => Row
  setName: string
  maxResults: number
  operation: string
}): OperationDef {
  return {
    family: 'describe',
    handle(input: Input, ctx: CallContext) {
      let items = opts.list(ctx)
      const ids = (input[opts.idParam] as string[] | undefined) ?? []
      if (ids.length && input.MaxResults !== undefined) {
        throw new ApiError('InvalidParameterCombination', `The parameter ${opts.idParam}s cannot be used with the parameter maxResults`, 400)
      }
      if (ids.length) {
        const missing = ids.filter((id) => !items.some((i) => opts.idOf(i) === id))
        if (missing.length) throw new ApiError(opts.notFound, `The ${opts.idParam} '${missing.join(', ')}' does not exist`, 400)
        items = items.filter((i) => ids.includes(opts.idOf(i)))
      }
      for (const f of (input.Filter as { Name?: string; Value?: string[] }[] | undefined) ?? []) {
        const name = f.Name ?? ''
        const values = f.Value ?? []
        items = items.filter((item) => {
          const known = opts.filters(item)
          if (!(name in known) && !name.startsWith('tag:')) throw new ApiError('InvalidParameterValue', `The filter '${name}' is invalid`, 400)
          const actual = known[name]
          const list = actual === undefined ? [] : Array.isArray(actual) ? actual : [actual]
          return values.some((v) => list.some((a) => globMatch(v, a)))
        })
      }
      const page = paginate(items, {
        token: input.NextToken,
        requested: input.MaxResults,
        defaultSize: Infinity,
        maxSize: opts.maxResults,
        fixtureMax: input.MaxResults !== undefined ? ctx.fixturePageSize(opts.operation) : undefined,
        tokenName: 'NextToken',
        minRequested: 5,
        sizeName: 'MaxResults',
        errorCode: 'InvalidParameterValue',
      })
      return { [opts.setName]: page.items.map((i) => opts.render(i, ctx)), nextToken: page.next }
    },
  }
}

function ruleItems(rules: FixtureSecurityGroupRule[] | undefined, ctx: CallContext) {
  return (rules ?? []).map((r) => ({
    ipProtocol: r.protocol,
    fromPort: r.protocol === '-1' ? undefined : r.fromPort,
    toPort: r.protocol === '-1' ? undefined : r.toPort,
    groups: (r.groupIds ?? []).map((groupId) => ({ groupId, userId: ctx.accountId })),
    ipRanges: (r.cidrs ?? []).map((cidrIp) => ({ cidrIp })),
    ipv6Ranges: (r.ipv6Cidrs ?? []).map((cidrIpv6) => ({ cidrIpv6 })),
    prefixListIds: (r.prefixListIds ?? []).map((prefixListId) => ({ prefixListId })),
  }))
}

function routeItem(r: FixtureRoute) {
  const v6 = r.destination.includes(':')
  return {
    destinationCidrBlock: v6 || r.destination.startsWith('pl-') ? undefined : r.destination,
    destinationIpv6CidrBlock: v6 ? r.destination : undefined,
    destinationPrefixListId: r.destination.startsWith('pl-') ? r.destination : undefined,
    gatewayId: r.gatewayId ?? r.vpcEndpointId,
    natGatewayId: r.natGatewayId,
    transitGatewayId: r.transitGatewayId,
    vpcPeeringConnectionId: r.vpcPeeringConnectionId,
    networkInterfaceId: r.networkInterfaceId,
    instanceId: r.instanceId,
    egressOnlyInternetGatewayId: r.egressOnlyInternetGatewayId,
    state: 'active',
    origin: r.gatewayId === 'local' ? 'CreateRouteTable' : 'CreateRoute',
  }
}

export const ec2: ServiceDef = {
  signingName: 'ec2',
  iamPrefix: 'ec2',
  protocol: 'ec2',
  apiVersion: '2016-11-15',
  xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  defaultFamily: 'describe',
  errors: {
    accessDenied: { code: 'UnauthorizedOperation', status: 403 },
    // EC2 throttles with RequestLimitExceeded over HTTP 503.
    throttling: { code: 'RequestLimitExceeded', status: 503, message: 'Request limit exceeded.' },
    invalidToken: { code: 'AuthFailure', status: 401, message: 'AWS was not able to validate the provided access credentials' },
    internal: { code: 'InternalError' },
    unavailable: { code: 'Unavailable' },
  },
  operations: {
    DescribeRegions: {
      family: 'describe',
      handle(input, ctx) {
        const enabled = [...Object.keys(ctx.account.regions), ...(ctx.account.emptyRegions ?? [])]
        const rows = enabled.map((r) => ({ name: r, status: OPT_IN_REGIONS.has(r) ? 'opted-in' : 'opt-in-not-required' }))
        if (String(input.AllRegions) === 'true') for (const r of ctx.account.notOptedInRegions ?? []) rows.push({ name: r, status: 'not-opted-in' })
        const names = (input.RegionName as string[] | undefined) ?? []
        const selected = rows.filter((r) => !names.length || names.includes(r.name)).sort((a, b) => a.name.localeCompare(b.name))
        return { regionInfo: selected.map((r) => ({ regionName: r.name, regionEndpoint: `ec2.${r.name}.amazonaws.com`, optInStatus: r.status })) }
      },
    },
    DescribeVpcs: describe({
      operation: 'DescribeVpcs',
      list: (ctx) => ctx.data.vpcs ?? [],
      idParam: 'VpcId',
      idOf: (v) => v.vpcId,
      notFound: 'InvalidVpcID.NotFound',
      filters: (v) => ({ 'vpc-id': v.vpcId, 'cidr-block': v.cidrBlock, 'is-default': String(Boolean(v.isDefault)), state: 'available', ...tagFilters(v.tags) }),
      setName: 'vpcSet',
      maxResults: 1000,
      render: (v, ctx) => ({
        vpcId: v.vpcId,
        ownerId: ctx.accountId,
        state: 'available',
        cidrBlock: v.cidrBlock,
        cidrBlockAssociationSet: [{ associationId: `vpc-cidr-assoc-${v.vpcId.slice(4)}`, cidrBlock: v.cidrBlock, cidrBlockState: { state: 'associated' } }],
        dhcpOptionsId: 'dopt-0123456789abcdef0',
        instanceTenancy: 'default',
        isDefault: Boolean(v.isDefault),
        tagSet: tagSet(v.tags),
      }),
    }),
    DescribeSubnets: describe({
      operation: 'DescribeSubnets',
      list: (ctx) => ctx.data.subnets ?? [],
      idParam: 'SubnetId',
      idOf: (s) => s.subnetId,
      notFound: 'InvalidSubnetID.NotFound',
      filters: (s) => ({ 'subnet-id': s.subnetId, 'vpc-id': s.vpcId, 'availability-zone': s.availabilityZone, 'cidr-block': s.cidrBlock, 'map-public-ip-on-launch': String(Boolean(s.mapPublicIpOnLaunch)), state: 'available', ...tagFilters(s.tags) }),
      setName: 'subnetSet',
      maxResults: 1000,
      render: (s, ctx) => ({
        subnetId: s.subnetId,
        subnetArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:subnet/${s.subnetId}`,
        state: 'available',
        vpcId: s.vpcId,
        ownerId: ctx.accountId,
        cidrBlock: s.cidrBlock,
        availableIpAddressCount: 250,
        availabilityZone: s.availabilityZone,
        availabilityZoneId: `${ctx.region.split('-').map((p) => p[0]).join('')}-az${s.availabilityZone.slice(-1).charCodeAt(0) - 96}`,
        defaultForAz: false,
        mapPublicIpOnLaunch: Boolean(s.mapPublicIpOnLaunch),
        assignIpv6AddressOnCreation: false,
        tagSet: tagSet(s.tags),
      }),
    }),
    DescribeRouteTables: describe({
      operation: 'DescribeRouteTables',
      list: (ctx) => ctx.data.routeTables ?? [],
      idParam: 'RouteTableId',
      idOf: (t) => t.routeTableId,
      notFound: 'InvalidRouteTableID.NotFound',
      filters: (t) => ({ 'route-table-id': t.routeTableId, 'vpc-id': t.vpcId, 'association.subnet-id': t.subnetIds ?? [], 'association.main': String(Boolean(t.main)), ...tagFilters(t.tags) }),
      setName: 'routeTableSet',
      maxResults: 100,
      render: (t, ctx) => ({
        routeTableId: t.routeTableId,
        vpcId: t.vpcId,
        ownerId: ctx.accountId,
        routeSet: t.routes.map(routeItem),
        associationSet: [
          ...(t.main ? [{ routeTableAssociationId: `rtbassoc-main-${t.routeTableId.slice(4)}`, routeTableId: t.routeTableId, main: true, associationState: { state: 'associated' } }] : []),
          ...(t.subnetIds ?? []).map((subnetId, i) => ({ routeTableAssociationId: `rtbassoc-${i}-${t.routeTableId.slice(4)}`, routeTableId: t.routeTableId, subnetId, main: false, associationState: { state: 'associated' } })),
        ],
        propagatingVgwSet: [],
        tagSet: tagSet(t.tags),
      }),
    }),
    DescribeSecurityGroups: describe({
      operation: 'DescribeSecurityGroups',
      list: (ctx) => ctx.data.securityGroups ?? [],
      idParam: 'GroupId',
      idOf: (g) => g.groupId,
      notFound: 'InvalidGroup.NotFound',
      filters: (g) => ({ 'group-id': g.groupId, 'group-name': g.groupName, 'vpc-id': g.vpcId, description: g.description, ...tagFilters(g.tags) }),
      setName: 'securityGroupInfo',
      maxResults: 1000,
      render: (g, ctx) => ({
        ownerId: ctx.accountId,
        groupId: g.groupId,
        groupName: g.groupName,
        groupDescription: g.description ?? g.groupName,
        vpcId: g.vpcId,
        securityGroupArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:security-group/${g.groupId}`,
        ipPermissions: ruleItems(g.ingress, ctx),
        ipPermissionsEgress: ruleItems(g.egress, ctx),
        tagSet: tagSet(g.tags),
      }),
    }),
    DescribeNatGateways: describe({
      operation: 'DescribeNatGateways',
      list: (ctx) => ctx.data.natGateways ?? [],
      idParam: 'NatGatewayId',
      idOf: (n) => n.natGatewayId,
      notFound: 'NatGatewayNotFound',
      filters: (n) => ({ 'nat-gateway-id': n.natGatewayId, 'vpc-id': n.vpcId, 'subnet-id': n.subnetId, state: n.state ?? 'available' }),
      setName: 'natGatewaySet',
      maxResults: 1000,
      render: (n) => ({
        natGatewayId: n.natGatewayId,
        vpcId: n.vpcId,
        subnetId: n.subnetId,
        state: n.state ?? 'available',
        connectivityType: 'public',
        createTime: new Date('2024-01-15T10:00:00Z'),
        natGatewayAddressSet: [],
      }),
    }),
  },
}
