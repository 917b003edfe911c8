/**
 * Amazon RDS (query protocol, API 2014-10-31): DB instances, DB clusters, manual snapshots and
 * their `restore` attribute, from a region's `dbInstances`, `dbClusters` and `dbSnapshots`, and
 * the quota usage that counts them (DescribeAccountAttributes).
 * Lists are named after their members (`<DBInstances><DBInstance>`), as RDS does. Settings
 * left out take AWS's defaults for an instance created without them.
 */
import { ApiError } from '../errors.js'
import { maxRecordsPage as page } from './max-records-page.js'
import { XmlList } from '../protocols/xml.js'
import { QUERY_ERRORS } from './common.js'
import type { CallContext, Input, ServiceDef } from './types.js'
import { rdsEventSubscriptionOperations } from './rds-event-subscriptions.js'
import { rdsGlobalClusterOperations } from './rds-global-clusters.js'

export interface FixtureDbInstance {
  identifier: string
  engine: string
  engineVersion?: string
  clusterIdentifier?: string
  replicaOf?: string
  publiclyAccessible?: boolean
  storageEncrypted?: boolean
  kmsKeyId?: string
  /** Default 1 (AWS's default). */
  backupRetentionPeriod?: number
  deletionProtection?: boolean
  multiAz?: boolean
  /** Default true. */
  autoMinorVersionUpgrade?: boolean
  iamAuth?: boolean
  monitoringInterval?: number
  logExports?: string[]
  masterUsername?: string
  port?: number
  copyTagsToSnapshot?: boolean
  securityGroupIds?: string[]
  tags?: Record<string, string>
  /** The subnets of its DB subnet group (absent: no DBSubnetGroup in the answer). */
  subnetIds?: string[]
  vpcId?: string
  /** Its DB parameter group (default: `default.<engine>`, holding the region's defaults for the engine). */
  parameterGroup?: string
  /** Default `in-sync`. */
  parameterApplyStatus?: string
}

export interface FixtureDbCluster {
  identifier: string
  engine: string
  engineMode?: string
  storageEncrypted?: boolean
  backupRetentionPeriod?: number
  deletionProtection?: boolean
  multiAz?: boolean
  /** Reported for Multi-AZ DB clusters only (non-Aurora engines), as RDS does. */
  autoMinorVersionUpgrade?: boolean
  iamAuth?: boolean
  logExports?: string[]
  masterUsername?: string
  port?: number
  copyTagsToSnapshot?: boolean
  members?: string[]
  /** Aurora MySQL backtrack window in seconds (absent: backtracking off, no BacktrackWindow). */
  backtrackWindow?: number
  /** Its DB cluster parameter group (default: `default.<engine>`). */
  parameterGroup?: string
  /** What every member reports for it (default `in-sync`). */
  parameterApplyStatus?: string
}

/** A DB parameter group (`kind` instance) or DB cluster parameter group, with the values it sets. */
export interface FixtureDbParameterGroup {
  name: string
  kind: 'instance' | 'cluster'
  parameters: Record<string, string>
}

export interface FixtureDbProxy {
  name: string
  /** `MYSQL`, `POSTGRESQL`, `SQLSERVER`. */
  engineFamily: string
  requireTls?: boolean
  vpcId?: string
}

export interface FixtureDbSnapshot {
  identifier: string
  kind?: 'instance' | 'cluster'
  source: string
  engine: string
  encrypted?: boolean
  /** The `restore` attribute: account ids, or `all` for a public snapshot. */
  restore?: string[]
  /** Automated snapshots are listed only when asked for (SnapshotType automated, or no type). */
  automated?: boolean
  createdAt?: string
}

declare module '../fixture.js' {
  interface FixtureRegion {
    dbInstances?: FixtureDbInstance[]
    dbClusters?: FixtureDbCluster[]
    dbSnapshots?: FixtureDbSnapshot[]
    dbProxies?: FixtureDbProxy[]
    dbParameterGroups?: FixtureDbParameterGroup[]
  }
}

/** The port RDS gives an engine when none is chosen. */
const defaultPort = (engine: string) => (/mysql|mariadb|^aurora$/.test(engine) ? 3306 : engine.startsWith('oracle') ? 1521 : engine.startsWith('sqlserver') ? 1433 : 5432)

