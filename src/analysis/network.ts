/**
 * VPC network facts that checks share: CIDR arithmetic, which route table governs a subnet,
 * where a subnet's default route leads, and what a security group lets out to the internet.
 * Pure functions over the normalized model; no IO.
 */
import type { InventoryView } from '../core/inventory.js'
import type { Route, RouteTable, SecurityGroup, SecurityGroupRule, Subnet } from '../model/ec2.js'

export type IpFamily = 'ipv4' | 'ipv6'

/** The whole IPv4 and IPv6 address spaces, as AWS writes them. */
export const WORLD_CIDR: Record<IpFamily, string> = { ipv4: '0.0.0.0/0', ipv6: '::/0' }

/** A CIDR block as an inclusive range of addresses. */
export interface CidrRange {
  family: IpFamily
  start: bigint
  end: bigint
}

const BITS: Record<IpFamily, bigint> = { ipv4: 32n, ipv6: 128n }

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0n
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined
    const n = Number(p)
    if (n > 255) return undefined
    value = (value << 8n) | BigInt(n)
  }
  return value
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const groups = (s: string | undefined): string[] => (s ? s.split(':') : [])
  const head = groups(halves[0])
  const tail = groups(halves[1])
  // An embedded IPv4 tail (::ffff:10.0.0.1) counts as two groups.
  const last = tail.length ? tail[tail.length - 1] : head[head.length - 1]
  const dotted = [...head, ...tail].filter((g) => g.includes('.'))
  if (dotted.length > 1 || (dotted.length === 1 && dotted[0] !== last)) return undefined
  const v4 = last?.includes('.') ? parseIpv4(last) : undefined
  if (last?.includes('.') && v4 === undefined) return undefined
  const hexHead = head.filter((g) => !g.includes('.'))
  const hexTail = tail.filter((g) => !g.includes('.'))
  const used = hexHead.length + hexTail.length + (v4 !== undefined ? 2 : 0)
  if (halves.length === 1 ? used !== 8 : used > 7) return undefined
  const all = [...hexHead, ...Array<string>(8 - used).fill('0'), ...hexTail]
  let value = 0n
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined
    value = (value << 16n) | BigInt(parseInt(g, 16))
  }
  if (v4 !== undefined) value = (value << 32n) | v4
  return value
}

/** Parses `10.0.0.0/16` or `2001:db8::/32`; `undefined` for anything else (prefix lists, typos). */
export function parseCidr(cidr: string): CidrRange | undefined {
  const [addr, len, ...rest] = cidr.trim().split('/')
  if (!addr || len === undefined || rest.length || !/^\d{1,3}$/.test(len)) return undefined
  const family: IpFamily = addr.includes(':') ? 'ipv6' : 'ipv4'
  const bits = BITS[family]
  const prefix = BigInt(len)
  if (prefix > bits) return undefined
  const value = family === 'ipv4' ? parseIpv4(addr) : parseIpv6(addr)
  if (value === undefined) return undefined
  const hostBits = bits - prefix
  const start = (value >> hostBits) << hostBits
  return { family, start, end: start + (1n << hostBits) - 1n }
}

/** True for a CIDR that is the whole address space of its family (`0.0.0.0/0`, `::/0`, `::0/0` …). */
export function isWorldCidr(cidr: string): boolean {
  const r = parseCidr(cidr)
  return !!r && r.start === 0n && r.end === (1n << BITS[r.family]) - 1n
}

/**
 * True when the union of the blocks covers the whole address space of `family`. Catches the
 * split form (`0.0.0.0/1` + `128.0.0.0/1`) that a plain `=== '0.0.0.0/0'` comparison misses.
 */
export function cidrsCoverWorld(cidrs: readonly string[], family: IpFamily): boolean {
  const ranges = cidrs
    .map(parseCidr)
    .filter((r): r is CidrRange => !!r && r.family === family)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  let next = 0n
  for (const r of ranges) {
    if (r.start > next) return false
    if (r.end + 1n > next) next = r.end + 1n
  }
  return next === 1n << BITS[family]
}

/** The route table that governs a subnet, and whether it was chosen by association or by default. */
export interface SubnetRouting {
  table: RouteTable
  association: 'explicit' | 'main'
}

/**
 * A subnet uses the route table explicitly associated with it; a subnet with no explicit
 * association silently uses its VPC's main route table (AWS behaviour), so editing the main
 * table changes every such subnet at once.
 */
export function routeTableForSubnet(subnetId: string, vpcId: string | undefined, tables: readonly RouteTable[]): SubnetRouting | undefined {
  const explicit = tables.find((t) => t.subnetIds.includes(subnetId))
  if (explicit) return { table: explicit, association: 'explicit' }
  if (vpcId === undefined) return undefined
  const main = tables.find((t) => t.main && t.vpcId === vpcId)
  return main ? { table: main, association: 'main' } : undefined
}

/**
 * The route table of a subnet a resource sits in, read from the inventory. The VPC is needed only
 * for the main-table fallback, so the subnet is looked up (templates carry no VPC id on e.g.
 * functions or DB subnet groups) only when the subnet has no explicit association.
 */
