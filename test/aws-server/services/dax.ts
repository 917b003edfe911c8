/**
 * DynamoDB Accelerator (AWS JSON 1.1, target AmazonDAXV3): DescribeClusters from a region's
 * `daxClusters`, with both encryption settings.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

export interface FixtureDaxCluster {
  name: string
  /** Server-side encryption (default true). */
  sse?: boolean
  /** Endpoint encryption TLS (default true); false = NONE. */
  tls?: boolean
}

declare module '../fixture.js' {
  interface FixtureRegion {
    daxClusters?: FixtureDaxCluster[]
  }
}

export const dax: ServiceDef = {
  signingName: 'dax',
  iamPrefix: 'dax',
  protocol: 'json-1.1',
  target: 'AmazonDAXV3',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    DescribeClusters: {
      handle(input, ctx) {
        const names = Array.isArray(input.ClusterNames) ? input.ClusterNames.map(String) : undefined
        const all = (ctx.data.daxClusters ?? []).filter((c) => !names || names.includes(c.name))
        if (names && all.length < names.length) throw new ApiError('ClusterNotFoundFault', 'Cluster not found.', 400)
        const p = paginate(all, { token: input.NextToken, requested: input.MaxResults, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('DescribeClusters'), tokenName: 'NextToken', errorCode: 'InvalidParameterValueException' })
        return {
          Clusters: p.items.map((c) => ({
            ClusterName: c.name,
            ClusterArn: `arn:aws:dax:${ctx.region}:${ctx.accountId}:cache/${c.name}`,
            Description: '',
            TotalNodes: 3,
            ActiveNodes: 3,
            NodeType: 'dax.r5.large',
            Status: 'available',
            ClusterDiscoveryEndpoint: { Address: `${c.name}.abc123.dax-clusters.${ctx.region}.amazonaws.com`, Port: c.tls === false ? 8111 : 9111, URL: `${c.tls === false ? 'dax' : 'daxs'}://${c.name}.abc123.dax-clusters.${ctx.region}.amazonaws.com` },
            SubnetGroup: 'default',
            IamRoleArn: `arn:aws:iam::${ctx.accountId}:role/DAXServiceRole`,
            SSEDescription: { Status: c.sse === false ? 'DISABLED' : 'ENABLED' },
            ClusterEndpointEncryptionType: c.tls === false ? 'NONE' : 'TLS',
          })),
          NextToken: p.next,
        }
      },
    },
  },
}
