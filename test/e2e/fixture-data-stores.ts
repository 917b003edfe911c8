/**
 * The data-store half of the e2e fixture: RDS and Aurora, DynamoDB, EFS, ElastiCache,
 * OpenSearch and AWS Backup. In us-east-1 each service has a resource that passes everything
 * and one that breaks everything its name suggests; eu-west-1 holds only a Multi-AZ DB cluster
 * without automatic minor upgrades and no backup plan, so the region-wide backup check fails
 * there. Every design states its verdicts where they differ from its type's baseline; the
 * expected findings are derived from these statements, never from the scanner's output.
 */
import type { FixtureAccount, FixtureKmsKey, FixtureSecurityGroup, PolicyDocument } from '../aws-server/fixture.js'
import type { FixtureDbCluster, FixtureDbInstance, FixtureDbSnapshot } from '../aws-server/services/rds.js'
import type { FixtureDbEventSubscription } from '../aws-server/services/rds-event-subscriptions.js'
import type { FixtureDynamoTable } from '../aws-server/services/dynamodb.js'
import type { FixtureEfsFileSystem } from '../aws-server/services/efs.js'
import type { FixtureCacheCluster, FixtureCacheReplicationGroup } from '../aws-server/services/elasticache.js'
import type { FixtureSearchDomain } from '../aws-server/services/opensearch.js'
import type { FixtureBackupPlan, FixtureBackupVault } from '../aws-server/services/backup.js'

const ACCOUNT = '111122223333'
const US = 'us-east-1'
const EU = 'eu-west-1'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'
type Expect = Partial<Record<string, Status>>

const all = (checks: readonly string[], s: Status): Record<string, Status> => Object.fromEntries(checks.map((c) => [c, s]))

// ---- The checks, by the resource type they evaluate (the later FSBP fixtures judge their added resources by them too) ----
export const RDS_INSTANCE = [
  'rds-instance-storage-encrypted',
  'rds-instance-not-publicly-accessible',
  'rds-instance-backup-enabled',
  'rds-instance-deletion-protection-enabled',
  'rds-instance-multi-az',
  'rds-instance-auto-minor-version-upgrade',
  'rds-instance-iam-auth-enabled',
  'rds-instance-enhanced-monitoring-enabled',
  'rds-instance-log-exports-enabled',
  'rds-instance-custom-admin-username',
  'rds-instance-non-default-port',
  'rds-instance-copy-tags-to-snapshots',
]
export const RDS_CLUSTER = [
  'rds-cluster-storage-encrypted',
  'rds-cluster-backup-retention',
  'rds-cluster-deletion-protection-enabled',
  'rds-cluster-multi-az',
  'rds-cluster-auto-minor-version-upgrade',
  'rds-cluster-iam-auth-enabled',
  'rds-cluster-log-exports-enabled',
  'rds-cluster-custom-admin-username',
  'rds-cluster-non-default-port',
  'rds-cluster-copy-tags-to-snapshots',
]
const RDS_SNAPSHOT = ['rds-snapshot-not-public', 'rds-snapshot-encrypted']
const RDS_EVENTS = ['rds-event-subscription-cluster-critical-events', 'rds-event-subscription-instance-critical-events', 'rds-event-subscription-parameter-group-critical-events', 'rds-event-subscription-security-group-critical-events']
const DYNAMO = ['dynamodb-table-pitr-enabled', 'dynamodb-table-cmk-encryption', 'dynamodb-table-deletion-protection-enabled', 'dynamodb-table-in-backup-plan']
const EFS = ['efs-file-system-encrypted', 'efs-file-system-policy-not-public', 'efs-file-system-automatic-backups-enabled', 'efs-file-system-mount-targets-private']
const EFS_AP = ['efs-access-point-root-directory', 'efs-access-point-posix-user']
const CACHE_GROUP = [
  'elasticache-replication-group-encrypted-at-rest',
  'elasticache-replication-group-encrypted-in-transit',
  'elasticache-replication-group-auth-enabled',
  'elasticache-replication-group-backups-enabled',
  'elasticache-replication-group-automatic-failover',
]
const CACHE_CLUSTER = ['elasticache-cluster-backups-enabled', 'elasticache-cluster-auto-minor-version-upgrade', 'elasticache-cluster-not-default-subnet-group', 'elasticache-cluster-encrypted-in-transit', 'elasticache-cluster-not-open-to-world']
export const SEARCH = [
  'opensearch-domain-encrypted-at-rest',
  'opensearch-domain-node-to-node-encryption',
  'opensearch-domain-https-required',
  'opensearch-domain-not-public',
  'opensearch-domain-fine-grained-access-control',
  'opensearch-domain-audit-logging',
  'opensearch-domain-error-logging',
  'opensearch-domain-fault-tolerant',
]
const VAULT = ['backup-vault-encrypted-with-cmk', 'backup-vault-policy-not-public']
const PLAN = ['backup-plan-retention-configured']
const REGION = ['backup-plan-exists']

