import type { AccessPointDescription, FileSystemDescription } from '@aws-sdk/client-efs'
import type { Unresolved } from '../../../model/common.js'
import type { EfsAccessPoint, EfsFileSystem } from '../../../model/efs.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { listPerParent } from './per-parent.js'
import { parsePolicyDocument } from '../policy-document.js'

type Where = { region: string; accountId: string; partition: string }

const nameOr = (tags: Record<string, string>, fallback: string) => tags.Name || fallback

/**
 * Pure. `policy`: DescribeFileSystemPolicy's text (absent: no policy); `backupStatus`:
 * DescribeBackupPolicy's status (absent: no backup policy, which means automatic backups are off).
 */
export function mapFileSystem(fs: FileSystemDescription, policy: Fetched<string | undefined>, backupStatus: Fetched<string | undefined>, where: Where): EfsFileSystem {
  const id = fs.FileSystemId ?? ''
  const arn = fs.FileSystemArn ?? `arn:${where.partition}:elasticfilesystem:${where.region}:${where.accountId}:file-system/${id}`
  const tags = Object.fromEntries((fs.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']))
  const unresolved: Unresolved = {}
  let doc: EfsFileSystem['policy'] = null
  if (policy.ok && policy.value) {
    const parsed = parsePolicyDocument(policy.value)
    if (parsed.ok) doc = parsed.document
    else unresolved.policy = `ParseError (${parsed.error})`
  } else if (!policy.ok && !policy.absent) unresolved.policy = policy.reason
  let status = 'DISABLED'
  if (backupStatus.ok) status = backupStatus.value ?? 'DISABLED'
  else if (!backupStatus.absent) unresolved.backupPolicyStatus = backupStatus.reason
  const out: EfsFileSystem = {
    id: arn,
    arn,
    name: nameOr(tags, fs.Name ?? id),
    accountId: fs.OwnerId || where.accountId,
    region: where.region,
    ...(Object.keys(tags).length ? { tags } : {}),
    fileSystemId: id,
    encrypted: fs.Encrypted ?? false,
    ...(fs.KmsKeyId ? { kmsKeyId: fs.KmsKeyId } : {}),
    policy: doc,
    backupPolicyStatus: status,
    ...(fs.LifeCycleState ? { lifeCycleState: fs.LifeCycleState } : {}),
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

/** Pure. */
export function mapAccessPoint(ap: AccessPointDescription, where: Where): EfsAccessPoint {
  const id = ap.AccessPointId ?? ''
  const arn = ap.AccessPointArn ?? `arn:${where.partition}:elasticfilesystem:${where.region}:${where.accountId}:access-point/${id}`
  const tags = Object.fromEntries((ap.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']))
  const user = ap.PosixUser
  return {
    id: arn,
    arn,
    name: nameOr(tags, ap.Name ?? id),
    accountId: ap.OwnerId || where.accountId,
    region: where.region,
    ...(Object.keys(tags).length ? { tags } : {}),
    accessPointId: id,
    fileSystemId: ap.FileSystemId ?? '',
    rootDirectory: ap.RootDirectory?.Path ?? '/',
    posixUser: user && user.Uid !== undefined && user.Gid !== undefined ? { uid: user.Uid, gid: user.Gid, secondaryGids: user.SecondaryGids ?? [] } : null,
  }
}

const where = (ctx: AwsContext, region: string): Where => ({ region, accountId: ctx.accountId, partition: ctx.partition })

/** Every file system of the region with its file system policy and backup policy (two calls per file system). */
export const efsFileSystemCollector: Collector = {
  id: 'efs.file-system',
  produces: ['efs.file-system'],
  actions: ['elasticfilesystem:DescribeFileSystems', 'elasticfilesystem:DescribeFileSystemPolicy', 'elasticfilesystem:DescribeBackupPolicy'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-efs')
    let systems: FileSystemDescription[]
    try {
      systems = await collectPages(
        (Marker) => ctx.send(region, 'elasticfilesystem:DescribeFileSystems', new E.DescribeFileSystemsCommand({ MaxItems: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.NextMarker,
        (p) => p.FileSystems,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'efs.file-system', region)] }
    }
    const mapped = await mapLimit(systems, 4, async (fs) => {
      const FileSystemId = fs.FileSystemId
      const [policy, backup] = await Promise.all([
        fetchOptional(ctx.send(region, 'elasticfilesystem:DescribeFileSystemPolicy', new E.DescribeFileSystemPolicyCommand({ FileSystemId }))).then((r): Fetched<string | undefined> => (r.ok ? { ok: true, value: r.value.Policy } : r)),
        fetchOptional(ctx.send(region, 'elasticfilesystem:DescribeBackupPolicy', new E.DescribeBackupPolicyCommand({ FileSystemId }))).then((r): Fetched<string | undefined> => (r.ok ? { ok: true, value: r.value.BackupPolicy?.Status } : r)),
      ])
      return mapFileSystem(fs, policy, backup, where(ctx, region))
    })
    return { resources: { 'efs.file-system': mapped }, gaps: [] }
  },
}

/**
 * The access points of every file system of the region (DescribeAccessPoints per file system:
 * a region without file systems costs nothing more).
 */
export const efsAccessPointCollector: Collector = {
  id: 'efs.access-point',
  produces: ['efs.access-point'],
  actions: ['elasticfilesystem:DescribeAccessPoints'],
  scope: 'regional',
  dependsOn: ['efs.file-system'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-efs')
    const systems = (sofar['efs.file-system'] ?? []).filter((fs) => fs.region === region)
    const listed = await listPerParent(systems, 'efs.access-point', region, { action: 'elasticfilesystem:DescribeAccessPoints', noun: 'file system\'s access point', target: (fs) => fs.fileSystemId }, (fs) =>
      collectPages(
        (NextToken) => ctx.send(region, 'elasticfilesystem:DescribeAccessPoints', new E.DescribeAccessPointsCommand({ FileSystemId: fs.fileSystemId, MaxResults: 100, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.AccessPoints,
      ),
    )
    if ('gaps' in listed) return { resources: {}, gaps: listed.gaps }
    return { resources: { 'efs.access-point': listed.items.map((ap) => mapAccessPoint(ap, where(ctx, region))) }, gaps: [] }
  },
}
