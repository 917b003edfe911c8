/**
 * EC2 instances, volumes, snapshots, AMIs, network interfaces, network ACLs, flow logs, transit
 * gateways, VPC peering connections and the per-region EBS-encryption and serial-console
 * settings, kept beside ec2.ts and merged into the EC2 service in index.ts. Describe calls use
 * ec2.ts's pattern (ids, filters, MaxResults/NextToken); element names are the SDK's
 * (`instancesSet`, `ipAddress`, `isPublic`, `imageState`, `entrySet` …).
 *
 * DescribeSnapshots and DescribeImages honour `Owner.N` (only `self` and the account id match the
 * fixture's own snapshots and images) and DescribeSnapshots `RestorableBy.N = all` (the public ones).
 */
import { describe } from './ec2.js'
import type { CallContext, Input, OperationDef } from './types.js'

export interface FixtureInstance {
  instanceId: string
  state?: string
  imageId?: string
  subnetId?: string
  vpcId?: string
  publicIp?: string
  securityGroupIds?: string[]
  instanceProfileArn?: string
  httpTokens?: 'required' | 'optional'
  httpEndpoint?: 'enabled' | 'disabled'
  tags?: Record<string, string>
  /** `hvm` unless stated. */
  virtualizationType?: 'hvm' | 'paravirtual'
  /** EC2's state-transition text, e.g. `User initiated (2026-10-01 08:15:00 GMT)`; empty unless stated. */
  stateTransitionReason?: string
}

export interface FixtureVolume {
  volumeId: string
  encrypted?: boolean
  kmsKeyId?: string
  state?: string
  instanceIds?: string[]
  size?: number
  tags?: Record<string, string>
}

export interface FixtureSnapshot {
  snapshotId: string
  volumeId?: string
  encrypted?: boolean
  /** Create-volume permission for the group `all`. */
  public?: boolean
  tags?: Record<string, string>
}

export interface FixtureImage {
  imageId: string
  name: string
  public?: boolean
}

export interface FixtureNetworkInterface {
  networkInterfaceId: string
  subnetId: string
  vpcId: string
  groupIds: string[]
  interfaceType?: string
  instanceId?: string
  publicIp?: string
  /** On unless stated (EC2's default). */
  sourceDestCheck?: boolean
}

export interface FixtureNetworkAclEntry {
  ruleNumber: number
  /** Protocol number as text: `-1`, `6`, `17` … */
  protocol: string
  action: 'allow' | 'deny'
  egress?: boolean
  cidr?: string
  ipv6Cidr?: string
  ports?: [number, number]
}

export interface FixtureNetworkAcl {
  networkAclId: string
  vpcId: string
  isDefault?: boolean
  subnetIds?: string[]
  /** The catch-all `*` deny entries (rule 32767) are added by the server, as AWS does. */
  entries: FixtureNetworkAclEntry[]
}

export interface FixtureFlowLog {
  flowLogId: string
  resourceId: string
  trafficType?: 'ACCEPT' | 'REJECT' | 'ALL'
  deliverLogsStatus?: 'SUCCESS' | 'FAILED'
}

export interface FixtureTransitGateway {
  transitGatewayId: string
  autoAcceptSharedAttachments?: boolean
}

export interface FixturePeeringSide {
  vpcId: string
  cidr: string
  ownerId?: string
  region?: string
}

export interface FixturePeeringConnection {
  vpcPeeringConnectionId: string
  status?: string
  requester: FixturePeeringSide
  accepter: FixturePeeringSide
}

declare module '../fixture.js' {
  interface FixtureRegion {
    instances?: FixtureInstance[]
    volumes?: FixtureVolume[]
    snapshots?: FixtureSnapshot[]
    images?: FixtureImage[]
    networkInterfaces?: FixtureNetworkInterface[]
    networkAcls?: FixtureNetworkAcl[]
    flowLogs?: FixtureFlowLog[]
    transitGateways?: FixtureTransitGateway[]
    peeringConnections?: FixturePeeringConnection[]
    /** GetEbsEncryptionByDefault (default false, as for a new account). */
    ebsEncryptionByDefault?: boolean
    /** GetSerialConsoleAccessStatus (default false). */
    serialConsoleAccess?: boolean
  }
}