/** What a member of an Aurora cluster gets: the cluster-managed settings are skipped. */
const AURORA_MEMBER: Expect = { ...all(RDS_INSTANCE, 'skip'), 'rds-instance-not-publicly-accessible': 'pass', 'rds-instance-auto-minor-version-upgrade': 'pass', 'rds-instance-enhanced-monitoring-enabled': 'pass' }

interface Designed<T> {
  region: string
  /** The name the finding carries. */
  name: string
  item: T
  expect: Expect
}

const open: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }

// ---- RDS and Aurora ----
const secureDb = { storageEncrypted: true, backupRetentionPeriod: 14, deletionProtection: true, multiAz: true, iamAuth: true, monitoringInterval: 60, copyTagsToSnapshot: true, securityGroupIds: ['sg-0db0000000000001'] }
const DB_INSTANCES: Designed<FixtureDbInstance>[] = [
  { region: US, name: 'orders-db', item: { identifier: 'orders-db', engine: 'postgres', ...secureDb, logExports: ['postgresql', 'upgrade'], masterUsername: 'orders_owner', port: 6432 }, expect: all(RDS_INSTANCE, 'pass') },
  {
    region: US,
    name: 'legacy-mysql-public-default-everything',
    item: { identifier: 'legacy-mysql-public-default-everything', engine: 'mysql', publiclyAccessible: true, backupRetentionPeriod: 0, autoMinorVersionUpgrade: false, masterUsername: 'admin', port: 3306 },
    expect: all(RDS_INSTANCE, 'fail'),
  },
  { region: US, name: 'ledger-1', item: { identifier: 'ledger-1', engine: 'aurora-postgresql', clusterIdentifier: 'ledger', monitoringInterval: 60 }, expect: AURORA_MEMBER },
]
const secureCluster = { storageEncrypted: true, backupRetentionPeriod: 14, deletionProtection: true, multiAz: true, iamAuth: true, copyTagsToSnapshot: true }
const DB_CLUSTERS: Designed<FixtureDbCluster>[] = [
  { region: US, name: 'ledger', item: { identifier: 'ledger', engine: 'aurora-postgresql', ...secureCluster, logExports: ['postgresql'], masterUsername: 'ledger_owner', port: 6432, members: ['ledger-1'] }, expect: { ...all(RDS_CLUSTER, 'pass'), 'rds-cluster-auto-minor-version-upgrade': 'skip' } },
  { region: US, name: 'reports-unprotected', item: { identifier: 'reports-unprotected', engine: 'aurora-mysql', masterUsername: 'admin', port: 3306 }, expect: { ...all(RDS_CLUSTER, 'fail'), 'rds-cluster-auto-minor-version-upgrade': 'skip' } },
  { region: US, name: 'events', item: { identifier: 'events', engine: 'postgres', ...secureCluster, autoMinorVersionUpgrade: true, logExports: ['postgresql'], masterUsername: 'events_owner', port: 6432 }, expect: all(RDS_CLUSTER, 'pass') },
  {
    region: EU,
    name: 'analytics-no-minor-upgrades',
    item: { identifier: 'analytics-no-minor-upgrades', engine: 'mysql', ...secureCluster, autoMinorVersionUpgrade: false, logExports: ['error'], masterUsername: 'analytics_owner', port: 3307 },
    expect: { ...all(RDS_CLUSTER, 'pass'), 'rds-cluster-auto-minor-version-upgrade': 'fail' },
  },
]
const DB_SNAPSHOTS: Designed<FixtureDbSnapshot>[] = [
  { region: US, name: 'orders-db-before-migration', item: { identifier: 'orders-db-before-migration', source: 'orders-db', engine: 'postgres', encrypted: true, restore: ['444455556666'] }, expect: all(RDS_SNAPSHOT, 'pass') },
  { region: US, name: 'legacy-mysql-export-public', item: { identifier: 'legacy-mysql-export-public', source: 'legacy-mysql-public-default-everything', engine: 'mysql', restore: ['all'] }, expect: all(RDS_SNAPSHOT, 'fail') },
  // Automated snapshots are never listed.
  { region: US, name: 'rds:orders-db-2026-11-26', item: { identifier: 'rds:orders-db-2026-11-26', source: 'orders-db', engine: 'postgres', automated: true }, expect: {} },
]

