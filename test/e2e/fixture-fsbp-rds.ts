/**
 * The e2e design of the FSBP RDS controls added after the data-store fixture: Aurora MySQL
 * backtracking (RDS.14) and audit logging (RDS.45), DB instances in public subnets (RDS.46),
 * RDS Proxy TLS (RDS.43), and TLS-only connections for SQL Server and MariaDB (RDS.41, RDS.44).
 *
 * It extends fixture-data-stores.ts (and must be applied after it): the DB instances designed
 * there get DB subnet groups in the us-east-1 VPC; one Aurora MySQL cluster that passes
 * everything is added beside `reports-unprotected` (no backtracking, default parameter group);
 * a SQL Server instance with a TLS-only parameter group and a MariaDB instance on its default
 * group are added, both otherwise secure; and two proxies. Every verdict below is stated by
 * hand, never taken from the scanner's output.
 */
import type { FixtureAccount, FixtureSubnet } from '../aws-server/fixture.js'
import type { FixtureDbCluster, FixtureDbInstance, FixtureDbParameterGroup, FixtureDbProxy } from '../aws-server/services/rds.js'
import { RDS_CLUSTER, RDS_INSTANCE } from './fixture-data-stores.js'

const US = 'us-east-1'
const EU = 'eu-west-1'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'

const BACKTRACK = 'rds-cluster-backtracking-enabled'
const PUBLIC_SUBNET = 'rds-instance-not-in-public-subnet'
const PROXY_TLS = 'rds-proxy-tls-required'
const AUDIT = 'rds-cluster-audit-logging-enabled'
const TRANSIT = 'rds-instance-encrypted-in-transit'

/** The instance checks of fixture-data-stores.ts: the added instances are judged by them too. */
const EARLIER_INSTANCE_CHECKS = RDS_INSTANCE

/** The cluster checks of fixture-data-stores.ts but the minor-upgrade one, which the added (Aurora) cluster skips: it passes these. */
const EARLIER_CLUSTER_CHECKS = RDS_CLUSTER.filter((c) => c !== 'rds-cluster-auto-minor-version-upgrade')

/** An Aurora MySQL cluster without instances (a headless cluster), secure in every respect. */
const AUDIT_TRAIL: FixtureDbCluster = {
  identifier: 'audit-trail',
  engine: 'aurora-mysql',
  storageEncrypted: true,
  backupRetentionPeriod: 14,
  deletionProtection: true,
  multiAz: true,
  iamAuth: true,
  copyTagsToSnapshot: true,
  logExports: ['audit', 'error'],
  masterUsername: 'audit_owner',
  port: 3307,
  backtrackWindow: 86400,
  parameterGroup: 'aurora-mysql-audit',
}

const secureDb = { storageEncrypted: true, backupRetentionPeriod: 14, deletionProtection: true, multiAz: true, monitoringInterval: 60, copyTagsToSnapshot: true, securityGroupIds: ['sg-0db0000000000001'] }
/** Two instances that pass every earlier instance check; only their TLS settings differ. */
const TLS_INSTANCES: FixtureDbInstance[] = [
  { identifier: 'erp-sqlserver', engine: 'sqlserver-se', engineVersion: '16.00.4135.4.v1', ...secureDb, logExports: ['agent', 'error'], masterUsername: 'erp_owner', port: 1533, parameterGroup: 'sqlserver-tls-only' },
  // On the engine's default group: require_secure_transport is OFF up to MariaDB 11.4.
  { identifier: 'shop-mariadb', engine: 'mariadb', engineVersion: '10.11.9', ...secureDb, iamAuth: true, logExports: ['audit', 'error'], masterUsername: 'shop_owner', port: 3307, parameterGroup: 'default.mariadb10.11' },
]

