/**
 * aws_db_instance and aws_rds_cluster_instance → `rds.instance`; aws_rds_cluster →
 * `rds.cluster`. Absent arguments take the AWS provider's and AWS's defaults: not public (the
 * provider sends false), unencrypted, one day of backups, no deletion protection, Single-AZ,
 * automatic minor upgrades on, no IAM authentication, no Enhanced Monitoring, no log exports,
 * tags not copied, the engine's default port. Settings inherited from a snapshot or a
 * replication source are marked unresolved.
 */
import { isAuroraEngine, rdsEngineFamily } from '../../../analysis/rds-engines.js'
import { templateParameters } from '../../../analysis/rds-parameter-defaults.js'
import { watchedParameters } from '../../../analysis/rds-parameters.js'
import type { RdsParameterGroupRef } from '../../../model/rds.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const optional = <K extends string>(key: K, v: string | undefined): { [P in K]?: string } => (v === undefined ? {} : ({ [key]: v } as { [P in K]: string }))

function port(f: Fields, engine: string): number | undefined {
  return f.num('port', 'port') ?? rdsEngineFamily(engine)?.defaultPort
}

/** The `type` group of the configuration that `wanted` designates, by its id or name. */
function groupNamed(ctx: AdapterContext, type: string, wanted: string | undefined): TfInstance | undefined {
  if (wanted === undefined) return undefined
  return ctx.byType(type).find((g) => [identity(g.computed('id')), identity(g.computed('name')), identity(g.values.name)].includes(wanted))
}

/**
 * The subnets of the DB subnet group an instance (or its cluster) names, read from the
 * aws_db_subnet_group of the configuration. No group means the default VPC's subnets, and a
 * group managed elsewhere cannot be read: both are unresolved.
 */
function dbSubnets(ctx: AdapterContext, f: Fields, name: Value | undefined): string[] {
  if (name === undefined || name === null) {
    f.mark('subnetIds', 'no DB subnet group is named: RDS places the instance in the default VPC')
    return []
  }
  if (name instanceof Unknown && identity(name) === undefined) {
    f.mark('subnetIds', name.reason)
    return []
  }
  const wanted = identity(name)
  const group = groupNamed(ctx, 'aws_db_subnet_group', wanted)
  if (!group) {
    f.mark('subnetIds', `DB subnet group ${wanted ?? '?'} is not defined in this configuration`)
    return []
  }
  const gf = new Fields(ctx, group)
  const ids = gf.strList('subnetIds', 'subnet_ids') ?? []
  if (gf.unresolved.subnetIds) f.mark('subnetIds', gf.unresolved.subnetIds)
  f.locateResource('subnetIds', group)
  return ids
}

/**
 * The parameter group `name` names (parameter_group_name, db_cluster_parameter_group_name), for
 * the engines a parameter check reads: the `parameter` blocks of the configuration's group, else
 * the engine defaults. No name means the engine's default group. A group managed elsewhere, or a
 * default that depends on an unset engine version, is unresolved.
 */
function parameterGroupOf(ctx: AdapterContext, f: Fields, name: Value | undefined, engine: string, version: string | undefined, of: 'instance' | 'cluster'): { parameterGroup?: RdsParameterGroupRef } {
  if (!watchedParameters(engine, of).length) return {}
  const explicit: Record<string, string | null> = {}
  let groupName = 'default'
  if (name !== undefined && name !== null) {
    const wanted = identity(name)
    if (wanted === undefined) {
      f.mark('parameterGroup', name instanceof Unknown ? name.reason : 'the parameter group name is not known')
      return {}
    }
    const type = of === 'instance' ? 'aws_db_parameter_group' : 'aws_rds_cluster_parameter_group'
    const group = groupNamed(ctx, type, wanted)
    if (!group) {
      f.mark('parameterGroup', `parameter group ${wanted} is not defined in this configuration`)
      return {}
    }
    groupName = identity(group.values.name) ?? wanted
    f.locateResource('parameterGroup', group)
    if (group.values.parameter instanceof Unknown) {
      f.mark('parameterGroup', group.values.parameter.reason)
      return {}
    }
    for (const b of blocksOf(group.values.parameter)) {
      const key = typeof b.name === 'string' ? b.name : undefined
      if (key === undefined) {
        f.mark('parameterGroup', 'a parameter block has an unknown name')
        continue
      }
      const v = b.value
      explicit[key] = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null
    }
  }
  const { values, unknown } = templateParameters(engine, version, of, explicit)
  if (unknown.length) f.mark('parameterGroup', `${unknown.join(', ')}: not set in the configuration, and the engine default depends on the engine version`)
  return { parameterGroup: { name: groupName, parameters: values } }
}