export function subnetRouting(inventory: InventoryView, tables: readonly RouteTable[], subnetId: string, region: string, vpcId?: string): SubnetRouting | undefined {
  return routeTableForSubnet(subnetId, undefined, tables) ?? routeTableForSubnet(subnetId, vpcId ?? findSubnet(inventory, subnetId, region)?.vpcId, tables)
}

/** What a route sends traffic to. */
export type RouteTargetKind =
  | 'internet-gateway'
  | 'nat-gateway'
  | 'egress-only-internet-gateway'
  | 'transit-gateway'
  | 'vpc-peering'
  | 'vpc-endpoint'
  | 'network-interface'
  | 'instance'
  | 'virtual-private-gateway'
  | 'local'
  | 'other'

export function routeTarget(route: Route): { kind: RouteTargetKind; id: string } {
  if (route.natGatewayId) return { kind: 'nat-gateway', id: route.natGatewayId }
  if (route.egressOnlyInternetGatewayId) return { kind: 'egress-only-internet-gateway', id: route.egressOnlyInternetGatewayId }
  if (route.transitGatewayId) return { kind: 'transit-gateway', id: route.transitGatewayId }
  if (route.vpcPeeringConnectionId) return { kind: 'vpc-peering', id: route.vpcPeeringConnectionId }
  if (route.vpcEndpointId) return { kind: 'vpc-endpoint', id: route.vpcEndpointId }
  if (route.networkInterfaceId) return { kind: 'network-interface', id: route.networkInterfaceId }
  if (route.instanceId) return { kind: 'instance', id: route.instanceId }
  const gw = route.gatewayId ?? ''
  if (gw.startsWith('igw-')) return { kind: 'internet-gateway', id: gw }
  if (gw.startsWith('vgw-')) return { kind: 'virtual-private-gateway', id: gw }
  // Gateway load balancer endpoints are reported under gatewayId as vpce-….
  if (gw.startsWith('vpce-')) return { kind: 'vpc-endpoint', id: gw }
  if (gw === 'local') return { kind: 'local', id: gw }
  return { kind: 'other', id: gw }
}

/**
 * The internet gateway that the table's routes send the whole address space of `family` to,
 * or undefined. Normally a single `0.0.0.0/0` (or `::/0`) route; split routes that together
 * cover the space count too.
 */
export function internetGatewayFor(table: RouteTable, family: IpFamily): string | undefined {
  const igwRoutes = table.routes.filter((r) => routeTarget(r).kind === 'internet-gateway')
  if (!cidrsCoverWorld(igwRoutes.map((r) => r.destination), family)) return undefined
  return igwRoutes.find((r) => parseCidr(r.destination)?.family === family)?.gatewayId
}

/**
 * A subnet is public when its route table sends `0.0.0.0/0` or `::/0` to an internet gateway:
 * that is AWS's own definition, regardless of whether instances in it get public addresses.
 */
export function isPublicRouteTable(table: RouteTable): boolean {
  return internetGatewayFor(table, 'ipv4') !== undefined || internetGatewayFor(table, 'ipv6') !== undefined
}

/** Where the default route of a family (`0.0.0.0/0` or `::/0`) leads, if the table has one. */
export function defaultRouteTarget(table: RouteTable, family: IpFamily = 'ipv4'): { kind: RouteTargetKind; id: string } | undefined {
  const route = table.routes.find((r) => isWorldCidr(r.destination) && parseCidr(r.destination)?.family === family)
  return route ? routeTarget(route) : undefined
}

/** True when the table's IPv4 default route goes through a NAT gateway (outbound-only internet). */
export function hasNatPath(table: RouteTable): boolean {
  return defaultRouteTarget(table, 'ipv4')?.kind === 'nat-gateway'
}

/** IpProtocol `-1` (Terraform also accepts `all`) means every protocol and every port. */
export function isAllProtocols(protocol: string | number): boolean {
  const p = String(protocol).trim().toLowerCase()
  return p === '-1' || p === 'all'
}

/**
 * The address families to which the rules allow every protocol on every port for the whole
 * address space: what AWS's default egress rule (`-1` to `0.0.0.0/0`) grants.
 */
export function openToWorldOnAllTraffic(rules: readonly SecurityGroupRule[]): IpFamily[] {
  const all = rules.filter((r) => isAllProtocols(r.protocol))
  const open: IpFamily[] = []
  if (cidrsCoverWorld(all.flatMap((r) => r.ipv4Ranges), 'ipv4')) open.push('ipv4')
  if (cidrsCoverWorld(all.flatMap((r) => r.ipv6Ranges), 'ipv6')) open.push('ipv6')
  return open
}

/**
 * Looks a subnet up by id. Live and IaC sources key subnets by their `subnet-…` id; the ARN
 * form is tolerated. Pure: reads only the inventory view.
 */
export function findSubnet(inventory: InventoryView, subnetId: string, region: string): Subnet | undefined {
  return inventory.get('ec2.subnet', subnetId) ?? inventory.list('ec2.subnet', { region }).find((s) => s.arn?.endsWith(`/${subnetId}`))
}

/** Looks a security group up by id or by its `sg-…` group id. */
export function findSecurityGroup(inventory: InventoryView, groupId: string, region: string): SecurityGroup | undefined {
  return inventory.get('ec2.security-group', groupId) ?? inventory.list('ec2.security-group', { region }).find((g) => g.groupId === groupId)
}
