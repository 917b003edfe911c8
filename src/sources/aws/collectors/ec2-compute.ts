/**
 * EC2 compute and storage: instances, EBS volumes, the account's own snapshots and AMIs, network
 * interfaces, and the two per-region account settings (EBS encryption by default, serial console
 * access). Built on ec2.ts's one-collector-per-type pattern: each type costs one listing per
 * region, and nothing per resource.
 */
import type { Image as Ec2Image, Instance as Ec2Instance, NetworkInterface as Ec2NetworkInterface, Reservation, Snapshot as Ec2Snapshot, Volume as Ec2Volume } from '@aws-sdk/client-ec2'
import type { EbsDefaultEncryption, Image, Instance, NetworkInterface, SerialConsoleAccess, Snapshot, Volume } from '../../../model/ec2.js'
import { isAbort } from '../classify-error.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom, unresolvedReason } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { base, ec2Collector, tok, type Where } from './ec2.js'
import { regionalSettingBase, regionalSettingCollector } from './regional-setting.js'

const iso = (d: Date | undefined) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined)

/**
 * Pure. The time in EC2's state-transition text, which is the only place DescribeInstances gives
 * the stop time: `User initiated (2026-10-01 08:15:00 GMT)`. Texts without one (`Server.InternalError`
 * …) give undefined.
 */
export function stateTransitionTime(reason: string | undefined): string | undefined {
  const m = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/.exec(reason ?? '')
  if (!m) return undefined
  const d = new Date(`${m[1]}T${m[2]}Z`)
  // Date rolls impossible days over (Feb 30 → Mar 2): a time that does not round-trip is not one.
  return Number.isNaN(d.getTime()) || !d.toISOString().startsWith(`${m[1]}T${m[2]}`) ? undefined : d.toISOString()
}

/** Pure. */
export function mapInstance(i: Ec2Instance, w: Where): Instance {
  const id = i.InstanceId ?? ''
  const launch = iso(i.LaunchTime)
  const stoppedAt = i.State?.Name === 'stopped' ? stateTransitionTime(i.StateTransitionReason) : undefined
  // DescribeInstances always lists the primary interface; an answer without any cannot be counted.
  const enis = i.NetworkInterfaces?.length
  return {
    ...base(id, 'instance', i.Tags, undefined, w),
    instanceId: id,
    state: i.State?.Name ?? 'unknown',
    ...(i.ImageId ? { imageId: i.ImageId } : {}),
    ...(i.SubnetId ? { subnetId: i.SubnetId } : {}),
    ...(i.VpcId ? { vpcId: i.VpcId } : {}),
    ...(i.PublicIpAddress ? { publicIp: i.PublicIpAddress } : {}),
    securityGroupIds: (i.SecurityGroups ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
    instanceProfileArn: i.IamInstanceProfile?.Arn ?? null,
    metadataOptions: {
      httpEndpoint: i.MetadataOptions?.HttpEndpoint === 'disabled' ? 'disabled' : 'enabled',
      // EC2 always reports HttpTokens; an instance without MetadataOptions (very old API answers) accepts IMDSv1.
      httpTokens: i.MetadataOptions?.HttpTokens === 'required' ? 'required' : 'optional',
    },
    ...(launch ? { launchTime: launch } : {}),
    ...(i.VirtualizationType ? { virtualizationType: i.VirtualizationType } : {}),
    ...(enis ? { networkInterfaceCount: enis } : {}),
    ...(i.StateTransitionReason ? { stateTransitionReason: i.StateTransitionReason } : {}),
    ...(stoppedAt ? { stoppedAt } : {}),
  }
}

/** Pure. */
export function mapVolume(v: Ec2Volume, w: Where): Volume {
  const id = v.VolumeId ?? ''
  return {
    ...base(id, 'volume', v.Tags, undefined, w),
    volumeId: id,
    encrypted: v.Encrypted ?? false,
    ...(v.KmsKeyId ? { kmsKeyId: v.KmsKeyId } : {}),
    state: v.State ?? 'unknown',
    attachedInstanceIds: (v.Attachments ?? []).map((a) => a.InstanceId ?? '').filter(Boolean),
  }
}

/** Pure. `publicIds`: the snapshots the account shares with everyone (undefined: not known). */
export function mapSnapshot(s: Ec2Snapshot, w: Where, publicIds: ReadonlySet<string> | undefined): Snapshot {
  const id = s.SnapshotId ?? ''
  const start = iso(s.StartTime)
  return {
    ...base(id, 'snapshot', s.Tags, s.OwnerId, w),
    snapshotId: id,
    ...(s.VolumeId ? { volumeId: s.VolumeId } : {}),
    encrypted: s.Encrypted ?? false,
    ...(s.KmsKeyId ? { kmsKeyId: s.KmsKeyId } : {}),
    state: s.State ?? 'unknown',
    public: publicIds?.has(id) ?? false,
    ...(start ? { startTime: start } : {}),
  }
}

/** Pure. */
export function mapImage(i: Ec2Image, w: Where): Image {
  const id = i.ImageId ?? ''
  const b = base(id, 'image', i.Tags, i.OwnerId, w)
  return { ...b, name: b.tags?.Name || i.Name || id, imageId: id, public: i.Public ?? false, state: i.State ?? 'unknown', ...(i.CreationDate ? { creationDate: i.CreationDate } : {}) }
}

/** Pure. */
export function mapNetworkInterface(n: Ec2NetworkInterface, w: Where): NetworkInterface {
  const id = n.NetworkInterfaceId ?? ''
  return {
    ...base(id, 'network-interface', n.TagSet, n.OwnerId, w),
    interfaceType: n.InterfaceType ?? 'interface',
    status: n.Status ?? 'unknown',
    securityGroupIds: (n.Groups ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
    ...(n.SubnetId ? { subnetId: n.SubnetId } : {}),
    ...(n.VpcId ? { vpcId: n.VpcId } : {}),
    ...(n.Attachment?.InstanceId ? { instanceId: n.Attachment.InstanceId } : {}),
    ...(n.Association?.PublicIp ? { publicIp: n.Association.PublicIp } : {}),
    ...(n.SourceDestCheck !== undefined ? { sourceDestCheck: n.SourceDestCheck } : {}),
  }
}

/**
 * Every instance has a primary network interface, created with it, owned by the account that
 * launched it (in its own VPC or in a subnet shared with it) and never detachable; it goes only
 * when the instance is terminated, and terminated instances are left out anyway. So a region
 * where DescribeNetworkInterfaces lists nothing has no instance, and DescribeInstances is skipped
 * there when the scan lists network interfaces anyway (`uses`; a failed listing passes no list).
 * This also covers a region that keeps its default VPC but runs nothing.
 */
export const ec2InstanceCollector = ec2Collector({
  type: 'ec2.instance',
  onlyWith: 'ec2.network-interface',
  action: 'ec2:DescribeInstances',
  command: (E, t) => new E.DescribeInstancesCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { Reservations?: Reservation[] }) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []),
  // Terminated instances stay listed for about an hour; they hold no data and run nothing.
  keep: (i) => i.State?.Name !== 'terminated' && i.State?.Name !== 'shutting-down',
  map: mapInstance,
})

