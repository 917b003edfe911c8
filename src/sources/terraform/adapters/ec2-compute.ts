/**
 * aws_instance (+ aws_network_interface_attachment), aws_network_interface, aws_ebs_volume, aws_network_acl (+ aws_network_acl_rule,
 * aws_network_acl_association), aws_flow_log, aws_ec2_transit_gateway,
 * aws_vpc_peering_connection, aws_vpc_endpoint, aws_ebs_encryption_by_default, aws_ec2_serial_console_access and
 * aws_default_security_group → `ec2.*`.
 *
 * Defaults as in the CloudFormation adapter: an instance without associate_public_ip_address
 * follows its subnet's map_public_ip_on_launch (unknown when the subnet is not in the
 * configuration); metadata_options.http_tokens absent and aws_ebs_volume without `encrypted`
 * depend on AMI or account defaults — unresolved; every network ACL ends with the catch-all
 * deny entries. aws_default_security_group is the VPC's `default` group: Terraform removes every
 * rule it does not declare. aws_ebs_encryption_by_default and aws_ec2_serial_console_access
 * default to `enabled = true`.
 */
import type { Instance, NetworkAclEntry, PeeringSide, SecurityGroupRule } from '../../../model/ec2.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const CATCH_ALL: NetworkAclEntry[] = [
  { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0', ipv6Cidr: '::/0' },
  { ruleNumber: 32767, egress: true, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0', ipv6Cidr: '::/0' },
]

const PROTOCOL_NUMBERS: Record<string, string> = { tcp: '6', udp: '17', icmp: '1', all: '-1', '-1': '-1' }

/** Per-region account settings: one resource per declaration, named after the region. */
function settingsBase(f: Fields, ctx: AdapterContext, title: string) {
  return f.base(f.inst.id, `${title} in ${ctx.options.region}`)
}

export function adaptEc2Compute(ctx: AdapterContext): void {
  adaptInstances(ctx)
  for (const inst of ctx.byType('aws_ebs_volume')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const encrypted = f.bool('encrypted', 'encrypted')
    if (encrypted === undefined) f.mark('encrypted', '`encrypted` is not set: the volume is encrypted only if EBS encryption by default is on in the region')
    const kms = f.id('kmsKeyId', 'kms_key_id')
    ctx.emit('ec2.volume', f.finish({ ...f.base(id, id), volumeId: id, encrypted: encrypted ?? false, ...(kms ? { kmsKeyId: kms } : {}), state: 'available', attachedInstanceIds: [] }), inst)
  }
  adaptNetworkAcls(ctx)
  for (const inst of ctx.byType('aws_flow_log')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const resourceId = f.id('resourceId', 'vpc_id') ?? f.id('resourceId', 'subnet_id') ?? f.id('resourceId', 'eni_id') ?? f.id('resourceId', 'transit_gateway_id') ?? PLACEHOLDER
    ctx.emit('ec2.flow-log', f.finish({ ...f.base(id, id), resourceId, trafficType: f.str('trafficType', 'traffic_type') ?? 'ALL', status: 'ACTIVE', destinationType: f.str('destinationType', 'log_destination_type') ?? 'cloud-watch-logs' }), inst)
  }
  for (const inst of ctx.byType('aws_ec2_transit_gateway')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const auto = f.str('autoAcceptSharedAttachments', 'auto_accept_shared_attachments') ?? 'disable'
    ctx.emit('ec2.transit-gateway', f.finish({ ...f.base(id, id), transitGatewayId: id, state: 'available', autoAcceptSharedAttachments: auto === 'enable' }), inst)
  }
  adaptPeering(ctx)
  // Standalone network interfaces (an instance's own primary interface is not a resource here).
  for (const inst of ctx.byType('aws_network_interface')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const subnetId = f.id('subnetId', 'subnet_id')
    ctx.emit(
      'ec2.network-interface',
      f.finish({
        ...f.base(id, id),
        interfaceType: f.str('interfaceType', 'interface_type') ?? 'interface',
        status: blocksOf(f.get('attachment')).length ? 'in-use' : 'available',
        securityGroupIds: f.strList('securityGroupIds', 'security_groups') ?? [],
        ...(subnetId ? { subnetId } : {}),
        // The provider's default, as EC2's: source/destination checking on.
        sourceDestCheck: f.bool('sourceDestCheck', 'source_dest_check') ?? true,
      }),
      inst,
    )
  }
  for (const inst of ctx.byType('aws_ebs_encryption_by_default')) {
    const f = new Fields(ctx, inst)
    ctx.emit('ec2.ebs-default-encryption', f.finish({ ...settingsBase(f, ctx, 'EBS encryption by default'), enabled: f.bool('enabled', 'enabled') ?? true }), inst)
  }
  for (const inst of ctx.byType('aws_ec2_serial_console_access')) {
    const f = new Fields(ctx, inst)
    ctx.emit('ec2.serial-console-access', f.finish({ ...settingsBase(f, ctx, 'EC2 serial console access'), enabled: f.bool('enabled', 'enabled') ?? true }), inst)
  }
  adaptDefaultSecurityGroups(ctx)
  for (const inst of ctx.byType('aws_vpc_endpoint')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const type = f.str('endpointType', 'vpc_endpoint_type') ?? 'Gateway'
    ctx.emit(
      'ec2.vpc-endpoint',
      f.finish({
        ...f.base(id, id),
        vpcId: f.id('vpcId', 'vpc_id') ?? PLACEHOLDER,
        serviceName: f.str('serviceName', 'service_name') ?? PLACEHOLDER,
        endpointType: type,
        state: 'available',
        subnetIds: f.strList('subnetIds', 'subnet_ids') ?? [],
        routeTableIds: f.strList('routeTableIds', 'route_table_ids') ?? [],
        ...(type === 'Interface' ? { privateDnsEnabled: f.bool('privateDnsEnabled', 'private_dns_enabled') ?? false } : {}),
      }),
      inst,
    )
  }
}

/**
 * The interfaces an instance starts with: its network_interface blocks (none: one primary
 * interface), plus each aws_network_interface_attachment, and each aws_network_interface
 * `attachment` block, that names it. One whose instance is not known may be this instance's:
 * unresolved.
 */
function interfaceCount(ctx: AdapterContext, f: Fields, id: string, joined: TfInstance[]): number {
  const blocks = f.get('network_interface')
  let count = 1
  if (blocks instanceof Unknown) f.mark('networkInterfaceCount', blocks.reason)
  else if (blocksOf(blocks).length > 0) count = blocksOf(blocks).length
  const attachedTo = [
    ...ctx.byType('aws_network_interface_attachment').map((a) => ({ inst: a, target: a.values.instance_id })),
    ...ctx.byType('aws_network_interface').flatMap((n) => blocksOf(n.values.attachment).map((b) => ({ inst: n, target: b.instance }))),
  ]
  for (const { inst, target } of attachedTo) {
    const to = identity(target)
    // A variable without a value is an Unknown with a symbol: it may name this instance.
    if (to === undefined || (target instanceof Unknown && to !== id)) f.mark('networkInterfaceCount', `${inst.address}: the instance it attaches to is not known`)
    else if (to === id) {
      count++
      joined.push(inst)
      f.locateResource('networkInterfaceCount', inst)
    }
  }
  return count
}

function adaptInstances(ctx: AdapterContext): void {
  const subnets = ctx.byType('aws_subnet')
  const eips = [...ctx.byType('aws_eip'), ...ctx.byType('aws_eip_association')]
  for (const inst of ctx.byType('aws_instance')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const subnetId = f.id('subnetId', 'subnet_id')
    const associate = f.bool('publicIp', 'associate_public_ip_address')
    const joined: TfInstance[] = []
    let publicIp: string | undefined
    const eip = eips.find((e) => identity(e.values.instance) === id || identity(e.values.instance_id) === id)
    if (eip) {
      publicIp = 'Elastic IP'
      joined.push(eip)
      f.locateResource('publicIp', eip)
    } else if (associate !== undefined) publicIp = associate ? 'assigned at launch' : undefined
    else if (subnetId === undefined) publicIp = 'assigned at launch (default subnet)'
    else {
      const subnet = subnets.find((s) => identity(s.computed('id')) === subnetId)
      const map = subnet?.values.map_public_ip_on_launch
      if (!subnet) f.mark('publicIp', `subnet ${subnetId} is not in this configuration: its map_public_ip_on_launch decides`)
      else if (map instanceof Unknown) f.mark('publicIp', map.reason)
      else if (map === true) publicIp = 'assigned at launch (subnet auto-assign)'
    }
    const tokens = f.str('metadataOptions.httpTokens', 'metadata_options.0.http_tokens')
    if (tokens === undefined) f.mark('metadataOptions.httpTokens', 'metadata_options.http_tokens is not set: the AMI (ImdsSupport) or the account\'s instance metadata defaults decide')
    const endpoint = f.str('metadataOptions.httpEndpoint', 'metadata_options.0.http_endpoint')
    const profile = f.id('instanceProfileArn', 'iam_instance_profile')
    const groups = [...(f.strList('securityGroupIds', 'vpc_security_group_ids') ?? []), ...(f.strList('securityGroupIds', 'security_groups') ?? [])]
    const ami = f.id('imageId', 'ami')
    const instance: Instance = {
      ...f.base(id, id),
      instanceId: id,
      state: 'running',
      ...(ami ? { imageId: ami } : {}),
      ...(subnetId ? { subnetId } : {}),
      ...(publicIp ? { publicIp } : {}),
      securityGroupIds: groups,
      instanceProfileArn: profile ?? null,
      metadataOptions: { httpEndpoint: endpoint === 'disabled' ? 'disabled' : 'enabled', httpTokens: tokens === 'required' ? 'required' : 'optional' },
      networkInterfaceCount: interfaceCount(ctx, f, id, joined),
    }
    ctx.emit('ec2.instance', f.finish(instance), inst, joined)
  }
}

function entry(b: Record<string, Value>, egress: boolean, ruleKey: string, mark: (reason: string) => void): NetworkAclEntry {
  for (const v of Object.values(b)) if (v instanceof Unknown) mark(v.reason)
  const protocol = String(b.protocol ?? '-1').toLowerCase()
  const from = Number(b.from_port ?? 0)
  const to = Number(b.to_port ?? 0)
  const number = PROTOCOL_NUMBERS[protocol] ?? protocol
  return {
    ruleNumber: Number(b[ruleKey] ?? 0),
    egress,
    action: String(b.action ?? b.rule_action ?? 'deny').toLowerCase() === 'allow' ? 'allow' : 'deny',
    protocol: number,
    ...(typeof b.cidr_block === 'string' && b.cidr_block ? { cidr: b.cidr_block } : {}),
    ...(typeof b.ipv6_cidr_block === 'string' && b.ipv6_cidr_block ? { ipv6Cidr: b.ipv6_cidr_block } : {}),
    // Terraform writes "all ports" of an all-protocol entry as 0-0.
    ...(number === '6' || number === '17' ? { portRange: { from, to } } : {}),
  }
}

function adaptNetworkAcls(ctx: AdapterContext): void {
  const rules = ctx.byType('aws_network_acl_rule')
  const associations = ctx.byType('aws_network_acl_association')
  for (const inst of ctx.byType('aws_network_acl')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const entries: NetworkAclEntry[] = []
    for (const direction of ['ingress', 'egress'] as const) {
      const inline = f.get(direction)
      if (inline instanceof Unknown) f.mark('entries', inline.reason)
      for (const b of blocksOf(inline)) entries.push(entry(b, direction === 'egress', 'rule_no', (why) => f.mark('entries', why)))
    }
    const joined: TfInstance[] = []
    for (const r of rules) {
      const target = identity(r.values.network_acl_id)
      if (target === undefined) {
        f.mark('entries', `${r.address}: network_acl_id is not known`)
        continue
      }
      if (target !== id) continue
      joined.push(r)
      f.locateResource('entries', r)
      entries.push(entry(r.values, r.values.egress === true, 'rule_number', (why) => f.mark('entries', `${r.address}: ${why}`)))
    }
    const subnetIds = [...(f.strList('subnetIds', 'subnet_ids') ?? [])]
    let maybeMine: string | undefined
    for (const a of associations) {
      const target = identity(a.values.network_acl_id)
      // An association whose ACL is not known (a variable without a value too) may be this ACL's:
      // an ACL with no other association then may or may not be in use (EC2.16 cannot tell).
      if (target === undefined || (a.values.network_acl_id instanceof Unknown && target !== id)) {
        maybeMine ??= `${a.address}: network_acl_id is not known`
        continue
      }
      if (target !== id) continue
      joined.push(a)
      const s = identity(a.values.subnet_id)
      if (s) subnetIds.push(s)
    }
    if (maybeMine && !subnetIds.length) f.mark('subnetIds', maybeMine)
    ctx.emit('ec2.network-acl', f.finish({ ...f.base(id, id), vpcId: f.id('vpcId', 'vpc_id') ?? PLACEHOLDER, isDefault: false, subnetIds, entries: [...entries, ...CATCH_ALL] }), inst, joined)
  }
}

function adaptPeering(ctx: AdapterContext): void {
  const vpcs = ctx.byType('aws_vpc')
  for (const inst of ctx.byType('aws_vpc_peering_connection')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const side = (attr: string, field: 'requester' | 'accepter', account: string | undefined, region: string | undefined): PeeringSide => {
      const vpcId = f.id(`${field}.vpcId`, attr) ?? PLACEHOLDER
      const vpc = vpcs.find((v) => identity(v.computed('id')) === vpcId)
      const cidr = vpc ? vpc.values.cidr_block : undefined
      if (typeof cidr !== 'string') f.mark(`${field}.cidrBlocks`, `the CIDR block of VPC ${vpcId} is not in this configuration`)
      return { vpcId, ...(account ? { accountId: account } : {}), ...(region ? { region } : {}), cidrBlocks: typeof cidr === 'string' ? [cidr] : [] }
    }
    const requester = side('vpc_id', 'requester', ctx.options.accountId, ctx.options.region)
    const accepter = side('peer_vpc_id', 'accepter', f.str('accepter.accountId', 'peer_owner_id') ?? ctx.options.accountId, f.str('accepter.region', 'peer_region') ?? ctx.options.region)
    ctx.emit('ec2.vpc-peering-connection', f.finish({ ...f.base(id, id), status: 'active', requester, accepter }), inst)
  }
}

function rulesOf(f: Fields, direction: 'ingress' | 'egress'): SecurityGroupRule[] {
  const v = f.get(direction)
  if (v instanceof Unknown) f.mark(direction, v.reason)
  return blocksOf(v).map((b) => {
    const protocol = String(b.protocol ?? '-1').toLowerCase()
    const p = protocol === 'all' || protocol === '-1' ? '-1' : protocol === '6' ? 'tcp' : protocol === '17' ? 'udp' : protocol
    const list = (x: Value | undefined) => (Array.isArray(x) ? x.map((y) => identity(y) ?? PLACEHOLDER) : [])
    return {
      protocol: p,
      ...(p !== '-1' && typeof b.from_port === 'number' ? { fromPort: b.from_port } : {}),
      ...(p !== '-1' && typeof b.to_port === 'number' ? { toPort: b.to_port } : {}),
      ipv4Ranges: list(b.cidr_blocks),
      ipv6Ranges: list(b.ipv6_cidr_blocks),
      securityGroupIds: list(b.security_groups),
      prefixListIds: list(b.prefix_list_ids),
    }
  })
}

function adaptDefaultSecurityGroups(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_default_security_group')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const vpcId = f.id('vpcId', 'vpc_id')
    ctx.emit('ec2.security-group', f.finish({ ...f.base(id, 'default'), groupId: id, groupName: 'default', ...(vpcId ? { vpcId } : {}), ingress: rulesOf(f, 'ingress'), egress: rulesOf(f, 'egress') }), inst)
  }
}