// ---- RDS event subscriptions: each judged for the source types it covers, skipped for the others ----
const ONCALL = `arn:aws:sns:${US}:${ACCOUNT}:db-oncall`
const onlyFor = (check: string, status: Status): Expect => ({ ...all(RDS_EVENTS, 'skip'), [check]: status })
const EVENT_SUBSCRIPTIONS: Designed<FixtureDbEventSubscription>[] = [
  // No source type and no categories: every event of every source.
  { region: US, name: 'db-oncall-everything', item: { name: 'db-oncall-everything', topic: ONCALL }, expect: all(RDS_EVENTS, 'pass') },
  { region: US, name: 'clusters-backups-only', item: { name: 'clusters-backups-only', sourceType: 'db-cluster', categories: ['backup'], topic: ONCALL }, expect: onlyFor('rds-event-subscription-cluster-critical-events', 'fail') },
  { region: US, name: 'instances-paused', item: { name: 'instances-paused', sourceType: 'db-instance', enabled: false, topic: ONCALL }, expect: onlyFor('rds-event-subscription-instance-critical-events', 'fail') },
  { region: US, name: 'parameter-group-changes', item: { name: 'parameter-group-changes', sourceType: 'db-parameter-group', categories: ['configuration change'], topic: ONCALL }, expect: onlyFor('rds-event-subscription-parameter-group-critical-events', 'pass') },
  { region: US, name: 'parameter-group-notices', item: { name: 'parameter-group-notices', sourceType: 'db-parameter-group', categories: ['notification'], topic: ONCALL }, expect: onlyFor('rds-event-subscription-parameter-group-critical-events', 'fail') },
  // Its topic was deleted: RDS delivers nothing.
  { region: US, name: 'security-groups-topic-gone', item: { name: 'security-groups-topic-gone', sourceType: 'db-security-group', topic: `arn:aws:sns:${US}:${ACCOUNT}:deleted`, status: 'topic-not-exist' }, expect: onlyFor('rds-event-subscription-security-group-critical-events', 'fail') },
  // Snapshot events: none of the four controls is about them.
  { region: US, name: 'snapshots', item: { name: 'snapshots', sourceType: 'db-snapshot', categories: ['creation'], topic: ONCALL }, expect: all(RDS_EVENTS, 'skip') },
]

// ---- DynamoDB: the customer managed key is chosen from the account's own keys ----
const tables = (cmk: string): Designed<FixtureDynamoTable>[] => [
  { region: US, name: 'orders', item: { name: 'orders', pitr: true, kmsKeyId: cmk, deletionProtection: true, tags: { backup: 'daily' } }, expect: all(DYNAMO, 'pass') },
  { region: US, name: 'sessions-unprotected', item: { name: 'sessions-unprotected' }, expect: all(DYNAMO, 'fail') },
]

// ---- EFS ----
const FILE_SYSTEMS: Designed<FixtureEfsFileSystem>[] = [
  { region: US, name: 'uploads', item: { id: 'fs-0aaa0000000000001', name: 'uploads', encrypted: true, backups: 'ENABLED', accessPoints: [{ id: 'fsap-0aaa0000000000001', name: 'uploads-app', path: '/uploads', posixUser: { uid: 1001, gid: 1001 } }] }, expect: all(EFS, 'pass') },
  { region: US, name: 'scratch-open', item: { id: 'fs-0bbb0000000000002', name: 'scratch-open', policy: open, accessPoints: [{ id: 'fsap-0bbb0000000000002', name: 'scratch-root' }] }, expect: all(EFS, 'fail') },
]
/** Where each file system's mount target is: a private subnet, or one that assigns public addresses. */
const MOUNT_SUBNET: Record<string, 'private' | 'public'> = { 'fs-0aaa0000000000001': 'private', 'fs-0bbb0000000000002': 'public' }
const ACCESS_POINTS: Designed<null>[] = [
  { region: US, name: 'uploads-app', item: null, expect: all(EFS_AP, 'pass') },
  { region: US, name: 'scratch-root', item: null, expect: all(EFS_AP, 'fail') },
]

