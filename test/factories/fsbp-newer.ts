/** Secure-by-default builders for EKS managed node groups and Aurora global databases. */
import type { EksNodegroup } from '../../src/model/eks.js'
import type { RdsGlobalCluster } from '../../src/model/rds-global.js'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'

type Over<T> = { [K in keyof T]?: T[K] }

/** A node group of cluster `platform` on Kubernetes 1.34 (standard support until 2026-12-02). */
export function eksNodegroup(over: Over<EksNodegroup> = {}): EksNodegroup {
  const clusterName = over.clusterName ?? 'platform'
  const nodegroupName = over.nodegroupName ?? 'workers'
  const arn = `arn:aws:eks:${REGION}:${ACCOUNT}:nodegroup/${clusterName}/${nodegroupName}/0ac9f1e2-1111-2222-3333-444455556666`
  return { id: arn, arn, name: `${clusterName}/${nodegroupName}`, accountId: ACCOUNT, region: REGION, clusterName, nodegroupName, version: '1.34', releaseVersion: '1.34.1-20251120', status: 'ACTIVE', ...over }
}

/** An Aurora MySQL global database on 8.0.mysql_aurora.3.08.2 with its writer in us-east-1. */
export function rdsGlobalCluster(over: Over<RdsGlobalCluster> = {}): RdsGlobalCluster {
  const id = over.globalClusterIdentifier ?? 'orders-global'
  const arn = `arn:aws:rds::${ACCOUNT}:global-cluster:${id}`
  return {
    id: arn,
    arn,
    name: id,
    accountId: ACCOUNT,
    region: REGION,
    globalClusterIdentifier: id,
    engine: 'aurora-mysql',
    engineVersion: '8.0.mysql_aurora.3.08.2',
    status: 'available',
    memberClusterArns: [`arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders-primary`],
    ...over,
  }
}