const tags = (t: Record<string, string> | undefined) => new XmlList('Tag', Object.entries(t ?? {}).map(([Key, Value]) => ({ Key, Value })))
const arn = (ctx: CallContext, kind: string, id: string) => `arn:aws:rds:${ctx.region}:${ctx.accountId}:${kind}:${id}`

function instance(ctx: CallContext, i: FixtureDbInstance) {
  return {
    DBInstanceIdentifier: i.identifier,
    DBInstanceArn: arn(ctx, 'db', i.identifier),
    DBInstanceClass: 'db.m7g.large',
    Engine: i.engine,
    EngineVersion: i.engineVersion ?? '16.4',
    DBInstanceStatus: 'available',
    MasterUsername: i.masterUsername,
    Endpoint: { Address: `${i.identifier}.abc.${ctx.region}.rds.amazonaws.com`, Port: i.port ?? defaultPort(i.engine) },
    DBClusterIdentifier: i.clusterIdentifier,
    ReadReplicaSourceDBInstanceIdentifier: i.replicaOf,
    PubliclyAccessible: i.publiclyAccessible ?? false,
    StorageEncrypted: i.storageEncrypted ?? false,
    KmsKeyId: i.kmsKeyId,
    BackupRetentionPeriod: i.backupRetentionPeriod ?? 1,
    DeletionProtection: i.deletionProtection ?? false,
    MultiAZ: i.multiAz ?? false,
    AutoMinorVersionUpgrade: i.autoMinorVersionUpgrade ?? true,
    IAMDatabaseAuthenticationEnabled: i.iamAuth ?? false,
    MonitoringInterval: i.monitoringInterval ?? 0,
    EnabledCloudwatchLogsExports: i.logExports,
    CopyTagsToSnapshot: i.copyTagsToSnapshot ?? false,
    VpcSecurityGroups: new XmlList('VpcSecurityGroupMembership', (i.securityGroupIds ?? []).map((id) => ({ VpcSecurityGroupId: id, Status: 'active' }))),
    TagList: tags(i.tags),
    DBParameterGroups: new XmlList('DBParameterGroup', [{ DBParameterGroupName: i.parameterGroup ?? `default.${i.engine}`, ParameterApplyStatus: i.parameterApplyStatus ?? 'in-sync' }]),
    DBSubnetGroup: i.subnetIds
      ? {
          DBSubnetGroupName: `${i.identifier}-subnets`,
          DBSubnetGroupDescription: 'fixture',
          VpcId: i.vpcId,
          SubnetGroupStatus: 'Complete',
          Subnets: new XmlList('Subnet', i.subnetIds.map((id) => ({ SubnetIdentifier: id, SubnetStatus: 'Active' }))),
        }
      : undefined,
  }
}

function cluster(ctx: CallContext, c: FixtureDbCluster) {
  return {
    DBClusterIdentifier: c.identifier,
    DBClusterArn: arn(ctx, 'cluster', c.identifier),
    Engine: c.engine,
    EngineMode: c.engineMode ?? 'provisioned',
    EngineVersion: '16.4',
    Status: 'available',
    StorageEncrypted: c.storageEncrypted ?? false,
    BackupRetentionPeriod: c.backupRetentionPeriod ?? 1,
    DeletionProtection: c.deletionProtection ?? false,
    MultiAZ: c.multiAz ?? false,
    AutoMinorVersionUpgrade: c.engine.startsWith('aurora') ? undefined : (c.autoMinorVersionUpgrade ?? true),
    IAMDatabaseAuthenticationEnabled: c.iamAuth ?? false,
    EnabledCloudwatchLogsExports: c.logExports,
    MasterUsername: c.masterUsername,
    Port: c.port ?? defaultPort(c.engine),
    CopyTagsToSnapshot: c.copyTagsToSnapshot ?? false,
    DBClusterParameterGroup: c.parameterGroup ?? `default.${c.engine}`,
    DBClusterMembers: new XmlList('DBClusterMember', (c.members ?? []).map((id, n) => ({ DBInstanceIdentifier: id, IsClusterWriter: n === 0, DBClusterParameterGroupStatus: c.parameterApplyStatus ?? 'in-sync' }))),
    BacktrackWindow: c.backtrackWindow,
    TagList: tags(undefined),
  }
}