// ---- ElastiCache ----
const CACHE_SG = { private: 'sg-0cache000000000001', open: 'sg-0cache000000000002' }
const cacheSecurityGroups = (vpcId: string, appGroup: string): FixtureSecurityGroup[] => [
  { groupId: CACHE_SG.private, groupName: 'cache-private', vpcId, description: 'cache ports from the application only', ingress: [{ protocol: 'tcp', fromPort: 6379, toPort: 6379, groupIds: [appGroup] }, { protocol: 'tcp', fromPort: 11211, toPort: 11211, groupIds: [appGroup] }] },
  { groupId: CACHE_SG.open, groupName: 'cache-open', vpcId, description: 'Redis open to the world', ingress: [{ protocol: 'tcp', fromPort: 6379, toPort: 6379, cidrs: ['0.0.0.0/0'] }] },
]
const GROUPS: Designed<FixtureCacheReplicationGroup>[] = [
  { region: US, name: 'sessions', item: { id: 'sessions', engine: 'valkey', atRestEncryption: true, transitEncryption: true, userGroupIds: ['sessions-users'], snapshotRetentionLimit: 7, automaticFailover: 'enabled', members: ['sessions-001', 'sessions-002'] }, expect: all(CACHE_GROUP, 'pass') },
  { region: US, name: 'legacy-cache', item: { id: 'legacy-cache', engine: 'redis', members: ['legacy-cache-001'] }, expect: all(CACHE_GROUP, 'fail') },
]
const memberOk: Expect = { ...all(CACHE_CLUSTER, 'pass'), 'elasticache-cluster-backups-enabled': 'skip', 'elasticache-cluster-encrypted-in-transit': 'skip' }
const CLUSTERS: Designed<FixtureCacheCluster>[] = [
  { region: US, name: 'sessions-001', item: { id: 'sessions-001', engine: 'valkey', replicationGroupId: 'sessions', subnetGroup: 'cache-private', securityGroupIds: [CACHE_SG.private] }, expect: memberOk },
  { region: US, name: 'sessions-002', item: { id: 'sessions-002', engine: 'valkey', replicationGroupId: 'sessions', subnetGroup: 'cache-private', securityGroupIds: [CACHE_SG.private] }, expect: memberOk },
  { region: US, name: 'legacy-cache-001', item: { id: 'legacy-cache-001', engine: 'redis', replicationGroupId: 'legacy-cache', autoMinorVersionUpgrade: false, securityGroupIds: [CACHE_SG.open] }, expect: { ...all(CACHE_CLUSTER, 'fail'), 'elasticache-cluster-backups-enabled': 'skip', 'elasticache-cluster-encrypted-in-transit': 'skip' } },
  { region: US, name: 'jobs-no-backups-no-tls', item: { id: 'jobs-no-backups-no-tls', engine: 'redis', subnetGroup: 'cache-private', securityGroupIds: [CACHE_SG.private] }, expect: { ...all(CACHE_CLUSTER, 'pass'), 'elasticache-cluster-backups-enabled': 'fail', 'elasticache-cluster-encrypted-in-transit': 'fail' } },
  { region: US, name: 'queue', item: { id: 'queue', engine: 'valkey', snapshotRetentionLimit: 7, transitEncryption: true, subnetGroup: 'cache-private', securityGroupIds: [CACHE_SG.private] }, expect: all(CACHE_CLUSTER, 'pass') },
  { region: US, name: 'page-cache', item: { id: 'page-cache', engine: 'memcached', nodes: 2, transitEncryption: true, subnetGroup: 'cache-private', securityGroupIds: [CACHE_SG.private] }, expect: { ...all(CACHE_CLUSTER, 'pass'), 'elasticache-cluster-backups-enabled': 'skip' } },
]

