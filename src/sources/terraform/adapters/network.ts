/**
 * aws_vpc, aws_subnet, aws_route_table (+ aws_route, aws_route_table_association,
 * aws_main_route_table_association, aws_default_route_table) and aws_nat_gateway → `ec2.*`.
 * Every VPC also gets the main route table AWS creates with it (the local route only);
 * subnets without an explicit association use it.
 */
import type { Route, RouteTable } from '../../../model/ec2.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const TARGETS: [string, keyof Route][] = [
  ['gateway_id', 'gatewayId'],
  ['nat_gateway_id', 'natGatewayId'],
  ['transit_gateway_id', 'transitGatewayId'],
  ['vpc_peering_connection_id', 'vpcPeeringConnectionId'],
  ['vpc_endpoint_id', 'vpcEndpointId'],
  ['network_interface_id', 'networkInterfaceId'],
  ['instance_id', 'instanceId'],
  ['egress_only_gateway_id', 'egressOnlyInternetGatewayId'],
]

/** A route from an inline `route` block (cidr_block …) or an aws_route (destination_cidr_block …). */
function route(v: Record<string, Value>, mark: (path: string, reason: string) => void, separate: boolean): Route | undefined {
  const dest = separate ? (v.destination_cidr_block ?? v.destination_ipv6_cidr_block ?? v.destination_prefix_list_id) : (v.cidr_block ?? v.ipv6_cidr_block ?? v.destination_prefix_list_id)
  const pick = (x: Value | undefined) => (x === null || x === '' ? undefined : x)
  const destination = pick(dest) ?? pick(separate ? undefined : v.destination_cidr_block)
  if (destination === undefined) return undefined
  const r: Route = { destination: destination instanceof Unknown ? (mark('destination', destination.reason), PLACEHOLDER) : String(destination) }
  for (const [from, to] of TARGETS) {
    const t = pick(v[from])
    if (t === undefined) continue
    const id = identity(t)
    if (id === undefined) mark(to, t instanceof Unknown ? t.reason : 'not an id')
    ;(r as unknown as Record<string, string>)[to] = id ?? PLACEHOLDER
  }
  return r
}

