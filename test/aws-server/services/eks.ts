/** Amazon EKS (REST-JSON, signing name `eks`): ListClusters, DescribeCluster, ListNodegroups and DescribeNodegroup. */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import type { ServiceDef } from './types.js'

export interface FixtureEksCluster {
  name: string
  version: string
  publicAccess?: boolean
  publicAccessCidrs?: string[]
  secretsKeyArn?: string
  logTypes?: string[]
  /** Managed node groups; `version` defaults to the cluster's. */
  nodegroups?: { name: string; version?: string; releaseVersion?: string }[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    eksClusters?: FixtureEksCluster[]
  }
}

const ALL_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']

export const eks: ServiceDef = {
  signingName: 'eks',
  iamPrefix: 'eks',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403 },
    throttling: { code: 'ThrottlingException', status: 429 },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'ServerException' },
    unavailable: { code: 'ServiceUnavailableException' },
  },
  operations: {
    ListClusters: {
      http: { method: 'GET', path: '/clusters' },
      handle(input, ctx) {
        const p = paginate(ctx.data.eksClusters ?? [], { token: input.nextToken, requested: input.maxResults === undefined ? undefined : Number(input.maxResults), defaultSize: 100, maxSize: 100, tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return { clusters: p.items.map((c) => c.name), nextToken: p.next }
      },
    },
    ListNodegroups: {
      http: { method: 'GET', path: '/clusters/{clusterName}/node-groups' },
      resource: (input) => String(input.clusterName ?? ''),
      handle(input, ctx) {
        const c = (ctx.data.eksClusters ?? []).find((x) => x.name === input.clusterName)
        if (!c) throw new ApiError('ResourceNotFoundException', `No cluster found for name: ${String(input.clusterName)}.`, 404)
        const p = paginate(c.nodegroups ?? [], { token: input.nextToken, requested: input.maxResults === undefined ? undefined : Number(input.maxResults), defaultSize: 100, maxSize: 100, tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return { nodegroups: p.items.map((n) => n.name), nextToken: p.next }
      },
    },
    DescribeNodegroup: {
      http: { method: 'GET', path: '/clusters/{clusterName}/node-groups/{nodegroupName}' },
      resource: (input) => `${String(input.clusterName ?? '')}/${String(input.nodegroupName ?? '')}`,
      handle(input, ctx) {
        const c = (ctx.data.eksClusters ?? []).find((x) => x.name === input.clusterName)
        const n = c?.nodegroups?.find((x) => x.name === input.nodegroupName)
        if (!c || !n) throw new ApiError('ResourceNotFoundException', `No node group found for name: ${String(input.nodegroupName)}.`, 404)
        const version = n.version ?? c.version
        return {
          nodegroup: {
            nodegroupName: n.name,
            nodegroupArn: `arn:aws:eks:${ctx.region}:${ctx.accountId}:nodegroup/${c.name}/${n.name}/4ac9f1e2-0000-4000-8000-${n.name.length.toString().padStart(12, '0')}`,
            clusterName: c.name,
            version,
            releaseVersion: n.releaseVersion ?? `${version}.0-20251101`,
            status: 'ACTIVE',
            capacityType: 'ON_DEMAND',
            scalingConfig: { minSize: 1, maxSize: 3, desiredSize: 2 },
            instanceTypes: ['m7g.large'],
            amiType: 'AL2023_ARM_64_STANDARD',
            nodeRole: `arn:aws:iam::${ctx.accountId}:role/eks-nodes`,
          },
        }
      },
    },
    DescribeCluster: {
      http: { method: 'GET', path: '/clusters/{name}' },
      resource: (input) => String(input.name ?? ''),
      handle(input, ctx) {
        const c = (ctx.data.eksClusters ?? []).find((x) => x.name === input.name)
        if (!c) throw new ApiError('ResourceNotFoundException', `No cluster found for name: ${String(input.name)}.`, 404)
        const enabled = c.logTypes ?? []
        return {
          cluster: {
            name: c.name,
            arn: `arn:aws:eks:${ctx.region}:${ctx.accountId}:cluster/${c.name}`,
            createdAt: new Date('2025-06-01T00:00:00Z'),
            version: c.version,
            status: 'ACTIVE',
            roleArn: `arn:aws:iam::${ctx.accountId}:role/eks-cluster`,
            resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d'], securityGroupIds: [], vpcId: 'vpc-0a1b2c3d', endpointPublicAccess: c.publicAccess ?? true, endpointPrivateAccess: !(c.publicAccess ?? true), publicAccessCidrs: c.publicAccessCidrs ?? ['0.0.0.0/0'] },
            logging: { clusterLogging: [...(enabled.length ? [{ types: enabled, enabled: true }] : []), { types: ALL_LOG_TYPES.filter((t) => !enabled.includes(t)), enabled: false }] },
            ...(c.secretsKeyArn ? { encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: c.secretsKeyArn } }] } : {}),
            upgradePolicy: { supportType: 'EXTENDED' },
          },
        }
      },
    },
  },
}