// ---- OpenSearch ----
const DOMAINS: Designed<FixtureSearchDomain>[] = [
  {
    region: US,
    name: 'search',
    item: { name: 'search', encryptionAtRest: true, nodeToNode: true, enforceHttps: true, tlsPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10', vpcSubnets: ['subnet-0aa0000000000a001', 'subnet-0bb0000000000b002'], accessPolicy: open, fineGrained: true, logs: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'], instanceCount: 3, zoneAwareness: true },
    expect: all(SEARCH, 'pass'),
  },
  { region: US, name: 'legacy-logs-open', item: { name: 'legacy-logs-open', engineVersion: 'Elasticsearch_7.10', accessPolicy: open }, expect: all(SEARCH, 'fail') },
]

// ---- AWS Backup: vault keys are chosen from the account's own keys ----
const vaults = (cmk: string, awsManaged: string): Designed<FixtureBackupVault>[] => [
  { region: US, name: 'primary', item: { name: 'primary', kmsKeyId: cmk, keyType: 'CUSTOMER_MANAGED_KMS_KEY', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }] } }, expect: all(VAULT, 'pass') },
  { region: US, name: 'Default', item: { name: 'Default', kmsKeyId: awsManaged, policy: open }, expect: all(VAULT, 'fail') },
]
const PLANS: Designed<FixtureBackupPlan>[] = [
  { region: US, name: 'daily', item: { id: '0a1b2c3d-0000-4000-8000-000000000001', name: 'daily', rules: [{ name: 'daily-35d', vault: 'primary', deleteAfterDays: 35 }], selections: [{ id: 'sel-tagged', name: 'tagged-daily', resources: ['*'], tags: { backup: 'daily' } }] }, expect: all(PLAN, 'pass') },
  { region: US, name: 'keep-forever', item: { id: '0a1b2c3d-0000-4000-8000-000000000002', name: 'keep-forever', rules: [{ name: 'monthly', vault: 'primary' }], selections: [] }, expect: all(PLAN, 'fail') },
]
const REGIONS: Designed<null>[] = [
  { region: US, name: `account ${ACCOUNT} in ${US}`, item: null, expect: { 'backup-plan-exists': 'pass' } },
  { region: EU, name: `account ${ACCOUNT} in ${EU}`, item: null, expect: { 'backup-plan-exists': 'fail' } },
]

/**
 * The EC2 security-group checks over the two cache groups this design adds (their own
 * semantics: ports of data/sensitive-ports.json, 80/443 authorized, groups in use by an ENI).
 */
const SG_PORT_CHECKS = ['ec2-sg-no-open-ssh', 'ec2-sg-no-open-rdp', 'ec2-sg-no-open-cifs', 'ec2-sg-no-open-ftp-telnet', 'ec2-sg-no-open-database-ports', 'ec2-sg-no-open-high-risk-ports']
const sgBaseline: Expect = { ...all(SG_PORT_CHECKS, 'pass'), 'ec2-sg-no-open-all-traffic': 'pass', 'ec2-sg-open-ports-authorized': 'pass', 'ec2-default-sg-restricts-all-traffic': 'skip', 'ec2-sg-unused': 'pass' }
const CACHE_GROUPS_EXPECT: Designed<null>[] = [
  { region: US, name: 'cache-private', item: null, expect: sgBaseline },
  // Redis (6379) open to the world: a database port, and not an authorized one.
  { region: US, name: 'cache-open', item: null, expect: { ...sgBaseline, 'ec2-sg-no-open-database-ports': 'fail', 'ec2-sg-open-ports-authorized': 'fail' } },
]

const byRegion = <T>(list: readonly Designed<T>[], region: string): T[] => list.filter((d) => d.region === region && d.item !== null).map((d) => d.item)

function chooseKeys(account: FixtureAccount): { cmk: string; awsManaged: string } {
  const keys: FixtureKmsKey[] = account.regions[US]?.keys ?? []
  const cmk = keys.find((k) => (k.manager ?? 'CUSTOMER') === 'CUSTOMER')
  const awsManaged = keys.find((k) => k.manager === 'AWS')
  if (!cmk || !awsManaged) throw new Error('fixture-data-stores: us-east-1 needs a customer managed and an AWS managed key')
  return { cmk: cmk.keyId, awsManaged: awsManaged.keyId }
}

