import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot, DBSnapshotAttribute, Tag } from '@aws-sdk/client-rds'
import type { Unresolved } from '../../../model/common.js'
import type { RdsCluster, RdsInstance, RdsSnapshot } from '../../../model/rds.js'
import { selectedDetails, type Collector, type CollectResult } from '../collector.js'
import type { PartialCollection } from '../../../core/inventory.js'
import { attachParameterGroups, PARAMETERS_NOT_COLLECTED, RDS_CLUSTER_DETAILS, RDS_INSTANCE_DETAILS } from './rds-parameters.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { RDS_USAGE_ACTION, rdsHoldsNone, rdsUsage, holdsNone } from './rds-account-usage.js'

/** Neptune and DocumentDB share the RDS API; their instances and clusters are not RDS databases. */
const OTHER_SERVICES = /^(neptune|docdb)/

export const isRdsEngine = (engine: string | undefined): boolean => !!engine && !OTHER_SERVICES.test(engine)

type Where = { region: string; accountId: string; partition: string }

const tagsOf = (list: Tag[] | undefined): Record<string, string> | undefined => {
  const tags = Object.fromEntries((list ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']))
  return Object.keys(tags).length ? tags : undefined
}

const iso = (d: Date | undefined) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined)

/** Pure. */
export function mapDbInstance(i: DBInstance, where: Where): RdsInstance {
  const identifier = i.DBInstanceIdentifier ?? ''
  const arn = i.DBInstanceArn ?? `arn:${where.partition}:rds:${where.region}:${where.accountId}:db:${identifier}`
  const tags = tagsOf(i.TagList)
  const port = i.Endpoint?.Port ?? (i.DbInstancePort ? i.DbInstancePort : undefined)
  const replicaOf = i.ReadReplicaSourceDBInstanceIdentifier ?? i.ReadReplicaSourceDBClusterIdentifier
  return {
    id: arn,
    arn,
    name: identifier,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    ...(tags ? { tags } : {}),
    identifier,
    engine: i.Engine ?? '',
    ...(i.EngineVersion ? { engineVersion: i.EngineVersion } : {}),
    ...(i.DBInstanceClass ? { instanceClass: i.DBInstanceClass } : {}),
    ...(i.DBClusterIdentifier ? { clusterIdentifier: i.DBClusterIdentifier } : {}),
    ...(replicaOf ? { readReplicaSourceIdentifier: replicaOf } : {}),
    ...(i.DBInstanceStatus ? { status: i.DBInstanceStatus } : {}),
    publiclyAccessible: i.PubliclyAccessible ?? false,
    storageEncrypted: i.StorageEncrypted ?? false,
    ...(i.KmsKeyId ? { kmsKeyId: i.KmsKeyId } : {}),
    backupRetentionPeriod: i.BackupRetentionPeriod ?? 0,
    deletionProtection: i.DeletionProtection ?? false,
    multiAz: i.MultiAZ ?? false,
    autoMinorVersionUpgrade: i.AutoMinorVersionUpgrade ?? false,
    iamDatabaseAuthentication: i.IAMDatabaseAuthenticationEnabled ?? false,
    monitoringInterval: i.MonitoringInterval ?? 0,
    enabledLogExports: i.EnabledCloudwatchLogsExports ?? [],
    ...(i.MasterUsername ? { masterUsername: i.MasterUsername } : {}),
    ...(port ? { port } : {}),
    copyTagsToSnapshot: i.CopyTagsToSnapshot ?? false,
    vpcSecurityGroupIds: (i.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId ?? '').filter(Boolean),
    ...(i.DBSubnetGroup ? { subnetIds: (i.DBSubnetGroup.Subnets ?? []).map((s) => s.SubnetIdentifier ?? '').filter(Boolean) } : {}),
    ...(i.DBSubnetGroup?.VpcId ? { vpcId: i.DBSubnetGroup.VpcId } : {}),
  }
}

/** Pure. */
export function mapDbCluster(c: DBCluster, where: Where): RdsCluster {
  const identifier = c.DBClusterIdentifier ?? ''
  const arn = c.DBClusterArn ?? `arn:${where.partition}:rds:${where.region}:${where.accountId}:cluster:${identifier}`
  const tags = tagsOf(c.TagList)
  return {
    id: arn,
    arn,
    name: identifier,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    ...(tags ? { tags } : {}),
    identifier,
    engine: c.Engine ?? '',
    ...(c.EngineMode ? { engineMode: c.EngineMode } : {}),
    ...(c.EngineVersion ? { engineVersion: c.EngineVersion } : {}),
    ...(c.Status ? { status: c.Status } : {}),
    storageEncrypted: c.StorageEncrypted ?? false,
    ...(c.KmsKeyId ? { kmsKeyId: c.KmsKeyId } : {}),
    backupRetentionPeriod: c.BackupRetentionPeriod ?? 0,
    deletionProtection: c.DeletionProtection ?? false,
    multiAz: c.MultiAZ ?? false,
    ...(c.AutoMinorVersionUpgrade !== undefined ? { autoMinorVersionUpgrade: c.AutoMinorVersionUpgrade } : {}),
    iamDatabaseAuthentication: c.IAMDatabaseAuthenticationEnabled ?? false,
    enabledLogExports: c.EnabledCloudwatchLogsExports ?? [],
    ...(c.MasterUsername ? { masterUsername: c.MasterUsername } : {}),
    ...(c.Port ? { port: c.Port } : {}),
    copyTagsToSnapshot: c.CopyTagsToSnapshot ?? false,
    ...(c.BacktrackWindow ? { backtrackWindow: c.BacktrackWindow } : {}),
    members: (c.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier ?? '').filter(Boolean),
  }
}

/** Pure. `attributes`: the snapshot's attributes (restore), or why they are not known. */
export function mapDbSnapshot(s: (DBSnapshot & { kind: 'instance' }) | (DBClusterSnapshot & { kind: 'cluster' }), attributes: Fetched<DBSnapshotAttribute[]>, where: Where): RdsSnapshot {
  const identifier = (s.kind === 'instance' ? s.DBSnapshotIdentifier : s.DBClusterSnapshotIdentifier) ?? ''
  const arn = (s.kind === 'instance' ? s.DBSnapshotArn : s.DBClusterSnapshotArn) ?? `arn:${where.partition}:rds:${where.region}:${where.accountId}:${s.kind === 'instance' ? 'snapshot' : 'cluster-snapshot'}:${identifier}`
  const unresolved: Unresolved = {}
  let restoreAccounts: string[] = []
  if (attributes.ok) restoreAccounts = attributes.value.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? []
  else if (!attributes.absent) unresolved.restoreAccounts = attributes.reason
  const tags = tagsOf(s.TagList)
  const created = iso(s.SnapshotCreateTime)
  const snap: RdsSnapshot = {
    id: arn,
    arn,
    name: identifier,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    ...(tags ? { tags } : {}),
    identifier,
    kind: s.kind,
    ...((s.kind === 'instance' ? s.DBInstanceIdentifier : s.DBClusterIdentifier) ? { sourceIdentifier: (s.kind === 'instance' ? s.DBInstanceIdentifier : s.DBClusterIdentifier)! } : {}),
    ...(s.Engine ? { engine: s.Engine } : {}),
    encrypted: s.kind === 'instance' ? (s.Encrypted ?? false) : (s.StorageEncrypted ?? false),
    ...(s.KmsKeyId ? { kmsKeyId: s.KmsKeyId } : {}),
    ...(created ? { createdAt: created } : {}),
    restoreAccounts,
  }
  if (Object.keys(unresolved).length) snap.unresolved = unresolved
  return snap
}

const where = (ctx: AwsContext, region: string): Where => ({ region, accountId: ctx.accountId, partition: ctx.partition })

/** The partial-collection record of parameter groups a scan did not read. */
const parametersLeftOut = (type: 'rds.instance' | 'rds.cluster', region: string): PartialCollection => ({ resourceType: type, kind: 'fields', region, fields: ['parameterGroup'], reason: PARAMETERS_NOT_COLLECTED })

/**
 * Every DB instance of the region, from DescribeDBInstances (settings, tags and the DB subnet
 * group are in the listing). Skipped when RDS counts no instance in the region
 * (rds-account-usage.ts). When the TLS check is selected, one filtered DescribeDBParameters per
 * parameter group that a SQL Server or MariaDB instance uses (rds-parameters.ts).
 */
export const rdsInstanceCollector: Collector = {
  id: 'rds.instance',
  produces: ['rds.instance'],
  actions: [RDS_USAGE_ACTION, 'rds:DescribeDBInstances', 'rds:DescribeDBParameters'],
  details: { groups: RDS_INSTANCE_DETAILS, readers: { 'rds-instance-encrypted-in-transit': ['parameters'] } },
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    if (await rdsHoldsNone(ctx, region, 'DBInstances')) return { resources: { 'rds.instance': [] }, gaps: [] }
    const R = await import('@aws-sdk/client-rds')
    try {
      const items = await collectPages(
        (Marker) => ctx.send(region, 'rds:DescribeDBInstances', new R.DescribeDBInstancesCommand({ MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.Marker,
        (p) => p.DBInstances,
      )
      const listed = items.filter((i) => isRdsEngine(i.Engine)).map((raw) => ({ raw, mapped: mapDbInstance(raw, where(ctx, region)) }))
      const want = selectedDetails(rdsInstanceCollector, ctx.details, ctx.wanted).has('parameters')
      const { resources: instances, leftOut } = await attachParameterGroups(ctx, region, listed, 'instance', (raw) => {
        const g = raw.DBParameterGroups?.[0]
        return g?.DBParameterGroupName ? { name: g.DBParameterGroupName, ...(g.ParameterApplyStatus ? { applyStatus: g.ParameterApplyStatus } : {}) } : undefined
      }, want)
      return { resources: { 'rds.instance': instances }, gaps: [], ...(leftOut ? { partial: [parametersLeftOut('rds.instance', region)] } : {}) }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'rds.instance', region)] }
    }
  },
}

