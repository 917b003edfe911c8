/** Amazon ECS (AWS JSON 1.1): task definition families and revisions, clusters and services. */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { CallContext, ServiceDef } from './types.js'

export interface FixtureContainer {
  name: string
  image?: string
  privileged?: boolean
  readonlyRootFilesystem?: boolean
  user?: string
  environment?: Record<string, string>
  secrets?: string[]
  logDriver?: string
}

export interface FixtureTaskDefinition {
  family: string
  /** Revisions are numbered from 1; only the last is ACTIVE. */
  revisions: { networkMode?: string; pidMode?: string; containers: FixtureContainer[] }[]
}

export interface FixtureEcsCluster {
  name: string
  containerInsights?: 'enabled' | 'enhanced' | 'disabled'
  services?: { name: string; launchType?: string; assignPublicIp?: 'ENABLED' | 'DISABLED' }[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    taskDefinitions?: FixtureTaskDefinition[]
    ecsClusters?: FixtureEcsCluster[]
  }
}

const clusterArn = (ctx: CallContext, name: string) => `arn:aws:ecs:${ctx.region}:${ctx.accountId}:cluster/${name}`
const nameOf = (v: unknown) => String(v ?? '').split('/').pop() ?? ''

function cluster(ctx: CallContext, ref: unknown): FixtureEcsCluster {
  const c = (ctx.data.ecsClusters ?? []).find((x) => x.name === nameOf(ref))
  if (!c) throw new ApiError('ClusterNotFoundException', 'Cluster not found.', 400)
  return c
}

export const ecs: ServiceDef = {
  signingName: 'ecs',
  iamPrefix: 'ecs',
  protocol: 'json-1.1',
  target: 'AmazonEC2ContainerServiceV20141113',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    ListTaskDefinitionFamilies: {
      handle(input, ctx) {
        const families = (ctx.data.taskDefinitions ?? []).map((t) => t.family).sort()
        const p = paginate(families, { token: input.nextToken, requested: input.maxResults, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListTaskDefinitionFamilies'), tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return { families: p.items, nextToken: p.next }
      },
    },
    DescribeTaskDefinition: {
      resource: (input) => String(input.taskDefinition ?? ''),
      handle(input, ctx) {
        const [family, rev] = String(input.taskDefinition ?? '').split('/').pop()!.split(':')
        const td = (ctx.data.taskDefinitions ?? []).find((t) => t.family === family)
        const revision = rev ? Number(rev) : (td?.revisions.length ?? 0)
        const r = td?.revisions[revision - 1]
        if (!td || !r) throw new ApiError('ClientException', 'Unable to describe task definition.', 400)
        return {
          taskDefinition: {
            taskDefinitionArn: `arn:aws:ecs:${ctx.region}:${ctx.accountId}:task-definition/${family}:${revision}`,
            family,
            revision,
            status: revision === td.revisions.length ? 'ACTIVE' : 'INACTIVE',
            ...(r.networkMode ? { networkMode: r.networkMode } : {}),
            ...(r.pidMode ? { pidMode: r.pidMode } : {}),
            containerDefinitions: r.containers.map((c) => ({
              name: c.name,
              image: c.image ?? `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com/${family}:1`,
              essential: true,
              ...(c.privileged !== undefined ? { privileged: c.privileged } : {}),
              ...(c.readonlyRootFilesystem !== undefined ? { readonlyRootFilesystem: c.readonlyRootFilesystem } : {}),
              ...(c.user ? { user: c.user } : {}),
              environment: Object.entries(c.environment ?? {}).map(([name, value]) => ({ name, value })),
              secrets: (c.secrets ?? []).map((name) => ({ name, valueFrom: `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${family}/${name.toLowerCase()}-AbCdEf` })),
              ...(c.logDriver ? { logConfiguration: { logDriver: c.logDriver, options: { 'awslogs-group': `/ecs/${family}` } } } : {}),
            })),
          },
          tags: [{ key: 'app', value: family }],
        }
      },
    },
    ListClusters: {
      handle(input, ctx) {
        const p = paginate(ctx.data.ecsClusters ?? [], { token: input.nextToken, requested: input.maxResults, defaultSize: 100, maxSize: 100, tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return { clusterArns: p.items.map((c) => clusterArn(ctx, c.name)), nextToken: p.next }
      },
    },
    DescribeClusters: {
      handle(input, ctx) {
        const refs = (input.clusters as string[] | undefined) ?? []
        return {
          clusters: refs.map((ref) => {
            const c = cluster(ctx, ref)
            return { clusterArn: clusterArn(ctx, c.name), clusterName: c.name, status: 'ACTIVE', settings: c.containerInsights ? [{ name: 'containerInsights', value: c.containerInsights }] : [] }
          }),
          failures: [],
        }
      },
    },
    ListServices: {
      resource: (input) => String(input.cluster ?? ''),
      handle(input, ctx) {
        const c = cluster(ctx, input.cluster)
        const p = paginate(c.services ?? [], { token: input.nextToken, requested: input.maxResults, defaultSize: 10, maxSize: 100, tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return { serviceArns: p.items.map((s) => `arn:aws:ecs:${ctx.region}:${ctx.accountId}:service/${c.name}/${s.name}`), nextToken: p.next }
      },
    },
    DescribeServices: {
      resource: (input) => String(input.cluster ?? ''),
      handle(input, ctx) {
        const c = cluster(ctx, input.cluster)
        const refs = (input.services as string[] | undefined) ?? []
        if (refs.length > 10) throw new ApiError('InvalidParameterException', 'services can have at most 10 items.', 400)
        return {
          services: refs.flatMap((ref) => {
            const s = (c.services ?? []).find((x) => x.name === nameOf(ref))
            if (!s) return []
            return [{
              serviceArn: `arn:aws:ecs:${ctx.region}:${ctx.accountId}:service/${c.name}/${s.name}`,
              serviceName: s.name,
              clusterArn: clusterArn(ctx, c.name),
              launchType: s.launchType ?? 'FARGATE',
              status: 'ACTIVE',
              ...(s.assignPublicIp ? { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'], assignPublicIp: s.assignPublicIp } } } : {}),
            }]
          }),
          failures: [],
        }
      },
    },
  },
}