/**
 * Adds the design to the main account (called once by fixture-account.ts). The cache security
 * groups live in the account's us-east-1 VPC and admit the application from its restricted
 * Lambda security group.
 */
export function applyDataStoreDesign(account: FixtureAccount): void {
  const { cmk, awsManaged } = chooseKeys(account)
  const us = (account.regions[US] ??= {})
  const vpcId = us.vpcs?.[0]?.vpcId ?? 'vpc-0a1b2c3d4e5f60001'
  const appGroup = us.securityGroups?.[0]?.groupId ?? 'sg-0a00000000000a001'
  us.securityGroups = [...(us.securityGroups ?? []), ...cacheSecurityGroups(vpcId, appGroup)]
  // ElastiCache puts a network interface per node in the VPC, carrying the cluster's groups.
  const subnetId = us.subnets?.[0]?.subnetId ?? 'subnet-0aa0000000000a001'
  us.networkInterfaces = [
    ...(us.networkInterfaces ?? []),
    ...CLUSTERS.filter((c) => c.region === US).map((c, n) => ({ networkInterfaceId: `eni-0cache${String(n + 1).padStart(12, '0')}`, subnetId, vpcId, groupIds: c.item.securityGroupIds ?? [], interfaceType: 'interface' })),
  ]
  const privateSubnet = us.subnets?.find((s) => !s.mapPublicIpOnLaunch)
  const publicSubnet = us.subnets?.find((s) => s.mapPublicIpOnLaunch)
  if (!privateSubnet || !publicSubnet) throw new Error('fixture-data-stores: us-east-1 needs a private subnet and one that assigns public addresses')
  const withMountTarget = (fs: FixtureEfsFileSystem, n: number): FixtureEfsFileSystem => {
    const where = MOUNT_SUBNET[fs.id] === 'public' ? publicSubnet : privateSubnet
    return { ...fs, mountTargets: [{ id: `fsmt-0e${String(n + 1).padStart(15, '0')}`, subnetId: where.subnetId, vpcId: where.vpcId, availabilityZone: where.availabilityZone }] }
  }
  for (const region of [US, EU]) {
    const r = (account.regions[region] ??= {})
    r.dbInstances = byRegion(DB_INSTANCES, region)
    r.dbClusters = byRegion(DB_CLUSTERS, region)
    r.dbSnapshots = byRegion(DB_SNAPSHOTS, region)
    r.dynamoTables = byRegion(tables(cmk), region)
    r.efsFileSystems = byRegion(FILE_SYSTEMS, region).map(withMountTarget)
    r.dbEventSubscriptions = byRegion(EVENT_SUBSCRIPTIONS, region)
    r.cacheReplicationGroups = byRegion(GROUPS, region)
    r.cacheClusters = byRegion(CLUSTERS, region)
    r.searchDomains = byRegion(DOMAINS, region)
    r.backupVaults = byRegion(vaults(cmk, awsManaged), region)
    r.backupPlans = byRegion(PLANS, region)
  }
}

/** The verdicts of this half's checks in the main account's full scan. */
export function dataStoreExpectedFindings(): string[] {
  const out: string[] = []
  const designs: Designed<unknown>[] = [...DB_INSTANCES, ...DB_CLUSTERS, ...DB_SNAPSHOTS, ...EVENT_SUBSCRIPTIONS, ...tables('cmk'), ...FILE_SYSTEMS, ...ACCESS_POINTS, ...GROUPS, ...CLUSTERS, ...DOMAINS, ...vaults('cmk', 'aws'), ...PLANS, ...REGIONS, ...CACHE_GROUPS_EXPECT]
  for (const d of designs) for (const [check, status] of Object.entries(d.expect)) out.push(`${check} ${d.region}/${d.name} ${status}`)
  return out.sort()
}

/** Every check this half designs verdicts for. */
export const DATA_STORE_COVERED_CHECKS = [...RDS_INSTANCE, ...RDS_CLUSTER, ...RDS_SNAPSHOT, ...RDS_EVENTS, ...DYNAMO, ...EFS, ...EFS_AP, ...CACHE_GROUP, ...CACHE_CLUSTER, ...SEARCH, ...VAULT, ...PLAN, ...REGION].sort()
