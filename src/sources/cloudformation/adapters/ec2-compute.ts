/**
 * EC2 instances and volumes, network ACLs (with their entries and subnet associations), flow
 * logs, transit gateways, VPC peering connections and VPC endpoints → `ec2.*`.
 *
 * AWS behaviour applied for what a template leaves out:
 * - an instance's public IPv4 address: the first interface's AssociatePublicIpAddress, else the
 *   subnet's MapPublicIpOnLaunch (unknown when the subnet is not in the template); an instance
 *   with no subnet at all lands in a default subnet, which assigns one; an AWS::EC2::EIP or
 *   EIPAssociation naming the instance gives it one;
 * - MetadataOptions.HttpTokens absent: the AMI (ImdsSupport v2.0) or the account's instance
 *   metadata defaults decide, which the template cannot tell — unresolved;
 * - a volume without Encrypted is encrypted only if EBS encryption by default is on — unresolved;
 * - every network ACL ends with the `*` entries (rule 32767) that deny everything else;
 * - a transit gateway accepts shared attachments automatically only when told to;
 * - an instance has one (primary) interface unless NetworkInterfaces lists more or an
 *   AWS::EC2::NetworkInterfaceAttachment adds one; a network interface checks source and
 *   destination unless SourceDestCheck is false.
 */
import type { Instance, NetworkAclEntry, PeeringSide } from '../../../model/ec2.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

