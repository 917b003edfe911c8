/**
 * Secure-by-default builders for the EC2 and VPC resources of the S3/EC2 checks: instances,
 * volumes, snapshots, AMIs, network ACLs, flow logs, network interfaces, per-region settings,
 * transit gateways and peering connections.
 */
import type { EbsDefaultEncryption, FlowLog, Image, Instance, NetworkAcl, NetworkAclEntry, NetworkInterface, SerialConsoleAccess, Snapshot, TransitGateway, Volume, VpcPeeringConnection } from '../../src/model/ec2.js'

// Local copies rather than imports from index.ts, which re-exports this file.
const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`

type Partial2<T> = { [K in keyof T]?: T[K] }

const ec2Arn = (kind: string, id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:${kind}/${id}`

export function ec2Instance(over: Partial2<Instance> = {}): Instance {
  const id = over.instanceId ?? 'i-0123456789abcdef0'
  return {
    id, arn: ec2Arn('instance', id), name: id, accountId: ACCOUNT, region: REGION, instanceId: id, state: 'running', imageId: 'ami-0abc', subnetId: 'subnet-a', vpcId: 'vpc-1',
    securityGroupIds: ['sg-1'], instanceProfileArn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`, metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required' },
    virtualizationType: 'hvm', networkInterfaceCount: 1,
    ...over,
  }
}

export function ebsVolume(over: Partial2<Volume> = {}): Volume {
  const id = over.volumeId ?? 'vol-0123456789abcdef0'
  return { id, arn: ec2Arn('volume', id), name: id, accountId: ACCOUNT, region: REGION, volumeId: id, encrypted: true, kmsKeyId: keyArn('ebs-key'), state: 'in-use', attachedInstanceIds: ['i-0123456789abcdef0'], ...over }
}

export function ebsSnapshot(over: Partial2<Snapshot> = {}): Snapshot {
  const id = over.snapshotId ?? 'snap-0123456789abcdef0'
  return { id, arn: `arn:aws:ec2:${REGION}::snapshot/${id}`, name: id, accountId: ACCOUNT, region: REGION, snapshotId: id, volumeId: 'vol-0123456789abcdef0', encrypted: true, kmsKeyId: keyArn('ebs-key'), state: 'completed', public: false, ...over }
}

export function amiImage(over: Partial2<Image> = {}): Image {
  const id = over.imageId ?? 'ami-0123456789abcdef0'
  return { id, arn: `arn:aws:ec2:${REGION}::image/${id}`, name: 'golden-image', accountId: ACCOUNT, region: REGION, imageId: id, public: false, state: 'available', ...over }
}

/** An inbound and an outbound entry for a CIDR; the catch-all denies come last. */
export function naclEntry(over: Partial2<NetworkAclEntry> & { ruleNumber: number }): NetworkAclEntry {
  return { egress: false, action: 'allow', protocol: '6', cidr: '10.0.0.0/16', portRange: { from: 443, to: 443 }, ...over }
}

export const CATCH_ALL_DENY: NetworkAclEntry[] = [
  { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0' },
  { ruleNumber: 32767, egress: true, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0' },
]

export function networkAcl(over: Partial2<NetworkAcl> = {}): NetworkAcl {
  const id = over.id ?? 'acl-0123456789abcdef0'
  return {
    id, arn: ec2Arn('network-acl', id), name: id, accountId: ACCOUNT, region: REGION, vpcId: 'vpc-1', isDefault: false, subnetIds: ['subnet-a'],
    entries: [naclEntry({ ruleNumber: 100, cidr: '0.0.0.0/0', portRange: { from: 443, to: 443 } }), naclEntry({ ruleNumber: 110, portRange: { from: 22, to: 22 } }), naclEntry({ ruleNumber: 100, egress: true, protocol: '-1', cidr: '0.0.0.0/0', portRange: undefined }), ...CATCH_ALL_DENY],
    ...over,
  }
}

export function flowLog(over: Partial2<FlowLog> = {}): FlowLog {
  const id = over.id ?? 'fl-0123456789abcdef0'
  return { id, arn: ec2Arn('vpc-flow-log', id), name: id, accountId: ACCOUNT, region: REGION, resourceId: 'vpc-1', trafficType: 'ALL', status: 'ACTIVE', destinationType: 'cloud-watch-logs', deliverLogsStatus: 'SUCCESS', ...over }
}

export function networkInterface(over: Partial2<NetworkInterface> = {}): NetworkInterface {
  const id = over.id ?? 'eni-0123456789abcdef0'
  return { id, arn: ec2Arn('network-interface', id), name: id, accountId: ACCOUNT, region: REGION, interfaceType: 'interface', status: 'in-use', securityGroupIds: ['sg-1'], subnetId: 'subnet-a', vpcId: 'vpc-1', sourceDestCheck: true, ...over }
}

export function ebsDefaultEncryption(over: Partial2<EbsDefaultEncryption> = {}): EbsDefaultEncryption {
  const region = over.region ?? REGION
  return { id: `${ACCOUNT}/${region}/ebs-default-encryption`, name: `EBS encryption by default in ${region}`, accountId: ACCOUNT, region, enabled: true, ...over }
}

export function serialConsoleAccess(over: Partial2<SerialConsoleAccess> = {}): SerialConsoleAccess {
  const region = over.region ?? REGION
  return { id: `${ACCOUNT}/${region}/serial-console-access`, name: `EC2 serial console access in ${region}`, accountId: ACCOUNT, region, enabled: false, ...over }
}

export function transitGateway(over: Partial2<TransitGateway> = {}): TransitGateway {
  const id = over.transitGatewayId ?? 'tgw-0123456789abcdef0'
  return { id, arn: ec2Arn('transit-gateway', id), name: id, accountId: ACCOUNT, region: REGION, transitGatewayId: id, state: 'available', autoAcceptSharedAttachments: false, ownerId: ACCOUNT, ...over }
}

export function peeringConnection(over: Partial2<VpcPeeringConnection> = {}): VpcPeeringConnection {
  const id = over.id ?? 'pcx-0123456789abcdef0'
  return {
    id, arn: ec2Arn('vpc-peering-connection', id), name: id, accountId: ACCOUNT, region: REGION, status: 'active',
    requester: { vpcId: 'vpc-1', accountId: ACCOUNT, region: REGION, cidrBlocks: ['10.0.0.0/16'] },
    accepter: { vpcId: 'vpc-2', accountId: '444455556666', region: REGION, cidrBlocks: ['10.1.0.0/16'] },
    ...over,
  }
}