function snapshots(ctx: CallContext, kind: 'instance' | 'cluster', type: unknown) {
  return (ctx.data.dbSnapshots ?? []).filter((s) => (s.kind ?? 'instance') === kind && (type === undefined || type === '' || (type === 'automated') === !!s.automated))
}

function findSnapshot(ctx: CallContext, kind: 'instance' | 'cluster', id: unknown): FixtureDbSnapshot {
  const s = (ctx.data.dbSnapshots ?? []).find((x) => (x.kind ?? 'instance') === kind && x.identifier === id && !x.automated)
  if (!s) throw new ApiError(kind === 'instance' ? 'DBSnapshotNotFound' : 'DBClusterSnapshotNotFoundFault', `${String(id)} not found`, 404)
  return s
}

/** The names a `parameter-name` filter asks for (Filters.Filter.N.Values.Value.M on the wire). */
function filteredNames(input: Input): string[] | undefined {
  const filters = (input.Filters as { Filter?: { Name?: string; Values?: { Value?: string[] | string } }[] } | undefined)?.Filter ?? []
  const names = filters.filter((f) => f.Name === 'parameter-name').flatMap((f) => [f.Values?.Value ?? []].flat())
  return filters.length ? names : undefined
}

/**
 * A group's parameters as RDS lists them: a default group (`default.*`) holds nothing set, so
 * every parameter shows the engine default the fixture gives it (none: no value).
 */
function parameters(ctx: CallContext, kind: 'instance' | 'cluster', input: Input, nameField: string) {
  const name = String(input[nameField] ?? '')
  const group = (ctx.data.dbParameterGroups ?? []).find((g) => g.kind === kind && g.name === name)
  if (!group && !name.startsWith('default.')) throw new ApiError(kind === 'instance' ? 'DBParameterGroupNotFound' : 'DBParameterGroupNotFound', `${name} not found`, 404)
  const wanted = filteredNames(input)
  const items = Object.entries(group?.parameters ?? {})
    .filter(([n]) => !wanted || wanted.includes(n))
    .map(([ParameterName, ParameterValue]) => ({ ParameterName, ParameterValue, Source: 'user', ApplyType: 'dynamic', IsModifiable: true }))
  const p = page(items, input, ctx, kind === 'instance' ? 'DescribeDBParameters' : 'DescribeDBClusterParameters')
  return { Parameters: new XmlList('Parameter', p.items), Marker: p.next }
}

const attributes = (s: FixtureDbSnapshot, item: string) => new XmlList(item, [{ AttributeName: 'restore', AttributeValues: new XmlList('AttributeValue', s.restore ?? []) }])