/**
 * Every Aurora and Multi-AZ DB cluster of the region, from DescribeDBClusters. Skipped when
 * RDS counts no cluster in the region; an empty DescribeDBInstances would not do, since an Aurora
 * cluster can exist without instances. When the audit-logging check is selected, one filtered
 * DescribeDBClusterParameters per cluster parameter group an Aurora MySQL cluster uses.
 */
export const rdsClusterCollector: Collector = {
  id: 'rds.cluster',
  produces: ['rds.cluster'],
  actions: [RDS_USAGE_ACTION, 'rds:DescribeDBClusters', 'rds:DescribeDBClusterParameters'],
  details: { groups: RDS_CLUSTER_DETAILS, readers: { 'rds-cluster-audit-logging-enabled': ['parameters'] } },
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    if (await rdsHoldsNone(ctx, region, 'DBClusters')) return { resources: { 'rds.cluster': [] }, gaps: [] }
    const R = await import('@aws-sdk/client-rds')
    try {
      const items = await collectPages(
        (Marker) => ctx.send(region, 'rds:DescribeDBClusters', new R.DescribeDBClustersCommand({ MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
        (p) => p.Marker,
        (p) => p.DBClusters,
      )
      const listed = items.filter((c) => isRdsEngine(c.Engine)).map((raw) => ({ raw, mapped: mapDbCluster(raw, where(ctx, region)) }))
      const want = selectedDetails(rdsClusterCollector, ctx.details, ctx.wanted).has('parameters')
      const { resources: clusters, leftOut } = await attachParameterGroups(ctx, region, listed, 'cluster', (raw) => {
        // Each member reports whether it runs with the group's current values; one behind is enough.
        const statuses = (raw.DBClusterMembers ?? []).map((m) => m.DBClusterParameterGroupStatus).filter((s): s is string => !!s)
        const applyStatus = statuses.find((s) => s !== 'in-sync') ?? statuses[0]
        return raw.DBClusterParameterGroup ? { name: raw.DBClusterParameterGroup, ...(applyStatus ? { applyStatus } : {}) } : undefined
      }, want)
      return { resources: { 'rds.cluster': clusters }, gaps: [], ...(leftOut ? { partial: [parametersLeftOut('rds.cluster', region)] } : {}) }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'rds.cluster', region)] }
    }
  },
}