const CATCH_ALL: NetworkAclEntry[] = [
  { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0', ipv6Cidr: '::/0' },
  { ruleNumber: 32767, egress: true, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0', ipv6Cidr: '::/0' },
]

export function adaptEc2Compute(stack: Stack): void {
  adaptInstances(stack)
  adaptVolumes(stack)
  adaptNetworkAcls(stack)
  for (const res of stack.ofType('AWS::EC2::FlowLog')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    stack.emit(
      'ec2.flow-log',
      f.finish({ ...f.base(id, id), resourceId: f.str('resourceId', ['ResourceId']) ?? PLACEHOLDER, trafficType: f.str('trafficType', ['TrafficType']) ?? 'ALL', status: 'ACTIVE', ...(f.str('destinationType', ['LogDestinationType']) ? { destinationType: f.str('destinationType', ['LogDestinationType'])! } : {}) }),
      res,
    )
  }
  for (const res of stack.ofType('AWS::EC2::TransitGateway')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    stack.emit('ec2.transit-gateway', f.finish({ ...f.base(id, id), transitGatewayId: id, state: 'available', autoAcceptSharedAttachments: (f.str('autoAcceptSharedAttachments', ['AutoAcceptSharedAttachments']) ?? 'disable') === 'enable' }), res)
  }
  adaptPeering(stack)
  // Standalone network interfaces (an instance's own primary interface is not a template resource).
  for (const res of stack.ofType('AWS::EC2::NetworkInterface')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const subnetId = f.str('subnetId', ['SubnetId'])
    stack.emit(
      'ec2.network-interface',
      f.finish({
        ...f.base(id, id),
        interfaceType: f.str('interfaceType', ['InterfaceType']) ?? 'interface',
        status: 'available',
        securityGroupIds: f.strList('securityGroupIds', ['GroupSet']) ?? [],
        ...(subnetId ? { subnetId } : {}),
        // EC2 turns source/destination checking on unless told otherwise.
        sourceDestCheck: f.bool('sourceDestCheck', ['SourceDestCheck']) ?? true,
      }),
      res,
    )
  }
  for (const res of stack.ofType('AWS::EC2::VPCEndpoint')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const type = f.str('endpointType', ['VpcEndpointType']) ?? 'Gateway'
    stack.emit(
      'ec2.vpc-endpoint',
      f.finish({
        ...f.base(id, id),
        vpcId: f.str('vpcId', ['VpcId']) ?? PLACEHOLDER,
        serviceName: f.str('serviceName', ['ServiceName']) ?? PLACEHOLDER,
        endpointType: type,
        state: 'available',
        subnetIds: f.strList('subnetIds', ['SubnetIds']) ?? [],
        routeTableIds: f.strList('routeTableIds', ['RouteTableIds']) ?? [],
        // Interface endpoints get private DNS unless it is turned off.
        ...(type === 'Interface' ? { privateDnsEnabled: f.bool('privateDnsEnabled', ['PrivateDnsEnabled']) ?? true } : {}),
      }),
      res,
    )
  }
}

/**
 * The interfaces an instance starts with: its NetworkInterfaces entries (an instance without any
 * gets one primary interface), plus each AWS::EC2::NetworkInterfaceAttachment that names it. An
 * attachment whose instance the template cannot resolve may be this instance's: unresolved.
 */
function interfaceCount(stack: Stack, f: Fields, id: string, joined: TemplateResource[]): number {
  const listed = f.get(['NetworkInterfaces'])
  let count = 1
  if (isUnresolved(listed)) f.mark('networkInterfaceCount', listed.reason)
  else if (Array.isArray(listed) && listed.length > 0) count = listed.length
  for (const a of stack.ofType('AWS::EC2::NetworkInterfaceAttachment')) {
    const target = stack.props(a).InstanceId
    if (isUnresolved(target)) f.mark('networkInterfaceCount', `${a.logicalId}: InstanceId ${target.reason}`)
    else if (String(target ?? '') === id) {
      count++
      joined.push(a)
      f.locateResource('networkInterfaceCount', a)
    }
  }
  return count
}

function adaptInstances(stack: Stack): void {
  const eips = [...stack.ofType('AWS::EC2::EIP'), ...stack.ofType('AWS::EC2::EIPAssociation')]
  const subnets = stack.ofType('AWS::EC2::Subnet')
  for (const res of stack.ofType('AWS::EC2::Instance')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const nic = f.get(['NetworkInterfaces', 0])
    const subnetId = f.str('subnetId', ['SubnetId']) ?? (isRecord(nic) ? f.str('subnetId', ['NetworkInterfaces', 0, 'SubnetId']) : undefined)
    const associate = isRecord(nic) ? f.bool('publicIp', ['NetworkInterfaces', 0, 'AssociatePublicIpAddress']) : undefined
    let publicIp: string | undefined
    const joined: TemplateResource[] = []
    const eip = eips.find((e) => String(stack.props(e).InstanceId ?? '') === id)
    if (eip) {
      publicIp = 'Elastic IP'
      joined.push(eip)
      f.locateResource('publicIp', eip)
    } else if (associate !== undefined) publicIp = associate ? 'assigned at launch' : undefined
    else if (subnetId === undefined) publicIp = 'assigned at launch (default subnet)'
    else {
      const subnet = subnets.find((s) => String(stack.ref(s)) === subnetId)
      const map = subnet ? stack.props(subnet).MapPublicIpOnLaunch : undefined
      if (!subnet) f.mark('publicIp', `subnet ${subnetId} is not in this template: its MapPublicIpOnLaunch decides`)
      else if (isUnresolved(map)) f.mark('publicIp', map.reason)
      else if (map === true || map === 'true') publicIp = 'assigned at launch (subnet auto-assign)'
    }
    const groups = [...(f.strList('securityGroupIds', ['SecurityGroupIds']) ?? []), ...(f.strList('securityGroupIds', ['SecurityGroups']) ?? []), ...(isRecord(nic) ? (f.strList('securityGroupIds', ['NetworkInterfaces', 0, 'GroupSet']) ?? []) : [])]
    const tokens = f.str('metadataOptions.httpTokens', ['MetadataOptions', 'HttpTokens'])
    if (tokens === undefined) f.mark('metadataOptions.httpTokens', 'MetadataOptions.HttpTokens is not set: the AMI (ImdsSupport) or the account\'s instance metadata defaults decide')
    const endpoint = f.str('metadataOptions.httpEndpoint', ['MetadataOptions', 'HttpEndpoint'])
    const profile = f.str('instanceProfileArn', ['IamInstanceProfile'])
    const instance: Instance = {
      ...f.base(id, id),
      instanceId: id,
      state: 'running',
      ...(subnetId ? { subnetId } : {}),
      ...(publicIp ? { publicIp } : {}),
      securityGroupIds: groups,
      instanceProfileArn: profile ?? null,
      metadataOptions: { httpEndpoint: endpoint === 'disabled' ? 'disabled' : 'enabled', httpTokens: tokens === 'required' ? 'required' : 'optional' },
    }
    const image = f.str('imageId', ['ImageId'])
    if (image) instance.imageId = image
    instance.networkInterfaceCount = interfaceCount(stack, f, id, joined)
    stack.emit('ec2.instance', f.finish(instance), res, joined)
  }
}

function adaptVolumes(stack: Stack): void {
  for (const res of stack.ofType('AWS::EC2::Volume')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const encrypted = f.bool('encrypted', ['Encrypted'])
    if (encrypted === undefined) f.mark('encrypted', 'Encrypted is not set: the volume is encrypted only if EBS encryption by default is on in the region')
    const kms = f.str('kmsKeyId', ['KmsKeyId'])
    stack.emit('ec2.volume', f.finish({ ...f.base(id, id), volumeId: id, encrypted: encrypted ?? false, ...(kms ? { kmsKeyId: kms } : {}), state: 'available', attachedInstanceIds: [] }), res)
  }
}

function adaptNetworkAcls(stack: Stack): void {
  const entries = stack.ofType('AWS::EC2::NetworkAclEntry')
  const associations = stack.ofType('AWS::EC2::SubnetNetworkAclAssociation')
  for (const res of stack.ofType('AWS::EC2::NetworkAcl')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const joined: TemplateResource[] = []
    const list: NetworkAclEntry[] = []
    for (const e of entries) {
      const p = stack.props(e)
      if (isUnresolved(p.NetworkAclId)) {
        f.mark('entries', `${e.logicalId}: NetworkAclId ${p.NetworkAclId.reason}`)
        continue
      }
      if (String(p.NetworkAclId) !== id) continue
      joined.push(e)
      const unresolved = Object.entries(p).find(([, v]) => isUnresolved(v) || (isRecord(v) && Object.values(v).some(isUnresolved)))
      if (unresolved) f.mark('entries', `${e.logicalId}: ${unresolved[0]} is not resolved`)
      const range = isRecord(p.PortRange) ? p.PortRange : undefined
      list.push({
        ruleNumber: Number(p.RuleNumber ?? 0),
        egress: p.Egress === true || p.Egress === 'true',
        action: String(p.RuleAction ?? 'deny').toLowerCase() === 'allow' ? 'allow' : 'deny',
        protocol: String(p.Protocol ?? '-1'),
        ...(asString(p.CidrBlock) ? { cidr: asString(p.CidrBlock)! } : {}),
        ...(asString(p.Ipv6CidrBlock) ? { ipv6Cidr: asString(p.Ipv6CidrBlock)! } : {}),
        ...(range && range.From !== undefined && range.To !== undefined ? { portRange: { from: Number(range.From), to: Number(range.To) } } : {}),
      })
    }
    if (joined.length) f.locateResource('entries', joined[0]!)
    const subnetIds: string[] = []
    let maybeMine: string | undefined
    for (const a of associations) {
      const p = stack.props(a)
      // An association whose ACL the template cannot name may be this ACL's: an ACL with no
      // other association then may or may not be in use (EC2.16 cannot tell).
      if (isUnresolved(p.NetworkAclId)) {
        maybeMine ??= `${a.logicalId}: NetworkAclId ${p.NetworkAclId.reason}`
        continue
      }
      if (String(p.NetworkAclId ?? '') !== id) continue
      joined.push(a)
      if (!isUnresolved(p.SubnetId)) subnetIds.push(String(p.SubnetId))
    }
    if (maybeMine && !subnetIds.length) f.mark('subnetIds', maybeMine)
    stack.emit('ec2.network-acl', f.finish({ ...f.base(id, id), vpcId: f.str('vpcId', ['VpcId']) ?? PLACEHOLDER, isDefault: false, subnetIds, entries: [...list, ...CATCH_ALL] }), res, joined)
  }
}

function adaptPeering(stack: Stack): void {
  const vpcs = stack.ofType('AWS::EC2::VPC')
  for (const res of stack.ofType('AWS::EC2::VPCPeeringConnection')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const side = (vpcPath: string, field: 'requester' | 'accepter', account?: string, region?: string): PeeringSide => {
      const vpcId = f.str(`${field}.vpcId`, [vpcPath]) ?? PLACEHOLDER
      const vpc = vpcs.find((v) => String(stack.ref(v)) === vpcId)
      const cidr = vpc ? asString(stack.props(vpc).CidrBlock) : undefined
      if (!cidr) f.mark(`${field}.cidrBlocks`, `the CIDR block of VPC ${vpcId} is not in this template`)
      return { vpcId, ...(account ? { accountId: account } : {}), ...(region ? { region } : {}), cidrBlocks: cidr ? [cidr] : [] }
    }
    const requester = side('VpcId', 'requester', stack.options.accountId, stack.region)
    const accepter = side('PeerVpcId', 'accepter', f.str('accepter.accountId', ['PeerOwnerId']) ?? stack.options.accountId, f.str('accepter.region', ['PeerRegion']) ?? stack.region)
    stack.emit('ec2.vpc-peering-connection', f.finish({ ...f.base(id, id), status: 'active', requester, accepter }), res)
  }
}
