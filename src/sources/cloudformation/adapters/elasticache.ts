/**
 * AWS::ElastiCache::ReplicationGroup → `elasticache.replication-group`,
 * AWS::ElastiCache::CacheCluster → `elasticache.cluster`. Defaults as AWS applies them: engine
 * redis, no encryption, no AUTH, no backups, no automatic failover, automatic minor upgrades
 * on, the `default` subnet group and the engine's default port. The member nodes AWS creates
 * for a replication group are not emitted as clusters (a template does not declare them).
 */
import { elastiCacheDefaultPort } from '../../../analysis/elasticache-engines.js'
import type { Stack } from '../stack.js'

const mode = (v: string | undefined): { transitEncryptionMode?: 'preferred' | 'required' } => (v === 'preferred' || v === 'required' ? { transitEncryptionMode: v } : {})

export function adaptElastiCache(stack: Stack): void {
  for (const res of stack.ofType('AWS::ElastiCache::ReplicationGroup')) {
    const f = stack.fields(res)
    const id = f.str('replicationGroupId', ['ReplicationGroupId']) ?? String(stack.ref(res))
    const engine = (f.str('engine', ['Engine']) ?? 'redis').toLowerCase()
    const engineVersion = f.str('engineVersion', ['EngineVersion'])
    const kmsKeyId = f.str('kmsKeyId', ['KmsKeyId'])
    const authToken = f.get(['AuthToken']) !== undefined
    if (authToken) f.locate('authTokenEnabled', ['AuthToken'])
    stack.emit(
      'elasticache.replication-group',
      f.finish({
        ...f.base(stack.resourceId(res), id),
        replicationGroupId: id,
        engine,
        ...(engineVersion ? { engineVersion } : {}),
        atRestEncryption: f.bool('atRestEncryption', ['AtRestEncryptionEnabled']) ?? false,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        transitEncryption: f.bool('transitEncryption', ['TransitEncryptionEnabled']) ?? false,
        ...mode(f.str('transitEncryptionMode', ['TransitEncryptionMode'])),
        authTokenEnabled: authToken,
        userGroupIds: f.strList('userGroupIds', ['UserGroupIds']) ?? [],
        snapshotRetentionLimit: f.num('snapshotRetentionLimit', ['SnapshotRetentionLimit']) ?? 0,
        automaticFailover: (f.bool('automaticFailover', ['AutomaticFailoverEnabled']) ?? false) ? 'enabled' : 'disabled',
        multiAz: (f.bool('multiAz', ['MultiAZEnabled']) ?? false) ? 'enabled' : 'disabled',
        memberClusters: [],
        autoMinorVersionUpgrade: f.bool('autoMinorVersionUpgrade', ['AutoMinorVersionUpgrade']) ?? true,
      }),
      res,
    )
  }
  for (const res of stack.ofType('AWS::ElastiCache::CacheCluster')) {
    const f = stack.fields(res)
    const id = f.str('cacheClusterId', ['ClusterName']) ?? String(stack.ref(res))
    const engine = (f.str('engine', ['Engine']) ?? 'redis').toLowerCase()
    const engineVersion = f.str('engineVersion', ['EngineVersion'])
    const groups = f.strList('securityGroupIds', ['VpcSecurityGroupIds'])
    // Without security groups, ElastiCache attaches the VPC's default group, whose rules the template does not show.
    if (groups === undefined) f.mark('securityGroupIds', 'not set: the VPC\'s default security group is used')
    const port = f.num('port', ['Port']) ?? elastiCacheDefaultPort(engine)
    stack.emit(
      'elasticache.cluster',
      f.finish({
        ...f.base(stack.resourceId(res), id),
        cacheClusterId: id,
        engine,
        ...(engineVersion ? { engineVersion } : {}),
        atRestEncryption: false,
        transitEncryption: f.bool('transitEncryption', ['TransitEncryptionEnabled']) ?? false,
        authTokenEnabled: false,
        snapshotRetentionLimit: f.num('snapshotRetentionLimit', ['SnapshotRetentionLimit']) ?? 0,
        autoMinorVersionUpgrade: f.bool('autoMinorVersionUpgrade', ['AutoMinorVersionUpgrade']) ?? true,
        cacheSubnetGroupName: f.str('cacheSubnetGroupName', ['CacheSubnetGroupName']) ?? 'default',
        securityGroupIds: groups ?? [],
        ...(port !== undefined ? { port } : {}),
        numCacheNodes: f.num('numCacheNodes', ['NumCacheNodes']) ?? 1,
      }),
      res,
    )
  }
}
