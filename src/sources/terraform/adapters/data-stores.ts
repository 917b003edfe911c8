/** The Terraform data-store adapters: RDS, DynamoDB, EFS, ElastiCache, OpenSearch and AWS Backup. */
import { adaptBackup } from './backup.js'
import { adaptDaxClusters } from './dax.js'
import { adaptDynamoDbTables } from './dynamodb.js'
import { adaptEfs } from './efs.js'
import { adaptEfsMountTargets } from './efs-mount-target.js'
import { adaptElastiCache } from './elasticache.js'
import type { AdapterContext } from './fields.js'
import { adaptOpenSearch } from './opensearch.js'
import { adaptRds } from './rds.js'
import { adaptRdsEventSubscriptions } from './rds-event-subscription.js'
import { adaptRdsProxies } from './rds-proxy.js'

export function adaptDataStores(ctx: AdapterContext): void {
  adaptRds(ctx)
  adaptRdsEventSubscriptions(ctx)
  adaptRdsProxies(ctx)
  adaptDynamoDbTables(ctx)
  adaptDaxClusters(ctx)
  adaptEfs(ctx)
  adaptEfsMountTargets(ctx)
  adaptElastiCache(ctx)
  adaptOpenSearch(ctx)
  adaptBackup(ctx)
}
