/**
 * Aurora global databases (DescribeGlobalClusters, query protocol) from the account's
 * `rdsGlobalClusters`: merged into the RDS service's operations. A global database is an
 * account-level object, so every region answers with all of them, each member naming its
 * cluster's region, as RDS does without a `region` filter.
 */
import { XmlList } from '../protocols/xml.js'
import { maxRecordsPage } from './max-records-page.js'
import { ApiError } from '../errors.js'
import type { ServiceDef } from './types.js'

export interface FixtureRdsGlobalCluster {
  identifier: string
  engine: string
  engineVersion: string
  /** Member clusters; the first is the writer. Empty: a global database without clusters yet. */
  members: { region: string; clusterIdentifier: string }[]
  /** Default `available`. */
  status?: string
}

declare module '../fixture.js' {
  interface FixtureAccount {
    rdsGlobalClusters?: FixtureRdsGlobalCluster[]
  }
}

export const rdsGlobalClusterOperations: ServiceDef['operations'] = {
  DescribeGlobalClusters: {
    handle(input, ctx) {
      const wanted = input.GlobalClusterIdentifier === undefined ? undefined : String(input.GlobalClusterIdentifier).toLowerCase()
      const all = (ctx.account.rdsGlobalClusters ?? []).filter((g) => wanted === undefined || g.identifier.toLowerCase() === wanted)
      if (wanted !== undefined && all.length === 0) throw new ApiError('GlobalClusterNotFoundFault', `Global cluster ${String(input.GlobalClusterIdentifier)} not found.`, 404)
      const p = maxRecordsPage(all, input, ctx, 'DescribeGlobalClusters')
      return {
        GlobalClusters: new XmlList(
          'GlobalClusterMember',
          p.items.map((g) => ({
            GlobalClusterIdentifier: g.identifier,
            GlobalClusterResourceId: `cluster-${g.identifier.replace(/[^a-z0-9]/gi, '').slice(0, 12)}`,
            GlobalClusterArn: `arn:aws:rds::${ctx.accountId}:global-cluster:${g.identifier}`,
            Status: g.status ?? 'available',
            Engine: g.engine,
            EngineVersion: g.engineVersion,
            StorageEncrypted: true,
            DeletionProtection: false,
            // RDS names the members of both lists <GlobalClusterMember>.
            GlobalClusterMembers: new XmlList(
              'GlobalClusterMember',
              g.members.map((m, i) => ({ DBClusterArn: `arn:aws:rds:${m.region}:${ctx.accountId}:cluster:${m.clusterIdentifier}`, IsWriter: i === 0 })),
            ),
          })),
        ),
        Marker: p.next,
      }
    },
  },
}