export function adaptNetwork(ctx: AdapterContext): void {
  const vpcCidr = new Map<string, string>()
  const tables: { table: RouteTable; f: Fields; inst: TfInstance; joined: TfInstance[] }[] = []

  for (const inst of ctx.byType('aws_vpc')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const cidr = f.str('cidrBlock', 'cidr_block')
    if (cidr && cidr !== PLACEHOLDER) vpcCidr.set(id, cidr)
    ctx.emit('ec2.vpc', f.finish({ ...f.base(id, id), ...(cidr ? { cidrBlock: cidr } : {}), isDefault: false }), inst)
    const mainId = identity(inst.computed('default_route_table_id')) ?? `rtb-${inst.placeholderId}-main`
    const main = new Fields(ctx, inst)
    tables.push({ table: { ...main.base(mainId, mainId), vpcId: id, main: true, subnetIds: [], routes: cidr && cidr !== PLACEHOLDER ? [{ destination: cidr, gatewayId: 'local' }] : [] }, f: main, inst, joined: [] })
  }

  for (const inst of ctx.byType('aws_subnet')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    let az = f.str('availabilityZone', 'availability_zone') ?? f.str('availabilityZone', 'availability_zone_id')
    if (az === undefined) {
      // Without a zone EC2 picks one when the subnet is created.
      f.mark('availabilityZone', 'no availability_zone: EC2 chooses one when the subnet is created')
      az = PLACEHOLDER
    }
    const cidr = f.str('cidrBlock', 'cidr_block')
    ctx.emit('ec2.subnet', f.finish({ ...f.base(id, id), vpcId: f.id('vpcId', 'vpc_id') ?? PLACEHOLDER, availabilityZone: az, ...(cidr ? { cidrBlock: cidr } : {}), mapPublicIpOnLaunch: f.bool('mapPublicIpOnLaunch', 'map_public_ip_on_launch') ?? false }), inst)
  }

  for (const inst of ctx.byType('aws_route_table')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const vpcId = f.id('vpcId', 'vpc_id') ?? PLACEHOLDER
    const routes: Route[] = []
    const cidr = vpcCidr.get(vpcId)
    if (cidr) routes.push({ destination: cidr, gatewayId: 'local' })
    const inline = f.get('route')
    if (inline instanceof Unknown) f.mark('routes', inline.reason)
    blocksOf(inline).forEach((b, i) => {
      const index = routes.length
      const r = route(b, (k, why) => f.mark(`routes.${index}.${k}`, why), false)
      if (!r || (r.gatewayId === 'local' && routes.some((x) => x.gatewayId === 'local'))) return
      f.locate(`routes.${index}`, `route.${i}`)
      routes.push(r)
    })
    tables.push({ table: { ...f.base(id, id), vpcId, main: false, subnetIds: [], routes }, f, inst, joined: [] })
  }

  // The main table of a VPC that the configuration manages with aws_default_route_table.
  for (const inst of ctx.byType('aws_default_route_table')) {
    const target = identity(inst.values.default_route_table_id)
    const t = tables.find((x) => x.table.main && x.table.id === target)
    if (!t) continue
    t.joined.push(inst)
    blocksOf(inst.values.route).forEach((b, i) => {
      const index = t.table.routes.length
      const r = route(b, (k, why) => t.f.mark(`routes.${index}.${k}`, why), false)
      if (!r) return
      t.f.locate(`routes.${index}`, `route.${i}`, inst)
      t.table.routes.push(r)
    })
  }

  const tableFor = (value: Value | undefined, what: string, path: string): (typeof tables)[number] | undefined => {
    const id = identity(value)
    if (id === undefined) {
      for (const t of tables) t.f.mark(path, `${what}: route_table_id ${value instanceof Unknown ? value.reason : 'is not set'}`)
      return undefined
    }
    return tables.find((t) => t.table.id === id)
  }
  for (const r of ctx.byType('aws_route')) {
    const t = tableFor(r.values.route_table_id, r.address, 'routes')
    if (!t) continue
    const index = t.table.routes.length
    const built = route(r.values, (k, why) => t.f.mark(`routes.${index}.${k}`, why), true)
    if (!built) continue
    t.f.locateResource(`routes.${index}`, r)
    if (r.existence) t.f.mark(`routes.${index}`, `${r.address} exists only if ${r.existence} allows it`)
    t.table.routes.push(built)
    t.joined.push(r)
  }
  for (const a of ctx.byType('aws_route_table_association')) {
    if (a.values.gateway_id !== undefined && a.values.gateway_id !== null && a.values.subnet_id == null) continue
    const t = tableFor(a.values.route_table_id, a.address, 'subnetIds')
    if (!t) continue
    const subnet = a.values.subnet_id
    const id = identity(subnet)
    if (id === undefined) t.f.mark('subnetIds', `${a.address}: subnet_id ${subnet instanceof Unknown ? subnet.reason : 'is not set'}`)
    else t.table.subnetIds.push(id)
    t.joined.push(a)
  }
  for (const a of ctx.byType('aws_main_route_table_association')) {
    const t = tableFor(a.values.route_table_id, a.address, 'main')
    if (!t) continue
    // The VPC's original main table stops being the main one.
    for (const other of tables) if (other.table.main && other.table.vpcId === t.table.vpcId) other.table.main = false
    t.table.main = true
    t.joined.push(a)
  }
  for (const t of tables) ctx.emit('ec2.route-table', t.f.finish({ ...t.table }), t.inst, t.joined)

  for (const inst of ctx.byType('aws_nat_gateway')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const subnetId = f.id('subnetId', 'subnet_id') ?? PLACEHOLDER
    const subnet = ctx.byType('aws_subnet').find((s) => identity(s.computed('id')) === subnetId)
    const vpcId = subnet ? identity(subnet.values.vpc_id) : undefined
    if (!vpcId) f.mark('vpcId', `the VPC of subnet ${subnetId} is not in this configuration`)
    ctx.emit('ec2.nat-gateway', f.finish({ ...f.base(id, id), vpcId: vpcId ?? PLACEHOLDER, subnetId, state: 'available' }), inst)
  }
}
