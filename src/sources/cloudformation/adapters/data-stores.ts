/** The data-store adapters: RDS, DynamoDB, EFS, ElastiCache, OpenSearch and AWS Backup. */
import type { Stack } from '../stack.js'
import { adaptBackup } from './backup.js'
import { adaptDax } from './dax.js'
import { adaptDynamoDb } from './dynamodb.js'
import { adaptEfs } from './efs.js'
import { adaptEfsMountTargets } from './efs-mount-target.js'
import { adaptElastiCache } from './elasticache.js'
import { adaptOpenSearch } from './opensearch.js'
import { adaptRds } from './rds.js'
import { adaptRdsEventSubscriptions } from './rds-event-subscription.js'
import { adaptRdsProxies } from './rds-proxy.js'

export function adaptDataStores(stack: Stack): void {
  adaptRds(stack)
  adaptRdsEventSubscriptions(stack)
  adaptRdsProxies(stack)
  adaptDynamoDb(stack)
  adaptDax(stack)
  adaptEfs(stack)
  adaptEfsMountTargets(stack)
  adaptElastiCache(stack)
  adaptOpenSearch(stack)
  adaptBackup(stack)
}
