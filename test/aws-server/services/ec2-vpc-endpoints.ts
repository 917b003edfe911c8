/**
 * EC2 DescribeVpcEndpoints, kept beside ec2.ts and merged into the EC2 service in index.ts, from a
 * region's `vpcEndpoints` fixture. Uses ec2.ts's Describe* pattern (ids, filters, MaxResults).
 */
import { describe } from './ec2.js'
import type { OperationDef } from './types.js'

export interface FixtureVpcEndpoint {
  vpcEndpointId: string
  vpcId: string
  /** `com.amazonaws.us-east-1.s3` … */
  serviceName: string
  type?: 'Interface' | 'Gateway' | 'GatewayLoadBalancer'
  /** Lower case, as the API answers: `available` (default), `pending`, `deleting`, `deleted`, `rejected` … */
  state?: string
  subnetIds?: string[]
  routeTableIds?: string[]
  privateDnsEnabled?: boolean
  tags?: Record<string, string>
}

declare module '../fixture.js' {
  interface FixtureRegion {
    vpcEndpoints?: FixtureVpcEndpoint[]
  }
}

export const ec2VpcEndpointOperations: Record<string, OperationDef> = {
  DescribeVpcEndpoints: describe({
    operation: 'DescribeVpcEndpoints',
    list: (ctx) => ctx.data.vpcEndpoints ?? [],
    idParam: 'VpcEndpointId',
    idOf: (e) => e.vpcEndpointId,
    notFound: 'InvalidVpcEndpointId.NotFound',
    filters: (e) => ({ 'vpc-endpoint-id': e.vpcEndpointId, 'vpc-id': e.vpcId, 'service-name': e.serviceName, 'vpc-endpoint-type': e.type ?? 'Interface', 'vpc-endpoint-state': e.state ?? 'available' }),
    setName: 'vpcEndpointSet',
    maxResults: 1000,
    render: (e, ctx) => ({
      vpcEndpointId: e.vpcEndpointId,
      vpcEndpointType: e.type ?? 'Interface',
      vpcId: e.vpcId,
      serviceName: e.serviceName,
      state: e.state ?? 'available',
      routeTableIdSet: e.routeTableIds ?? [],
      subnetIdSet: e.subnetIds ?? [],
      privateDnsEnabled: e.privateDnsEnabled ?? (e.type ?? 'Interface') === 'Interface',
      requesterManaged: false,
      creationTimestamp: new Date('2024-01-15T10:00:00Z'),
      ownerId: ctx.accountId,
      tagSet: e.tags ? Object.entries(e.tags).map(([key, value]) => ({ key, value })) : undefined,
    }),
  }),
}