/** Default bound on the snapshot attribute reads per region (CLEARSKY_MAX_RDS_SNAPSHOTS overrides it). */
export const DEFAULT_MAX_SNAPSHOT_ATTRIBUTE_READS = 500

export function maxSnapshotAttributeReads(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.CLEARSKY_MAX_RDS_SNAPSHOTS)
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_MAX_SNAPSHOT_ATTRIBUTE_READS
}

/**
 * The account's own manual DB snapshots and DB cluster snapshots, with their `restore`
 * attribute (who may restore them; `all` = public). Automated snapshots cannot be shared and are
 * not listed. The attribute costs one call per snapshot, so at most a bound of snapshots per
 * region get it (newest first); the rest keep `restoreAccounts` unresolved, never a silent pass.
 * A snapshot outlives its instance or cluster, so empty instance and cluster listings prove
 * nothing here: each of the two listings is skipped only when RDS counts no manual snapshot of
 * its kind in the region.
 */
export const rdsSnapshotCollector: Collector = {
  id: 'rds.snapshot',
  produces: ['rds.snapshot'],
  actions: [RDS_USAGE_ACTION, 'rds:DescribeDBSnapshots', 'rds:DescribeDBClusterSnapshots', 'rds:DescribeDBSnapshotAttributes', 'rds:DescribeDBClusterSnapshotAttributes'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const R = await import('@aws-sdk/client-rds')
    let snapshots: ((DBSnapshot & { kind: 'instance' }) | (DBClusterSnapshot & { kind: 'cluster' }))[]
    const usage = await rdsUsage(ctx, region)
    try {
      const [instance, cluster] = await Promise.all([
        holdsNone(usage, 'ManualSnapshots') ? [] : collectPages(
          (Marker) => ctx.send(region, 'rds:DescribeDBSnapshots', new R.DescribeDBSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
          (p) => p.Marker,
          (p) => p.DBSnapshots,
        ),
        holdsNone(usage, 'ManualClusterSnapshots') ? [] : collectPages(
          (Marker) => ctx.send(region, 'rds:DescribeDBClusterSnapshots', new R.DescribeDBClusterSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
          (p) => p.Marker,
          (p) => p.DBClusterSnapshots,
        ),
      ])
      snapshots = [...instance.map((s) => ({ ...s, kind: 'instance' as const })), ...cluster.map((s) => ({ ...s, kind: 'cluster' as const }))].filter((s) => isRdsEngine(s.Engine))
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'rds.snapshot', region)] }
    }
    const bound = maxSnapshotAttributeReads()
    const time = (s: { SnapshotCreateTime?: Date }) => s.SnapshotCreateTime?.getTime() ?? 0
    const read = new Set([...snapshots].sort((a, b) => time(b) - time(a)).slice(0, bound))
    const notes = snapshots.length > bound ? [`${region}: ${snapshots.length} manual RDS snapshots; the sharing of the ${snapshots.length - bound} oldest was not read (CLEARSKY_MAX_RDS_SNAPSHOTS=${bound}), so rds-snapshot-not-public reports them as unknown`] : []
    const mapped = await mapLimit(snapshots, 8, async (s) => {
      let attributes: Fetched<DBSnapshotAttribute[]>
      if (!read.has(s)) attributes = { ok: false, absent: false, reason: `not read: more than ${bound} manual snapshots in the region` }
      else if (s.kind === 'instance') {
        const r = await fetchOptional(ctx.send(region, 'rds:DescribeDBSnapshotAttributes', new R.DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier })))
        if (!r.ok && r.absent) return undefined // deleted meanwhile
        attributes = r.ok ? { ok: true, value: r.value.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? [] } : r
      } else {
        const r = await fetchOptional(ctx.send(region, 'rds:DescribeDBClusterSnapshotAttributes', new R.DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier })))
        if (!r.ok && r.absent) return undefined
        attributes = r.ok ? { ok: true, value: r.value.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? [] } : r
      }
      return mapDbSnapshot(s, attributes, where(ctx, region))
    })
    return { resources: { 'rds.snapshot': mapped.filter((s): s is RdsSnapshot => s !== undefined) }, gaps: [], ...(notes.length ? { notes } : {}) }
  },
}