function clusterOfInstance(inst: TfInstance): string | undefined {
  return identity(inst.values.cluster_identifier)
}

export function adaptRds(ctx: AdapterContext): void {
  const clusters = ctx.byType('aws_rds_cluster').map((inst) => ({ inst, names: [identity(inst.computed('id')), identity(inst.computed('cluster_identifier')), identity(inst.values.cluster_identifier)].filter((x): x is string => !!x) }))

  for (const inst of ctx.byType('aws_db_instance')) {
    const f = new Fields(ctx, inst)
    const identifier = f.ident('identifier', inst.values.identifier ?? inst.computed('identifier')) ?? PLACEHOLDER
    const engine = f.str('engine', 'engine') ?? PLACEHOLDER
    const replicaOf = f.id('readReplicaSourceIdentifier', 'replicate_source_db')
    const inherited = replicaOf ? 'inherited from the replication source' : inst.values.snapshot_identifier !== undefined && inst.values.snapshot_identifier !== null ? 'inherited from the snapshot it is restored from' : undefined
    const storageEncrypted = f.bool('storageEncrypted', 'storage_encrypted')
    if (storageEncrypted === undefined && inherited) f.mark('storageEncrypted', inherited)
    const masterUsername = f.str('masterUsername', 'username')
    if (masterUsername === undefined && inherited) f.mark('masterUsername', inherited)
    const kmsKeyId = f.id('kmsKeyId', 'kms_key_id')
    const p = port(f, engine)
    ctx.emit(
      'rds.instance',
      f.finish({
        ...f.base(inst.id, identifier),
        identifier,
        engine,
        ...optional('engineVersion', f.str('engineVersion', 'engine_version')),
        ...optional('instanceClass', f.str('instanceClass', 'instance_class')),
        ...(replicaOf ? { readReplicaSourceIdentifier: replicaOf } : {}),
        publiclyAccessible: f.bool('publiclyAccessible', 'publicly_accessible') ?? false,
        storageEncrypted: storageEncrypted ?? kmsKeyId !== undefined,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        backupRetentionPeriod: f.num('backupRetentionPeriod', 'backup_retention_period') ?? 1,
        deletionProtection: f.bool('deletionProtection', 'deletion_protection') ?? false,
        multiAz: f.bool('multiAz', 'multi_az') ?? false,
        autoMinorVersionUpgrade: f.bool('autoMinorVersionUpgrade', 'auto_minor_version_upgrade') ?? true,
        iamDatabaseAuthentication: f.bool('iamDatabaseAuthentication', 'iam_database_authentication_enabled') ?? false,
        monitoringInterval: f.num('monitoringInterval', 'monitoring_interval') ?? 0,
        enabledLogExports: f.strList('enabledLogExports', 'enabled_cloudwatch_logs_exports', false) ?? [],
        ...(masterUsername !== undefined ? { masterUsername } : {}),
        ...(p !== undefined ? { port: p } : {}),
        copyTagsToSnapshot: f.bool('copyTagsToSnapshot', 'copy_tags_to_snapshot') ?? false,
        vpcSecurityGroupIds: f.strList('vpcSecurityGroupIds', 'vpc_security_group_ids') ?? [],
        subnetIds: dbSubnets(ctx, f, inst.values.db_subnet_group_name),
        ...parameterGroupOf(ctx, f, inst.values.parameter_group_name, engine, typeof inst.values.engine_version === 'string' ? inst.values.engine_version : undefined, 'instance'),
      }),
      inst,
    )
  }

  const members = ctx.byType('aws_rds_cluster_instance')
  for (const inst of members) {
    const f = new Fields(ctx, inst)
    const identifier = f.ident('identifier', inst.values.identifier ?? inst.computed('identifier')) ?? PLACEHOLDER
    const clusterIdentifier = f.id('clusterIdentifier', 'cluster_identifier') ?? PLACEHOLDER
    ctx.emit(
      'rds.instance',
      f.finish({
        ...f.base(inst.id, identifier),
        identifier,
        engine: f.str('engine', 'engine') ?? PLACEHOLDER,
        ...optional('engineVersion', f.str('engineVersion', 'engine_version')),
        ...optional('instanceClass', f.str('instanceClass', 'instance_class')),
        clusterIdentifier,
        publiclyAccessible: f.bool('publiclyAccessible', 'publicly_accessible') ?? false,
        // Storage, backups, deletion protection, authentication, logs, user, port and snapshot
        // tags belong to the cluster; the instance checks skip them for members.
        storageEncrypted: false,
        backupRetentionPeriod: 0,
        deletionProtection: false,
        multiAz: false,
        autoMinorVersionUpgrade: f.bool('autoMinorVersionUpgrade', 'auto_minor_version_upgrade') ?? true,
        iamDatabaseAuthentication: false,
        monitoringInterval: f.num('monitoringInterval', 'monitoring_interval') ?? 0,
        enabledLogExports: [],
        copyTagsToSnapshot: f.bool('copyTagsToSnapshot', 'copy_tags_to_snapshot') ?? false,
        vpcSecurityGroupIds: [],
        // A cluster member runs in its cluster's DB subnet group unless it names one itself.
        subnetIds: dbSubnets(ctx, f, inst.values.db_subnet_group_name ?? clusters.find((c) => c.names.includes(clusterIdentifier))?.inst.values.db_subnet_group_name),
      }),
      inst,
    )
  }

  for (const { inst, names } of clusters) {
    const f = new Fields(ctx, inst)
    const identifier = f.ident('identifier', inst.values.cluster_identifier ?? inst.computed('cluster_identifier')) ?? PLACEHOLDER
    const engine = f.str('engine', 'engine') ?? 'aurora-mysql'
    const engineMode = f.str('engineMode', 'engine_mode')
    const inherited = inst.values.snapshot_identifier != null || inst.values.restore_to_point_in_time != null ? 'inherited from the snapshot or source cluster it is restored from' : undefined
    const mine = members.filter((m) => {
      const c = clusterOfInstance(m)
      return c !== undefined && names.includes(c)
    })
    let multiAz: boolean
    if (inst.values.db_cluster_instance_class != null) multiAz = true // Multi-AZ DB clusters always span three zones.
    else if (mine.length < 2) multiAz = false
    else {
      const zones = mine.map((m) => identity(m.values.availability_zone))
      if (zones.every((z) => z !== undefined)) multiAz = new Set(zones).size > 1
      else {
        multiAz = false
        f.mark('multiAz', 'the cluster instances name no availability_zone: RDS places them')
      }
    }
    for (const m of mine) f.locateResource('multiAz', m)
    const storageEncrypted = f.bool('storageEncrypted', 'storage_encrypted')
    if (storageEncrypted === undefined && inherited) f.mark('storageEncrypted', inherited)
    const masterUsername = f.str('masterUsername', 'master_username')
    if (masterUsername === undefined && inherited) f.mark('masterUsername', inherited)
    const kmsKeyId = f.id('kmsKeyId', 'kms_key_id')
    const autoMinor = f.bool('autoMinorVersionUpgrade', 'auto_minor_version_upgrade')
    const p = port(f, engine)
    ctx.emit(
      'rds.cluster',
      f.finish({
        ...f.base(inst.id, identifier),
        identifier,
        engine,
        ...(engineMode ? { engineMode } : {}),
        ...optional('engineVersion', f.str('engineVersion', 'engine_version')),
        storageEncrypted: storageEncrypted ?? (engineMode === 'serverless' || kmsKeyId !== undefined),
        ...(kmsKeyId ? { kmsKeyId } : {}),
        backupRetentionPeriod: f.num('backupRetentionPeriod', 'backup_retention_period') ?? 1,
        deletionProtection: f.bool('deletionProtection', 'deletion_protection') ?? false,
        multiAz,
        ...(isAuroraEngine(engine) ? {} : { autoMinorVersionUpgrade: autoMinor ?? true }),
        iamDatabaseAuthentication: f.bool('iamDatabaseAuthentication', 'iam_database_authentication_enabled') ?? false,
        enabledLogExports: f.strList('enabledLogExports', 'enabled_cloudwatch_logs_exports', false) ?? [],
        ...(masterUsername !== undefined ? { masterUsername } : {}),
        ...(p !== undefined ? { port: p } : {}),
        copyTagsToSnapshot: f.bool('copyTagsToSnapshot', 'copy_tags_to_snapshot') ?? false,
        backtrackWindow: f.num('backtrackWindow', 'backtrack_window') ?? 0,
        ...parameterGroupOf(ctx, f, inst.values.db_cluster_parameter_group_name, engine, typeof inst.values.engine_version === 'string' ? inst.values.engine_version : undefined, 'cluster'),
        members: mine.map((m) => identity(m.values.identifier) ?? m.address),
      }),
      inst,
      mine,
    )
  }
}
