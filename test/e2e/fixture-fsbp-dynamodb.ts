/**
 * The e2e design of DynamoDB.1 (capacity auto scaling), DynamoDB.3 and DynamoDB.7 (DAX
 * encryption at rest and in transit) and Backup.1 (recovery points encrypted at rest).
 *
 * It extends fixture-data-stores.ts (apply it after that design): the two on-demand tables
 * designed there pass the auto scaling check as they are; three provisioned tables are added
 * (scaled everywhere, a table without scaling, a scaled table whose index is fixed), with the
 * region's Application Auto Scaling targets; two DAX clusters; and two recovery points in the
 * `primary` vault (one backup-managed, one snapshot of an unencrypted EBS volume). The `Default`
 * vault stays without recovery points, so it is never listed. Every verdict is stated by hand.
 */
import type { FixtureAccount } from '../aws-server/fixture.js'
import type { FixtureDynamoTable } from '../aws-server/services/dynamodb.js'
import type { FixtureDaxCluster } from '../aws-server/services/dax.js'
import type { FixtureScalableTarget } from '../aws-server/services/application-autoscaling.js'
import type { FixtureRecoveryPoint } from '../aws-server/services/backup.js'

const ACCOUNT = '111122223333'
const US = 'us-east-1'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'

const AUTOSCALING = 'dynamodb-table-autoscaling-enabled'
const DAX = ['dax-cluster-encrypted-at-rest', 'dax-cluster-encrypted-in-transit']
const RECOVERY_POINT = 'backup-recovery-point-encrypted'
/** The table checks of fixture-data-stores.ts: the added tables pass them all. */
const EARLIER_TABLE_CHECKS = ['dynamodb-table-pitr-enabled', 'dynamodb-table-cmk-encryption', 'dynamodb-table-deletion-protection-enabled', 'dynamodb-table-in-backup-plan']

/** Secure apart from capacity; tagged into the `daily` plan of fixture-data-stores.ts. */
const table = (name: string, cmk: string, indexes?: string[]): FixtureDynamoTable => ({ name, pitr: true, kmsKeyId: cmk, deletionProtection: true, tags: { backup: 'daily' }, provisioned: true, ...(indexes ? { indexes } : {}) })

const scaled = (resourceId: string, kind: 'table' | 'index'): FixtureScalableTarget[] =>
  (['Read', 'Write'] as const).map((d) => ({ namespace: 'dynamodb', resourceId, dimension: `dynamodb:${kind}:${d}CapacityUnits` }))

const SCALABLE_TARGETS: FixtureScalableTarget[] = [
  ...scaled('table/inventory-scaled', 'table'),
  ...scaled('table/inventory-scaled/index/by-sku', 'index'),
  ...scaled('table/events-index-fixed', 'table'),
  // Only the index's reads scale: its writes are fixed.
  { namespace: 'dynamodb', resourceId: 'table/events-index-fixed/index/by-day', dimension: 'dynamodb:index:ReadCapacityUnits' },
  // Another namespace naming the same resource id does not count.
  { namespace: 'ecs', resourceId: 'table/metrics-fixed', dimension: 'dynamodb:table:ReadCapacityUnits' },
]

const DAX_CLUSTERS: FixtureDaxCluster[] = [{ name: 'orders-cache' }, { name: 'legacy-cache-plain', sse: false, tls: false }]

const RECOVERY_POINTS: FixtureRecoveryPoint[] = [
  { id: '0a1b2c3d-0000-4000-8000-00000000rp01', resourceType: 'DynamoDB', resourceArn: `arn:aws:dynamodb:${US}:${ACCOUNT}:table/orders` },
  { id: 'snap-0bad00000000000e1', resourceType: 'EBS', resourceArn: `arn:aws:ec2:${US}:${ACCOUNT}:volume/vol-0bad00000000000e1`, encrypted: false },
]

/** The verdicts, by check and `region/name`. */
const EXPECTED: [string, string, Status][] = [
  // On-demand tables of fixture-data-stores.ts.
  [AUTOSCALING, `${US}/orders`, 'pass'],
  [AUTOSCALING, `${US}/sessions-unprotected`, 'pass'],
  [AUTOSCALING, `${US}/inventory-scaled`, 'pass'],
  [AUTOSCALING, `${US}/metrics-fixed`, 'fail'],
  [AUTOSCALING, `${US}/events-index-fixed`, 'fail'],
  ...['inventory-scaled', 'metrics-fixed', 'events-index-fixed'].flatMap((t) => EARLIER_TABLE_CHECKS.map((c): [string, string, Status] => [c, `${US}/${t}`, 'pass'])),
  ...DAX.map((c): [string, string, Status] => [c, `${US}/orders-cache`, 'pass']),
  ...DAX.map((c): [string, string, Status] => [c, `${US}/legacy-cache-plain`, 'fail']),
  [RECOVERY_POINT, `${US}/0a1b2c3d-0000-4000-8000-00000000rp01`, 'pass'],
  [RECOVERY_POINT, `${US}/snap-0bad00000000000e1`, 'fail'],
]

/** Adds the design to the main account; call it after applyDataStoreDesign (whose key and vault it uses). */
export function applyFsbpDynamoDbDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  const cmk = us.keys?.find((k) => (k.manager ?? 'CUSTOMER') === 'CUSTOMER')?.keyId
  if (!cmk) throw new Error('fixture-fsbp-dynamodb: us-east-1 needs a customer managed key')
  us.dynamoTables = [...(us.dynamoTables ?? []), table('inventory-scaled', cmk, ['by-sku']), table('metrics-fixed', cmk), table('events-index-fixed', cmk, ['by-day'])]
  us.scalableTargets = [...(us.scalableTargets ?? []), ...SCALABLE_TARGETS]
  us.daxClusters = [...(us.daxClusters ?? []), ...DAX_CLUSTERS]
  const primary = us.backupVaults?.find((v) => v.name === 'primary')
  if (!primary) throw new Error('fixture-fsbp-dynamodb: us-east-1 needs the backup vault `primary`')
  primary.recoveryPoints = [...(primary.recoveryPoints ?? []), ...RECOVERY_POINTS]
}

/** The verdicts of this design in the main account's full scan. */
export function fsbpDynamoDbExpectedFindings(): string[] {
  return EXPECTED.map(([check, where, status]) => `${check} ${where} ${status}`).sort()
}

/** The checks this design gives verdicts for (each has at least one pass and one fail). */
export const FSBP_DYNAMODB_COVERED_CHECKS = [AUTOSCALING, ...DAX, RECOVERY_POINT].sort()
