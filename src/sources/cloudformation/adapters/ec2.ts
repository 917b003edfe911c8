/**
 * EC2 networking → `ec2.*`. Security groups get the rules of their separate ingress/egress
 * resources and, when the SecurityGroupEgress property is absent, the allow-all egress rule
 * EC2 creates for every new VPC security group. Route tables get their routes and subnet
 * associations; a VPC of the template also gets the main route table AWS creates with it.
 */
import type { Route, SecurityGroupRule } from '../../../model/ec2.js'
import type { Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asNumber, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', '-1': '-1', all: '-1' }

/** A rule from resolved CloudFormation properties (an inline rule or a stand-alone rule resource). */
function rule(props: Record<string, unknown>, direction: 'ingress' | 'egress', mark: (field: string, reason: string) => void): SecurityGroupRule {
  const str = (k: string): string | undefined => {
    const v = props[k]
    if (v === undefined) return undefined
    if (isUnresolved(v)) {
      mark(k, v.reason)
      return PLACEHOLDER
    }
    return asString(v)
  }
  const rawProtocol = (str('IpProtocol') ?? '-1').toLowerCase()
  const protocol = PROTOCOL_NAMES[rawProtocol] ?? rawProtocol
  const r: SecurityGroupRule = { protocol, ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [] }
  // "All traffic" rules have no port range, as DescribeSecurityGroups shows them.
  if (protocol !== '-1') {
    const from = props.FromPort
    const to = props.ToPort
    if (isUnresolved(from)) mark('FromPort', from.reason)
    else if (from !== undefined) r.fromPort = asNumber(from) ?? 0
    if (isUnresolved(to)) mark('ToPort', to.reason)
    else if (to !== undefined) r.toPort = asNumber(to) ?? 0
  }
  const cidr = str('CidrIp')
  if (cidr) r.ipv4Ranges.push(cidr)
  const cidr6 = str('CidrIpv6')
  if (cidr6) r.ipv6Ranges.push(cidr6)
  const group = str(direction === 'ingress' ? 'SourceSecurityGroupId' : 'DestinationSecurityGroupId') ?? (direction === 'ingress' ? str('SourceSecurityGroupName') : undefined)
  if (group) r.securityGroupIds.push(group)
  const prefix = str(direction === 'ingress' ? 'SourcePrefixListId' : 'DestinationPrefixListId')
  if (prefix) r.prefixListIds.push(prefix)
  return r
}

export function adaptEc2(stack: Stack): void {
  adaptSecurityGroups(stack)
  adaptSubnets(stack)
  adaptVpcsAndRouteTables(stack)
  for (const res of stack.ofType('AWS::EC2::NatGateway')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const subnetId = f.str('subnetId', ['SubnetId']) ?? PLACEHOLDER
    const subnet = [...stack.ofType('AWS::EC2::Subnet')].find((s) => String(stack.ref(s)) === subnetId)
    const vpcId = subnet ? asString(stack.props(subnet).VpcId) : undefined
    if (!vpcId) f.mark('vpcId', `the VPC of subnet ${subnetId} is not in this template`)
    stack.emit('ec2.nat-gateway', f.finish({ ...f.base(id, id), vpcId: vpcId ?? PLACEHOLDER, subnetId, state: 'available' }), res)
  }
}

function adaptSecurityGroups(stack: Stack): void {
  const ingressResources = stack.ofType('AWS::EC2::SecurityGroupIngress')
  const egressResources = stack.ofType('AWS::EC2::SecurityGroupEgress')
  for (const res of stack.ofType('AWS::EC2::SecurityGroup')) {
    const f = stack.fields(res)
    const groupId = String(stack.ref(res))
    const joined: TemplateResource[] = []
    const collect = (direction: 'ingress' | 'egress', prop: string, separate: TemplateResource[]): SecurityGroupRule[] => {
      const rules: SecurityGroupRule[] = []
      const inline = f.get([prop])
      if (isUnresolved(inline)) f.mark(direction, inline.reason)
      else if (Array.isArray(inline))
        inline.forEach((r, i) => {
          const index = rules.length
          f.locate(`${direction}.${index}`, [prop, i])
          if (isUnresolved(r)) f.mark(`${direction}.${index}`, r.reason)
          else if (isRecord(r)) rules.push(rule(r, direction, (k, why) => f.mark(`${direction}.${index}`, `${k}: ${why}`)))
        })
      for (const s of separate) {
        const p = stack.props(s)
        if (isUnresolved(p.GroupId)) {
          f.mark(direction, `${s.logicalId}: GroupId ${p.GroupId.reason}`)
          continue
        }
        if (String(p.GroupId ?? '') !== groupId && String(p.GroupName ?? '') !== groupId) continue
        const index = rules.length
        f.locateResource(`${direction}.${index}`, s)
        rules.push(rule(p, direction, (k, why) => f.mark(`${direction}.${index}`, `${k}: ${why}`)))
        joined.push(s)
      }
      return rules
    }
    const ingress = collect('ingress', 'SecurityGroupIngress', ingressResources)
    const hasEgressProperty = f.get(['SecurityGroupEgress']) !== undefined
    const egress = collect('egress', 'SecurityGroupEgress', egressResources)
    // EC2 gives every new VPC security group an allow-all egress rule; CloudFormation removes
    // it only when the SecurityGroupEgress property lists rules (separate egress resources
    // add to it, they do not replace it).
    if (!hasEgressProperty) egress.unshift({ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [] })
    const sg = {
      ...f.base(groupId, f.str('name', ['GroupName']) ?? groupId),
      groupId,
      ingress,
      egress,
    }
    const vpcId = f.str('vpcId', ['VpcId'])
    const description = f.str('description', ['GroupDescription'])
    stack.emit('ec2.security-group', f.finish({ ...sg, ...(vpcId ? { vpcId } : {}), ...(description ? { description } : {}) }), res, joined)
  }
}

function adaptSubnets(stack: Stack): void {
  for (const res of stack.ofType('AWS::EC2::Subnet')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    let az = f.str('availabilityZone', ['AvailabilityZone']) ?? f.str('availabilityZone', ['AvailabilityZoneId'])
    if (az === undefined) {
      // Without a zone EC2 picks one at creation time.
      f.mark('availabilityZone', 'no AvailabilityZone: EC2 chooses one when the subnet is created')
      az = PLACEHOLDER
    }
    const cidr = f.str('cidrBlock', ['CidrBlock'])
    stack.emit(
      'ec2.subnet',
      f.finish({
        ...f.base(id, id),
        vpcId: f.str('vpcId', ['VpcId']) ?? PLACEHOLDER,
        availabilityZone: az,
        ...(cidr ? { cidrBlock: cidr } : {}),
        mapPublicIpOnLaunch: f.bool('mapPublicIpOnLaunch', ['MapPublicIpOnLaunch']) ?? false,
      }),
      res,
    )
  }
}

const ROUTE_TARGETS: [string, keyof Route][] = [
  ['GatewayId', 'gatewayId'],
  ['NatGatewayId', 'natGatewayId'],
  ['TransitGatewayId', 'transitGatewayId'],
  ['VpcPeeringConnectionId', 'vpcPeeringConnectionId'],
  ['VpcEndpointId', 'vpcEndpointId'],
  ['NetworkInterfaceId', 'networkInterfaceId'],
  ['InstanceId', 'instanceId'],
  ['EgressOnlyInternetGatewayId', 'egressOnlyInternetGatewayId'],
]

function adaptVpcsAndRouteTables(stack: Stack): void {
  const vpcCidr = new Map<string, string>()
  for (const res of stack.ofType('AWS::EC2::VPC')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const cidr = f.str('cidrBlock', ['CidrBlock'])
    if (cidr && cidr !== PLACEHOLDER) vpcCidr.set(id, cidr)
    stack.emit('ec2.vpc', f.finish({ ...f.base(id, id), ...(cidr ? { cidrBlock: cidr } : {}), isDefault: false }), res)
    // The main route table AWS creates with the VPC holds only the local route; subnets with
    // no explicit association use it.
    const main = stack.fields(res)
    const mainId = `rtb-${stack.template.stackName}-${res.logicalId}-main`
    stack.emit(
      'ec2.route-table',
      { ...main.base(mainId, mainId), vpcId: id, main: true, subnetIds: [], routes: cidr && cidr !== PLACEHOLDER ? [{ destination: cidr, gatewayId: 'local' }] : [] },
      res,
    )
  }
  const associations = stack.ofType('AWS::EC2::SubnetRouteTableAssociation')
  const routes = stack.ofType('AWS::EC2::Route')
  for (const res of stack.ofType('AWS::EC2::RouteTable')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const vpcId = f.str('vpcId', ['VpcId']) ?? PLACEHOLDER
    const joined: TemplateResource[] = []
    const subnetIds: string[] = []
    for (const a of associations) {
      const p = stack.props(a)
      if (isUnresolved(p.RouteTableId)) {
        f.mark('subnetIds', `${a.logicalId}: RouteTableId ${p.RouteTableId.reason}`)
        continue
      }
      if (String(p.RouteTableId) !== id) continue
      joined.push(a)
      if (isUnresolved(p.SubnetId)) f.mark('subnetIds', `${a.logicalId}: SubnetId ${p.SubnetId.reason}`)
      else subnetIds.push(String(p.SubnetId))
    }
    const table: Route[] = []
    const cidr = vpcCidr.get(vpcId)
    if (cidr) table.push({ destination: cidr, gatewayId: 'local' })
    for (const r of routes) {
      const p = stack.props(r)
      if (isUnresolved(p.RouteTableId)) {
        f.mark('routes', `${r.logicalId}: RouteTableId ${p.RouteTableId.reason}`)
        continue
      }
      if (String(p.RouteTableId) !== id) continue
      joined.push(r)
      const index = table.length
      f.locateResource(`routes.${index}`, r)
      const dest = p.DestinationCidrBlock ?? p.DestinationIpv6CidrBlock ?? p.DestinationPrefixListId
      const route: Route = { destination: isUnresolved(dest) ? (f.mark(`routes.${index}.destination`, dest.reason), PLACEHOLDER) : String(dest ?? '') }
      for (const [prop, key] of ROUTE_TARGETS) {
        const v = p[prop]
        if (v === undefined) continue
        if (isUnresolved(v)) f.mark(`routes.${index}.${key}`, v.reason)
        ;(route as unknown as Record<string, string>)[key] = isUnresolved(v) ? PLACEHOLDER : String(v)
      }
      table.push(route)
    }
    stack.emit('ec2.route-table', f.finish({ ...f.base(id, id), vpcId, main: false, subnetIds, routes: table }), res, joined)
  }
}