export const ec2VolumeCollector = ec2Collector({
  type: 'ec2.volume',
  action: 'ec2:DescribeVolumes',
  command: (E, t) => new E.DescribeVolumesCommand({ MaxResults: 500, ...tok(t) }),
  items: (p: { Volumes?: Ec2Volume[] }) => p.Volumes,
  map: mapVolume,
})

export const ec2ImageCollector = ec2Collector({
  type: 'ec2.image',
  action: 'ec2:DescribeImages',
  // Only the account's own AMIs: `Owners: self` (without it EC2 lists every public AMI).
  command: (E, t) => new E.DescribeImagesCommand({ Owners: ['self'], MaxResults: 1000, ...tok(t) }),
  items: (p: { Images?: Ec2Image[] }) => p.Images,
  map: mapImage,
})

export const ec2NetworkInterfaceCollector = ec2Collector({
  type: 'ec2.network-interface',
  action: 'ec2:DescribeNetworkInterfaces',
  command: (E, t) => new E.DescribeNetworkInterfacesCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { NetworkInterfaces?: Ec2NetworkInterface[] }) => p.NetworkInterfaces,
  map: mapNetworkInterface,
})

/**
 * The account's own snapshots, and which of them are public. Instead of one
 * DescribeSnapshotAttribute call per snapshot, a second listing asks EC2 for the snapshots the
 * account owns that everyone may restore (`OwnerIds: self`, `RestorableByUserIds: all`): the
 * cost stays one or two listings per region whatever the number of snapshots. If that second
 * listing fails, `public` is unresolved on every snapshot.
 */
export const ec2SnapshotCollector: Collector = {
  id: 'ec2.snapshot',
  produces: ['ec2.snapshot'],
  actions: ['ec2:DescribeSnapshots'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-ec2')
    const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
    const list = (restorableByAll: boolean) =>
      collectPages(
        (t) => ctx.send(region, 'ec2:DescribeSnapshots', new E.DescribeSnapshotsCommand({ OwnerIds: ['self'], ...(restorableByAll ? { RestorableByUserIds: ['all'] } : {}), MaxResults: 1000, ...tok(t) })),
        (p) => p.NextToken,
        (p) => p.Snapshots,
      )
    let owned: Ec2Snapshot[]
    try {
      owned = await list(false)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ec2.snapshot', region)] }
    }
    if (!owned.length) return { resources: { 'ec2.snapshot': [] }, gaps: [] }
    let publicIds: Set<string> | undefined
    let why: string | undefined
    try {
      publicIds = new Set((await list(true)).map((s) => s.SnapshotId ?? ''))
    } catch (err) {
      if (isAbort(err)) throw err
      why = unresolvedReason(err)
    }
    const snapshots = owned.map((s) => {
      const snap = mapSnapshot(s, w, publicIds)
      return why ? { ...snap, unresolved: { public: why } } : snap
    })
    return { resources: { 'ec2.snapshot': snapshots }, gaps: [] }
  },
}

export const ec2EbsDefaultEncryptionCollector = regionalSettingCollector({
  type: 'ec2.ebs-default-encryption',
  action: 'ec2:GetEbsEncryptionByDefault',
  async read(ctx, region): Promise<EbsDefaultEncryption> {
    const E = await import('@aws-sdk/client-ec2')
    const out = await ctx.send(region, 'ec2:GetEbsEncryptionByDefault', new E.GetEbsEncryptionByDefaultCommand({}))
    return { ...regionalSettingBase({ region, accountId: ctx.accountId }, 'ebs-default-encryption', 'EBS encryption by default'), enabled: out.EbsEncryptionByDefault ?? false }
  },
})

export const ec2SerialConsoleAccessCollector = regionalSettingCollector({
  type: 'ec2.serial-console-access',
  action: 'ec2:GetSerialConsoleAccessStatus',
  async read(ctx, region): Promise<SerialConsoleAccess> {
    const E = await import('@aws-sdk/client-ec2')
    const out = await ctx.send(region, 'ec2:GetSerialConsoleAccessStatus', new E.GetSerialConsoleAccessStatusCommand({}))
    return { ...regionalSettingBase({ region, accountId: ctx.accountId }, 'serial-console-access', 'EC2 serial console access'), enabled: out.SerialConsoleAccessEnabled ?? false }
  },
})