const PARAMETER_GROUPS: FixtureDbParameterGroup[] = [
  { name: 'sqlserver-tls-only', kind: 'instance', parameters: { 'rds.force_ssl': '1' } },
  { name: 'default.mariadb10.11', kind: 'instance', parameters: { require_secure_transport: '0' } },
  { name: 'aurora-mysql-audit', kind: 'cluster', parameters: { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DCL,QUERY_DDL' } },
  // reports-unprotected uses the default group: auditing off, no events.
  { name: 'default.aurora-mysql', kind: 'cluster', parameters: { server_audit_logging: '0' } },
]

const PROXIES: FixtureDbProxy[] = [
  { name: 'orders-proxy', engineFamily: 'POSTGRESQL', requireTls: true },
  { name: 'reports-proxy-plaintext', engineFamily: 'MYSQL', requireTls: false },
]

/** Which subnets each DB instance's subnet group holds: private ones, or one private and one public. */
const INSTANCE_SUBNETS: Record<string, 'private' | 'mixed'> = {
  'orders-db': 'private',
  'legacy-mysql-public-default-everything': 'mixed',
  'ledger-1': 'private',
  'erp-sqlserver': 'private',
  'shop-mariadb': 'private',
}

/** The verdicts, by check and `region/name`. */
const EXPECTED: [string, string, Status][] = [
  // Backtracking: Aurora MySQL only.
  [BACKTRACK, `${US}/audit-trail`, 'pass'],
  [BACKTRACK, `${US}/reports-unprotected`, 'fail'],
  [BACKTRACK, `${US}/ledger`, 'skip'],
  [BACKTRACK, `${US}/events`, 'skip'],
  [BACKTRACK, `${EU}/analytics-no-minor-upgrades`, 'skip'],
  // The legacy instance's group also holds the subnet whose table routes 0.0.0.0/0 to the internet gateway.
  [PUBLIC_SUBNET, `${US}/orders-db`, 'pass'],
  [PUBLIC_SUBNET, `${US}/legacy-mysql-public-default-everything`, 'fail'],
  [PUBLIC_SUBNET, `${US}/ledger-1`, 'pass'],
  [PUBLIC_SUBNET, `${US}/erp-sqlserver`, 'pass'],
  [PUBLIC_SUBNET, `${US}/shop-mariadb`, 'pass'],
  // TLS-only parameters: SQL Server and MariaDB only.
  [TRANSIT, `${US}/erp-sqlserver`, 'pass'],
  [TRANSIT, `${US}/shop-mariadb`, 'fail'],
  [TRANSIT, `${US}/orders-db`, 'skip'],
  [TRANSIT, `${US}/legacy-mysql-public-default-everything`, 'skip'],
  [TRANSIT, `${US}/ledger-1`, 'skip'],
  // The added instances under the earlier instance checks: SQL Server has no IAM database authentication.
  ...EARLIER_INSTANCE_CHECKS.map((c): [string, string, Status] => [c, `${US}/erp-sqlserver`, c === 'rds-instance-iam-auth-enabled' ? 'skip' : 'pass']),
  ...EARLIER_INSTANCE_CHECKS.map((c): [string, string, Status] => [c, `${US}/shop-mariadb`, 'pass']),
  // Audit logging: Aurora MySQL only.
  [AUDIT, `${US}/audit-trail`, 'pass'],
  [AUDIT, `${US}/reports-unprotected`, 'fail'],
  [AUDIT, `${US}/ledger`, 'skip'],
  [AUDIT, `${US}/events`, 'skip'],
  [AUDIT, `${EU}/analytics-no-minor-upgrades`, 'skip'],
  [PROXY_TLS, `${US}/orders-proxy`, 'pass'],
  [PROXY_TLS, `${US}/reports-proxy-plaintext`, 'fail'],
  // The added cluster under the earlier cluster checks: it passes them all; Aurora has no cluster-level minor upgrade setting.
  ...EARLIER_CLUSTER_CHECKS.map((c): [string, string, Status] => [c, `${US}/audit-trail`, 'pass']),
  ['rds-cluster-auto-minor-version-upgrade', `${US}/audit-trail`, 'skip'],
]

const named = (subnets: FixtureSubnet[] | undefined, name: string): FixtureSubnet => {
  const s = subnets?.find((x) => x.tags?.Name === name)
  if (!s) throw new Error(`fixture-fsbp-rds: us-east-1 needs the subnet named ${name}`)
  return s
}

/** Adds the design to the main account; call it after applyDataStoreDesign. */
export function applyFsbpRdsDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  const [privateA, privateB, publicA] = [named(us.subnets, 'private-a'), named(us.subnets, 'private-b'), named(us.subnets, 'public-a')]
  const internetRoute = us.routeTables?.some((t) => t.subnetIds?.includes(publicA.subnetId) && t.routes?.some((r) => r.destination === '0.0.0.0/0' && r.gatewayId?.startsWith('igw-')))
  if (!internetRoute) throw new Error('fixture-fsbp-rds: the public-a subnet must route 0.0.0.0/0 to an internet gateway')
  us.dbInstances = [...(us.dbInstances ?? []), ...TLS_INSTANCES].map((i) => {
    const kind = INSTANCE_SUBNETS[i.identifier]
    if (!kind) return i
    return { ...i, vpcId: privateA.vpcId, subnetIds: kind === 'private' ? [privateA.subnetId, privateB.subnetId] : [privateA.subnetId, publicA.subnetId] }
  })
  us.dbClusters = [...(us.dbClusters ?? []), AUDIT_TRAIL]
  us.dbProxies = [...(us.dbProxies ?? []), ...PROXIES.map((p) => ({ ...p, vpcId: privateA.vpcId }))]
  us.dbParameterGroups = [...(us.dbParameterGroups ?? []), ...PARAMETER_GROUPS]
}

/** The verdicts of this design in the main account's full scan. */
export function fsbpRdsExpectedFindings(): string[] {
  return EXPECTED.map(([check, where, status]) => `${check} ${where} ${status}`).sort()
}

/** The checks this design gives verdicts for (each has at least one pass and one fail). */
export const FSBP_RDS_COVERED_CHECKS = [BACKTRACK, PUBLIC_SUBNET, PROXY_TLS, AUDIT, TRANSIT].sort()
