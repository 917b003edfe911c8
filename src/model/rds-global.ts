import type { ResourceBase } from './common.js'

/** `rds.global-cluster`: an Aurora global database (DescribeGlobalClusters). */
export interface RdsGlobalCluster extends ResourceBase {
  globalClusterIdentifier: string
  /** `aurora-mysql`, `aurora-postgresql`, or `aurora` (Aurora MySQL 1, MySQL 5.6 compatible). */
  engine: string
  /** Engine version of the global database (`8.0.mysql_aurora.3.08.2`). */
  engineVersion: string
  status?: string
  /** ARNs of the member DB clusters; the writer first when the API says which it is. */
  memberClusterArns: string[]
}
