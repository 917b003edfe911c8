/**
 * Secure-by-default builders for the data-store resources (RDS, DynamoDB, EFS, ElastiCache,
 * OpenSearch, AWS Backup): each returns a resource that passes every check over it.
 */
import type { RdsCluster, RdsEventSubscription, RdsInstance, RdsProxy, RdsSnapshot } from '../../src/model/rds.js'
import type { DynamoDbTable } from '../../src/model/dynamodb.js'
import type { EfsAccessPoint, EfsFileSystem, EfsMountTarget } from '../../src/model/efs.js'
import type { ElastiCacheCluster, ElastiCacheReplicationGroup } from '../../src/model/elasticache.js'
import type { OpenSearchDomain } from '../../src/model/opensearch.js'
import type { BackupPlan, BackupRecoveryPoint, BackupVault } from '../../src/model/backup.js'
import type { DaxCluster } from '../../src/model/dax.js'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

type Over<T> = { [K in keyof T]?: T[K] }

export const rdsInstanceArn = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`
export const rdsClusterArn = (id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${id}`
export const dynamoTableArn = (name: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`
export const efsArn = (id: string) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`

export function rdsInstance(over: Over<RdsInstance> = {}): RdsInstance {
  const identifier = over.identifier ?? over.name ?? 'orders-db'
  return {
    id: rdsInstanceArn(identifier),
    arn: rdsInstanceArn(identifier),
    name: identifier,
    accountId: ACCOUNT,
    region: REGION,
    identifier,
    engine: 'postgres',
    engineVersion: '16.4',
    instanceClass: 'db.m7g.large',
    status: 'available',
    publiclyAccessible: false,
    storageEncrypted: true,
    kmsKeyId: CMK,
    backupRetentionPeriod: 14,
    deletionProtection: true,
    multiAz: true,
    autoMinorVersionUpgrade: true,
    iamDatabaseAuthentication: true,
    monitoringInterval: 60,
    enabledLogExports: ['postgresql', 'upgrade'],
    masterUsername: 'orders_owner',
    port: 6432,
    copyTagsToSnapshot: true,
    vpcSecurityGroupIds: ['sg-0db0000000000001'],
    subnetIds: ['subnet-a', 'subnet-b'],
    vpcId: 'vpc-1',
    ...over,
  }
}

export function rdsCluster(over: Over<RdsCluster> = {}): RdsCluster {
  const identifier = over.identifier ?? over.name ?? 'ledger'
  return {
    id: rdsClusterArn(identifier),
    arn: rdsClusterArn(identifier),
    name: identifier,
    accountId: ACCOUNT,
    region: REGION,
    identifier,
    engine: 'aurora-postgresql',
    engineMode: 'provisioned',
    engineVersion: '16.4',
    status: 'available',
    storageEncrypted: true,
    kmsKeyId: CMK,
    backupRetentionPeriod: 14,
    deletionProtection: true,
    multiAz: true,
    iamDatabaseAuthentication: true,
    enabledLogExports: ['postgresql'],
    masterUsername: 'ledger_owner',
    port: 6432,
    copyTagsToSnapshot: true,
    members: [`${identifier}-1`, `${identifier}-2`],
    ...over,
  }
}

export function rdsSnapshot(over: Over<RdsSnapshot> = {}): RdsSnapshot {
  const identifier = over.identifier ?? over.name ?? 'orders-db-before-migration'
  const arn = `arn:aws:rds:${REGION}:${ACCOUNT}:${over.kind === 'cluster' ? 'cluster-snapshot' : 'snapshot'}:${identifier}`
  return {
    id: arn,
    arn,
    name: identifier,
    accountId: ACCOUNT,
    region: REGION,
    identifier,
    kind: 'instance',
    sourceIdentifier: 'orders-db',
    engine: 'postgres',
    encrypted: true,
    kmsKeyId: CMK,
    createdAt: '2026-10-01T00:00:00.000Z',
    restoreAccounts: [],
    ...over,
  }
}

export function dynamoTable(over: Over<DynamoDbTable> = {}): DynamoDbTable {
  const tableName = over.tableName ?? over.name ?? 'orders'
  return {
    id: dynamoTableArn(tableName),
    arn: dynamoTableArn(tableName),
    name: tableName,
    accountId: ACCOUNT,
    region: REGION,
    tags: { backup: 'daily' },
    tableName,
    status: 'ACTIVE',
    pointInTimeRecovery: true,
    recoveryPeriodDays: 35,
    encryption: { keyType: 'CUSTOMER_MANAGED', kmsKeyArn: CMK },
    deletionProtection: true,
    billingMode: 'PAY_PER_REQUEST',
    ...over,
  }
}

export function efsFileSystem(over: Over<EfsFileSystem> = {}): EfsFileSystem {
  const fileSystemId = over.fileSystemId ?? 'fs-0123456789abcdef0'
  return {
    id: efsArn(fileSystemId),
    arn: efsArn(fileSystemId),
    name: over.name ?? 'shared-uploads',
    accountId: ACCOUNT,
    region: REGION,
    fileSystemId,
    encrypted: true,
    kmsKeyId: CMK,
    policy: null,
    backupPolicyStatus: 'ENABLED',
    lifeCycleState: 'available',
    ...over,
  }
}

export function efsAccessPoint(over: Over<EfsAccessPoint> = {}): EfsAccessPoint {
  const accessPointId = over.accessPointId ?? 'fsap-0123456789abcdef0'
  const arn = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/${accessPointId}`
  return {
    id: arn,
    arn,
    name: over.name ?? 'uploads-app',
    accountId: ACCOUNT,
    region: REGION,
    accessPointId,
    fileSystemId: 'fs-0123456789abcdef0',
    rootDirectory: '/uploads',
    posixUser: { uid: 1001, gid: 1001, secondaryGids: [] },
    ...over,
  }
}

export function cacheReplicationGroup(over: Over<ElastiCacheReplicationGroup> = {}): ElastiCacheReplicationGroup {
  const replicationGroupId = over.replicationGroupId ?? over.name ?? 'sessions'
  const arn = `arn:aws:elasticache:${REGION}:${ACCOUNT}:replicationgroup:${replicationGroupId}`
  return {
    id: arn,
    arn,
    name: replicationGroupId,
    accountId: ACCOUNT,
    region: REGION,
    replicationGroupId,
    engine: 'valkey',
    engineVersion: '8.0',
    status: 'available',
    atRestEncryption: true,
    kmsKeyId: CMK,
    transitEncryption: true,
    transitEncryptionMode: 'required',
    authTokenEnabled: false,
    userGroupIds: ['sessions-users'],
    snapshotRetentionLimit: 7,
    automaticFailover: 'enabled',
    multiAz: 'enabled',
    memberClusters: [`${replicationGroupId}-001`, `${replicationGroupId}-002`],
    autoMinorVersionUpgrade: true,
    ...over,
  }
}

export function cacheCluster(over: Over<ElastiCacheCluster> = {}): ElastiCacheCluster {
  const cacheClusterId = over.cacheClusterId ?? over.name ?? 'page-cache'
  const arn = `arn:aws:elasticache:${REGION}:${ACCOUNT}:cluster:${cacheClusterId}`
  return {
    id: arn,
    arn,
    name: cacheClusterId,
    accountId: ACCOUNT,
    region: REGION,
    cacheClusterId,
    engine: 'memcached',
    engineVersion: '1.6.22',
    status: 'available',
    atRestEncryption: false,
    transitEncryption: true,
    authTokenEnabled: false,
    snapshotRetentionLimit: 0,
    autoMinorVersionUpgrade: true,
    cacheSubnetGroupName: 'cache-private',
    securityGroupIds: ['sg-0cache00000000001'],
    port: 11211,
    numCacheNodes: 2,
    ...over,
  }
}

export function openSearchDomain(over: Over<OpenSearchDomain> = {}): OpenSearchDomain {
  const domainName = over.domainName ?? over.name ?? 'search'
  const arn = `arn:aws:es:${REGION}:${ACCOUNT}:domain/${domainName}`
  return {
    id: arn,
    arn,
    name: domainName,
    accountId: ACCOUNT,
    region: REGION,
    domainName,
    engineVersion: 'OpenSearch_2.17',
    encryptionAtRest: true,
    kmsKeyId: CMK,
    nodeToNodeEncryption: true,
    enforceHttps: true,
    tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
    vpc: { vpcId: 'vpc-0search000000001', subnetIds: ['subnet-0a', 'subnet-0b'], securityGroupIds: ['sg-0search0000001'] },
    accessPolicy: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/search-writer` }, Action: 'es:ESHttp*', Resource: `${arn}/*` }],
    },
    fineGrainedAccessControl: true,
    internalUserDatabase: false,
    logPublishing: {
      AUDIT_LOGS: { enabled: true, logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/opensearch/${domainName}/audit` },
      ES_APPLICATION_LOGS: { enabled: true, logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/opensearch/${domainName}/error` },
    },
    instanceCount: 3,
    dedicatedMasterEnabled: true,
    zoneAwareness: true,
    ...over,
  }
}

