/**
 * aws_elasticache_replication_group → `elasticache.replication-group`; aws_elasticache_cluster
 * → `elasticache.cluster` (a cluster that names a replication_group_id is a member: the group
 * carries its encryption, AUTH and backups). Defaults: engine redis, no encryption, no AUTH, no
 * backups, no automatic failover, automatic minor upgrades on, the `default` subnet group, the
 * engine's default port.
 */
import { elastiCacheDefaultPort } from '../../../analysis/elasticache-engines.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const mode = (v: string | undefined): { transitEncryptionMode?: 'preferred' | 'required' } => (v === 'preferred' || v === 'required' ? { transitEncryptionMode: v } : {})

export function adaptElastiCache(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_elasticache_replication_group')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('replicationGroupId', inst.values.replication_group_id ?? inst.computed('id')) ?? PLACEHOLDER
    const engine = (f.str('engine', 'engine') ?? 'redis').toLowerCase()
    const engineVersion = f.str('engineVersion', 'engine_version')
    const kmsKeyId = f.id('kmsKeyId', 'kms_key_id')
    const authToken = f.get('auth_token') !== undefined
    if (authToken) f.locate('authTokenEnabled', 'auth_token')
    ctx.emit(
      'elasticache.replication-group',
      f.finish({
        ...f.base(inst.id, id),
        replicationGroupId: id,
        engine,
        ...(engineVersion ? { engineVersion } : {}),
        atRestEncryption: f.bool('atRestEncryption', 'at_rest_encryption_enabled') ?? false,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        transitEncryption: f.bool('transitEncryption', 'transit_encryption_enabled') ?? false,
        ...mode(f.str('transitEncryptionMode', 'transit_encryption_mode')),
        authTokenEnabled: authToken,
        userGroupIds: f.strList('userGroupIds', 'user_group_ids') ?? [],
        snapshotRetentionLimit: f.num('snapshotRetentionLimit', 'snapshot_retention_limit') ?? 0,
        automaticFailover: (f.bool('automaticFailover', 'automatic_failover_enabled') ?? false) ? 'enabled' : 'disabled',
        multiAz: (f.bool('multiAz', 'multi_az_enabled') ?? false) ? 'enabled' : 'disabled',
        memberClusters: [],
        autoMinorVersionUpgrade: f.bool('autoMinorVersionUpgrade', 'auto_minor_version_upgrade') ?? true,
      }),
      inst,
    )
  }
  for (const inst of ctx.byType('aws_elasticache_cluster')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('cacheClusterId', inst.values.cluster_id ?? inst.computed('id')) ?? PLACEHOLDER
    const group = f.id('replicationGroupId', 'replication_group_id')
    // A member takes its engine from the group.
    const engine = (f.str('engine', 'engine') ?? (group ? 'redis' : PLACEHOLDER)).toLowerCase()
    const engineVersion = f.str('engineVersion', 'engine_version')
    const groups = f.strList('securityGroupIds', 'security_group_ids')
    if (groups === undefined && !group) f.mark('securityGroupIds', 'not set: the VPC\'s default security group is used')
    const port = f.num('port', 'port') ?? elastiCacheDefaultPort(engine)
    ctx.emit(
      'elasticache.cluster',
      f.finish({
        ...f.base(inst.id, id),
        cacheClusterId: id,
        engine,
        ...(engineVersion ? { engineVersion } : {}),
        ...(group ? { replicationGroupId: group } : {}),
        atRestEncryption: false,
        transitEncryption: f.bool('transitEncryption', 'transit_encryption_enabled') ?? false,
        authTokenEnabled: false,
        snapshotRetentionLimit: f.num('snapshotRetentionLimit', 'snapshot_retention_limit') ?? 0,
        autoMinorVersionUpgrade: f.bool('autoMinorVersionUpgrade', 'auto_minor_version_upgrade') ?? true,
        cacheSubnetGroupName: f.str('cacheSubnetGroupName', 'subnet_group_name') ?? 'default',
        securityGroupIds: groups ?? [],
        ...(port !== undefined ? { port } : {}),
        numCacheNodes: f.num('numCacheNodes', 'num_cache_nodes') ?? 1,
      }),
      inst,
    )
  }
}