const tagSet = (tags: Record<string, string> | undefined) => (tags ? Object.entries(tags).map(([key, value]) => ({ key, value })) : undefined)
const CREATED = new Date('2024-01-15T10:00:00Z')

/** `Owner.N`: the fixture's snapshots and images are the account's own. */
function ownedBy(input: Input, ctx: CallContext): boolean {
  const owners = (input.Owner as string[] | undefined) ?? []
  return owners.length === 0 || owners.includes('self') || owners.includes(ctx.accountId)
}

function peeringSide(s: FixturePeeringSide, ctx: CallContext) {
  return { vpcId: s.vpcId, ownerId: s.ownerId ?? ctx.accountId, region: s.region ?? ctx.region, cidrBlock: s.cidr, cidrBlockSet: [{ cidrBlock: s.cidr }] }
}

const CATCH_ALL: FixtureNetworkAclEntry[] = [
  { ruleNumber: 32767, protocol: '-1', action: 'deny', cidr: '0.0.0.0/0' },
  { ruleNumber: 32767, protocol: '-1', action: 'deny', egress: true, cidr: '0.0.0.0/0' },
]

export const ec2ComputeOperations: Record<string, OperationDef> = {
  DescribeInstances: describe({
    operation: 'DescribeInstances',
    list: (ctx) => ctx.data.instances ?? [],
    idParam: 'InstanceId',
    idOf: (i) => i.instanceId,
    notFound: 'InvalidInstanceID.NotFound',
    filters: (i) => ({ 'instance-id': i.instanceId, 'vpc-id': i.vpcId, 'subnet-id': i.subnetId, 'instance-state-name': i.state ?? 'running' }),
    setName: 'reservationSet',
    maxResults: 1000,
    render: (i, ctx) => ({
      reservationId: `r-${i.instanceId.slice(2)}`,
      ownerId: ctx.accountId,
      instancesSet: [
        {
          instanceId: i.instanceId,
          imageId: i.imageId ?? 'ami-0123456789abcdef0',
          instanceState: { code: i.state === 'stopped' ? 80 : 16, name: i.state ?? 'running' },
          instanceType: 't3.micro',
          launchTime: CREATED,
          subnetId: i.subnetId,
          vpcId: i.vpcId,
          privateIpAddress: '10.10.1.10',
          ipAddress: i.publicIp,
          groupSet: (i.securityGroupIds ?? []).map((groupId) => ({ groupId, groupName: groupId })),
          iamInstanceProfile: i.instanceProfileArn ? { arn: i.instanceProfileArn, id: 'AIPAEXAMPLEPROFILE01' } : undefined,
          metadataOptions: { state: 'applied', httpTokens: i.httpTokens ?? 'optional', httpPutResponseHopLimit: 2, httpEndpoint: i.httpEndpoint ?? 'enabled' },
          reason: i.stateTransitionReason ?? '',
          virtualizationType: i.virtualizationType ?? 'hvm',
          // The instance's interfaces are the fixture's network interfaces attached to it.
          networkInterfaceSet: (ctx.data.networkInterfaces ?? [])
            .filter((n) => n.instanceId === i.instanceId)
            .map((n, deviceIndex) => ({ networkInterfaceId: n.networkInterfaceId, subnetId: n.subnetId, vpcId: n.vpcId, status: 'in-use', sourceDestCheck: n.sourceDestCheck ?? true, attachment: { attachmentId: `eni-attach-${n.networkInterfaceId.slice(4)}`, deviceIndex, status: 'attached' } })),
          tagSet: tagSet(i.tags),
        },
      ],
    }),
  }),
  DescribeVolumes: describe({
    operation: 'DescribeVolumes',
    list: (ctx) => ctx.data.volumes ?? [],
    idParam: 'VolumeId',
    idOf: (v) => v.volumeId,
    notFound: 'InvalidVolume.NotFound',
    filters: (v) => ({ 'volume-id': v.volumeId, encrypted: String(Boolean(v.encrypted)), status: v.state ?? 'in-use' }),
    setName: 'volumeSet',
    maxResults: 500,
    render: (v, ctx) => ({
      volumeId: v.volumeId,
      size: v.size ?? 20,
      availabilityZone: `${ctx.region}a`,
      status: v.state ?? ((v.instanceIds ?? []).length ? 'in-use' : 'available'),
      createTime: CREATED,
      volumeType: 'gp3',
      encrypted: Boolean(v.encrypted),
      kmsKeyId: v.kmsKeyId,
      attachmentSet: (v.instanceIds ?? []).map((instanceId) => ({ volumeId: v.volumeId, instanceId, device: '/dev/xvda', status: 'attached', attachTime: CREATED })),
      tagSet: tagSet(v.tags),
    }),
  }),
  DescribeSnapshots: {
    family: 'describe',
    handle(input, ctx) {
      const restorable = (input.RestorableBy as string[] | undefined) ?? []
      let items = ownedBy(input, ctx) ? (ctx.data.snapshots ?? []) : []
      if (restorable.includes('all')) items = items.filter((s) => s.public)
      const op = describe({
        operation: 'DescribeSnapshots',
        list: () => items,
        idParam: 'SnapshotId',
        idOf: (s) => s.snapshotId,
        notFound: 'InvalidSnapshot.NotFound',
        filters: (s) => ({ 'snapshot-id': s.snapshotId, encrypted: String(Boolean(s.encrypted)) }),
        setName: 'snapshotSet',
        maxResults: 1000,
        render: (s) => ({ snapshotId: s.snapshotId, volumeId: s.volumeId, status: 'completed', startTime: CREATED, progress: '100%', ownerId: ctx.accountId, volumeSize: 20, encrypted: Boolean(s.encrypted), tagSet: tagSet(s.tags) }),
      })
      return op.handle(input, ctx)
    },
  },
  DescribeImages: {
    family: 'describe',
    handle(input, ctx) {
      const items = ownedBy(input, ctx) ? (ctx.data.images ?? []) : []
      return describe({
        operation: 'DescribeImages',
        list: () => items,
        idParam: 'ImageId',
        idOf: (i) => i.imageId,
        notFound: 'InvalidAMIID.NotFound',
        filters: (i) => ({ 'image-id': i.imageId, 'is-public': String(Boolean(i.public)) }),
        setName: 'imagesSet',
        maxResults: 1000,
        render: (i) => ({ imageId: i.imageId, name: i.name, imageState: 'available', imageOwnerId: ctx.accountId, isPublic: Boolean(i.public), creationDate: '2024-01-15T10:00:00.000Z', architecture: 'arm64', imageType: 'machine' }),
      }).handle(input, ctx)
    },
  },
  DescribeNetworkInterfaces: describe({
    operation: 'DescribeNetworkInterfaces',
    list: (ctx) => ctx.data.networkInterfaces ?? [],
    idParam: 'NetworkInterfaceId',
    idOf: (n) => n.networkInterfaceId,
    notFound: 'InvalidNetworkInterfaceID.NotFound',
    filters: (n) => ({ 'network-interface-id': n.networkInterfaceId, 'group-id': n.groupIds, 'vpc-id': n.vpcId, 'subnet-id': n.subnetId }),
    setName: 'networkInterfaceSet',
    maxResults: 1000,
    render: (n, ctx) => ({
      networkInterfaceId: n.networkInterfaceId,
      subnetId: n.subnetId,
      vpcId: n.vpcId,
      ownerId: ctx.accountId,
      status: n.instanceId || n.interfaceType ? 'in-use' : 'available',
      interfaceType: n.interfaceType ?? 'interface',
      groupSet: n.groupIds.map((groupId) => ({ groupId, groupName: groupId })),
      attachment: n.instanceId ? { attachmentId: `eni-attach-${n.networkInterfaceId.slice(4)}`, instanceId: n.instanceId, deviceIndex: 0, status: 'attached' } : undefined,
      association: n.publicIp ? { publicIp: n.publicIp, ipOwnerId: 'amazon' } : undefined,
      requesterManaged: false,
      sourceDestCheck: n.sourceDestCheck ?? true,
    }),
  }),
  DescribeNetworkAcls: describe({
    operation: 'DescribeNetworkAcls',
    list: (ctx) => ctx.data.networkAcls ?? [],
    idParam: 'NetworkAclId',
    idOf: (a) => a.networkAclId,
    notFound: 'InvalidNetworkAclID.NotFound',
    filters: (a) => ({ 'network-acl-id': a.networkAclId, 'vpc-id': a.vpcId, default: String(Boolean(a.isDefault)) }),
    setName: 'networkAclSet',
    maxResults: 100,
    render: (a, ctx) => ({
      networkAclId: a.networkAclId,
      vpcId: a.vpcId,
      default: Boolean(a.isDefault),
      ownerId: ctx.accountId,
      entrySet: [...a.entries, ...CATCH_ALL].map((e) => ({
        ruleNumber: e.ruleNumber,
        protocol: e.protocol,
        ruleAction: e.action,
        egress: Boolean(e.egress),
        cidrBlock: e.cidr,
        ipv6CidrBlock: e.ipv6Cidr,
        portRange: e.ports ? { from: e.ports[0], to: e.ports[1] } : undefined,
      })),
      associationSet: (a.subnetIds ?? []).map((subnetId, i) => ({ networkAclAssociationId: `aclassoc-${i}-${a.networkAclId.slice(4)}`, networkAclId: a.networkAclId, subnetId })),
    }),
  }),
  DescribeFlowLogs: describe({
    operation: 'DescribeFlowLogs',
    list: (ctx) => ctx.data.flowLogs ?? [],
    idParam: 'FlowLogId',
    idOf: (f) => f.flowLogId,
    notFound: 'InvalidFlowLogId.NotFound',
    filters: (f) => ({ 'resource-id': f.resourceId, 'traffic-type': f.trafficType ?? 'ALL' }),
    setName: 'flowLogSet',
    maxResults: 1000,
    render: (f) => ({ flowLogId: f.flowLogId, resourceId: f.resourceId, trafficType: f.trafficType ?? 'ALL', flowLogStatus: 'ACTIVE', deliverLogsStatus: f.deliverLogsStatus ?? 'SUCCESS', logDestinationType: 's3', logDestination: 'arn:aws:s3:::flow-logs', creationTime: CREATED }),
  }),
  DescribeTransitGateways: describe({
    operation: 'DescribeTransitGateways',
    list: (ctx) => ctx.data.transitGateways ?? [],
    idParam: 'TransitGatewayIds',
    idOf: (t) => t.transitGatewayId,
    notFound: 'InvalidTransitGatewayID.NotFound',
    filters: (t) => ({ 'transit-gateway-id': t.transitGatewayId, state: 'available' }),
    setName: 'transitGatewaySet',
    maxResults: 1000,
    render: (t, ctx) => ({
      transitGatewayId: t.transitGatewayId,
      transitGatewayArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:transit-gateway/${t.transitGatewayId}`,
      state: 'available',
      ownerId: ctx.accountId,
      creationTime: CREATED,
      options: { amazonSideAsn: 64512, autoAcceptSharedAttachments: t.autoAcceptSharedAttachments ? 'enable' : 'disable', defaultRouteTableAssociation: 'enable', defaultRouteTablePropagation: 'enable', dnsSupport: 'enable', vpnEcmpSupport: 'enable' },
    }),
  }),
  DescribeVpcPeeringConnections: describe({
    operation: 'DescribeVpcPeeringConnections',
    list: (ctx) => ctx.data.peeringConnections ?? [],
    idParam: 'VpcPeeringConnectionId',
    idOf: (p) => p.vpcPeeringConnectionId,
    notFound: 'InvalidVpcPeeringConnectionID.NotFound',
    filters: (p) => ({ 'vpc-peering-connection-id': p.vpcPeeringConnectionId, 'status-code': p.status ?? 'active' }),
    setName: 'vpcPeeringConnectionSet',
    maxResults: 1000,
    render: (p, ctx) => ({ vpcPeeringConnectionId: p.vpcPeeringConnectionId, status: { code: p.status ?? 'active', message: 'Active' }, requesterVpcInfo: peeringSide(p.requester, ctx), accepterVpcInfo: peeringSide(p.accepter, ctx) }),
  }),
  GetEbsEncryptionByDefault: {
    family: 'describe',
    handle: (_input, ctx) => ({ ebsEncryptionByDefault: Boolean(ctx.data.ebsEncryptionByDefault), sseType: 'sse-ebs' }),
  },
  GetSerialConsoleAccessStatus: {
    family: 'describe',
    handle: (_input, ctx) => ({ serialConsoleAccessEnabled: Boolean(ctx.data.serialConsoleAccess), managedBy: 'account' }),
  },
}