export function backupVault(over: Over<BackupVault> = {}): BackupVault {
  const vaultName = over.vaultName ?? over.name ?? 'primary'
  const arn = `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:${vaultName}`
  return {
    id: arn,
    arn,
    name: vaultName,
    accountId: ACCOUNT,
    region: REGION,
    vaultName,
    vaultType: 'BACKUP_VAULT',
    encryptionKeyArn: CMK,
    encryptionKeyManager: 'CUSTOMER',
    policy: null,
    locked: false,
    recoveryPoints: 12,
    ...over,
  }
}

export function backupPlan(over: Over<BackupPlan> = {}): BackupPlan {
  const planId = over.planId ?? '11111111-2222-3333-4444-555555555555'
  const arn = `arn:aws:backup:${REGION}:${ACCOUNT}:backup-plan:${planId}`
  return {
    id: arn,
    arn,
    name: over.name ?? 'daily',
    accountId: ACCOUNT,
    region: REGION,
    planId,
    rules: [{ name: 'daily-35d', targetVault: 'primary', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 35 }],
    selections: [{ name: 'tagged', resources: ['*'], notResources: [], anyOfTags: [], allOf: [{ operator: 'StringEquals', key: 'backup', value: 'daily' }] }],
    ...over,
  }
}

/** An enabled subscription that sends every category of every source type to an existing topic. */
export function rdsEventSubscription(over: Over<RdsEventSubscription> = {}): RdsEventSubscription {
  const subscriptionName = over.subscriptionName ?? 'db-oncall'
  const arn = `arn:aws:rds:${REGION}:${ACCOUNT}:es:${subscriptionName}`
  return {
    id: arn,
    arn,
    name: subscriptionName,
    accountId: ACCOUNT,
    region: REGION,
    subscriptionName,
    eventCategories: [],
    sourceIds: [],
    enabled: true,
    snsTopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:db-oncall`,
    status: 'active',
    ...over,
  }
}

/** A mount target of the default file system in the private subnet `subnet-a`. */
export function efsMountTarget(over: Over<EfsMountTarget> = {}): EfsMountTarget {
  const mountTargetId = over.mountTargetId ?? 'fsmt-0123456789abcdef0'
  return {
    id: mountTargetId,
    name: mountTargetId,
    accountId: ACCOUNT,
    region: REGION,
    mountTargetId,
    fileSystemId: 'fs-0123456789abcdef0',
    subnetId: 'subnet-a',
    vpcId: 'vpc-1',
    availabilityZone: 'us-east-1a',
    ...over,
  }
}

/** An encrypted DAX cluster whose endpoint requires TLS. */
export function daxCluster(over: Over<DaxCluster> = {}): DaxCluster {
  const clusterName = over.clusterName ?? over.name ?? 'orders-cache'
  const arn = `arn:aws:dax:${REGION}:${ACCOUNT}:cache/${clusterName}`
  return { id: arn, arn, name: clusterName, accountId: ACCOUNT, region: REGION, clusterName, status: 'available', encryptedAtRest: true, endpointEncryption: 'TLS', ...over }
}

/** A completed, encrypted recovery point of a DynamoDB table in the `primary` vault. */
export function backupRecoveryPoint(over: Over<BackupRecoveryPoint> = {}): BackupRecoveryPoint {
  const arn = over.arn ?? `arn:aws:backup:${REGION}:${ACCOUNT}:recovery-point:0a1b2c3d-0000-4000-8000-0000000000aa`
  return {
    id: arn,
    arn,
    name: arn.split(':').pop() ?? arn,
    accountId: ACCOUNT,
    region: REGION,
    vaultName: 'primary',
    resourceType: 'DynamoDB',
    sourceResourceArn: dynamoTableArn('orders'),
    encrypted: true,
    encryptionKeyArn: CMK,
    status: 'COMPLETED',
    ...over,
  }
}

/** An available PostgreSQL RDS Proxy that requires TLS. */
export function rdsProxy(over: Over<RdsProxy> = {}): RdsProxy {
  const proxyName = over.proxyName ?? 'orders-proxy'
  const arn = `arn:aws:rds:${REGION}:${ACCOUNT}:db-proxy:prx-0123456789abcdef0`
  return { id: arn, arn, name: proxyName, accountId: ACCOUNT, region: REGION, proxyName, engineFamily: 'POSTGRESQL', requireTls: true, status: 'available', vpcId: 'vpc-1', ...over }
}