export const rds: ServiceDef = {
  signingName: 'rds',
  iamPrefix: 'rds',
  protocol: 'query',
  apiVersion: '2014-10-31',
  xmlns: 'http://rds.amazonaws.com/doc/2014-10-31/',
  defaultFamily: 'read',
  errors: { ...QUERY_ERRORS, throttling: { code: 'ThrottlingException', status: 400 } },
  operations: {
    ...rdsEventSubscriptionOperations,
    ...rdsGlobalClusterOperations,
    DescribeDBInstances: {
      handle(input, ctx) {
        const p = page(ctx.data.dbInstances ?? [], input, ctx, 'DescribeDBInstances')
        return { DBInstances: new XmlList('DBInstance', p.items.map((i) => instance(ctx, i))), Marker: p.next }
      },
    },
    DescribeDBClusters: {
      handle(input, ctx) {
        const p = page(ctx.data.dbClusters ?? [], input, ctx, 'DescribeDBClusters')
        return { DBClusters: new XmlList('DBCluster', p.items.map((c) => cluster(ctx, c))), Marker: p.next }
      },
    },
    DescribeDBParameters: {
      resource: (input) => String(input.DBParameterGroupName ?? ''),
      handle: (input, ctx) => parameters(ctx, 'instance', input, 'DBParameterGroupName'),
    },
    DescribeDBClusterParameters: {
      resource: (input) => String(input.DBClusterParameterGroupName ?? ''),
      handle: (input, ctx) => parameters(ctx, 'cluster', input, 'DBClusterParameterGroupName'),
    },
    DescribeDBProxies: {
      handle(input, ctx) {
        const all = (ctx.data.dbProxies ?? []).filter((x) => input.DBProxyName === undefined || x.name === input.DBProxyName)
        if (input.DBProxyName !== undefined && all.length === 0) throw new ApiError('DBProxyNotFoundFault', `DB proxy ${String(input.DBProxyName)} not found`, 404)
        const p = page(all, input, ctx, 'DescribeDBProxies')
        return {
          DBProxies: new XmlList(
            'member',
            p.items.map((x) => ({
              DBProxyName: x.name,
              DBProxyArn: arn(ctx, 'db-proxy', `prx-${x.name}`),
              Status: 'available',
              EngineFamily: x.engineFamily,
              VpcId: x.vpcId,
              RequireTLS: x.requireTls ?? false,
              IdleClientTimeout: 1800,
              DebugLogging: false,
              Endpoint: `${x.name}.proxy-abc.${ctx.region}.rds.amazonaws.com`,
            })),
          ),
          Marker: p.next,
        }
      },
    },
    DescribeDBSnapshots: {
      handle(input, ctx) {
        const p = page(snapshots(ctx, 'instance', input.SnapshotType), input, ctx, 'DescribeDBSnapshots')
        return {
          DBSnapshots: new XmlList(
            'DBSnapshot',
            p.items.map((s) => ({ DBSnapshotIdentifier: s.identifier, DBSnapshotArn: arn(ctx, 'snapshot', s.identifier), DBInstanceIdentifier: s.source, Engine: s.engine, Encrypted: s.encrypted ?? false, SnapshotType: s.automated ? 'automated' : 'manual', SnapshotCreateTime: new Date(s.createdAt ?? '2026-10-01T00:00:00Z'), Status: 'available' })),
          ),
          Marker: p.next,
        }
      },
    },
    DescribeDBClusterSnapshots: {
      handle(input, ctx) {
        const p = page(snapshots(ctx, 'cluster', input.SnapshotType), input, ctx, 'DescribeDBClusterSnapshots')
        return {
          DBClusterSnapshots: new XmlList(
            'DBClusterSnapshot',
            p.items.map((s) => ({ DBClusterSnapshotIdentifier: s.identifier, DBClusterSnapshotArn: arn(ctx, 'cluster-snapshot', s.identifier), DBClusterIdentifier: s.source, Engine: s.engine, StorageEncrypted: s.encrypted ?? false, SnapshotType: s.automated ? 'automated' : 'manual', SnapshotCreateTime: new Date(s.createdAt ?? '2026-10-01T00:00:00Z'), Status: 'available' })),
          ),
          Marker: p.next,
        }
      },
    },
    DescribeDBSnapshotAttributes: {
      resource: (input) => String(input.DBSnapshotIdentifier ?? ''),
      handle(input, ctx) {
        const s = findSnapshot(ctx, 'instance', input.DBSnapshotIdentifier)
        return { DBSnapshotAttributesResult: { DBSnapshotIdentifier: s.identifier, DBSnapshotAttributes: attributes(s, 'DBSnapshotAttribute') } }
      },
    },
    // The region's RDS quotas with their usage, counted from the fixture as RDS counts them
    // (Neptune and DocumentDB included).
    DescribeAccountAttributes: {
      handle(_input, ctx) {
        const manual = (kind: 'instance' | 'cluster') => snapshots(ctx, kind, 'manual').length
        const used: Record<string, [number, number]> = {
          DBInstances: [(ctx.data.dbInstances ?? []).length, 40],
          DBClusters: [(ctx.data.dbClusters ?? []).length, 40],
          ManualSnapshots: [manual('instance'), 100],
          ManualClusterSnapshots: [manual('cluster'), 100],
          EventSubscriptions: [(ctx.data.dbEventSubscriptions ?? []).length, 20],
          ReservedDBInstances: [0, 40],
        }
        return { AccountQuotas: new XmlList('AccountQuota', Object.entries(used).map(([AccountQuotaName, [Used, Max]]) => ({ AccountQuotaName, Used, Max }))) }
      },
    },
    DescribeDBClusterSnapshotAttributes: {
      resource: (input) => String(input.DBClusterSnapshotIdentifier ?? ''),
      handle(input, ctx) {
        const s = findSnapshot(ctx, 'cluster', input.DBClusterSnapshotIdentifier)
        return { DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: s.identifier, DBClusterSnapshotAttributes: attributes(s, 'DBClusterSnapshotAttribute') } }
      },
    },
  },
}
