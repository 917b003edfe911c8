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
  revisions: { networkMode?: string; pidMode?: string; operatingSystemFamily?: string; containers: FixtureContainer[] }[]
}

/** A capacity provider of the account (apart from AWS's FARGATE and FARGATE_SPOT, which every region answers with). */
export interface FixtureCapacityProvider {
  name: string
  /** Auto Scaling group name; absent for an ECS Managed Instances provider. */
  autoScalingGroup?: string
  managedTerminationProtection?: 'ENABLED' | 'DISABLED'
  managedScaling?: 'ENABLED' | 'DISABLED'
}

export interface FixtureEcsCluster {
  name: string
  containerInsights?: 'enabled' | 'enhanced' | 'disabled'
  services?: FixtureEcsService[]
}

export interface FixtureEcsService {
  name: string
  /** Default FARGATE; none when `capacityProviders` is given (AWS takes one or the other). */
  launchType?: string
  capacityProviders?: string[]
  assignPublicIp?: 'ENABLED' | 'DISABLED'
  /** Fargate services: default LATEST, as AWS reports a service created without one. */
  platformVersion?: string
  platformFamily?: string
  /** ECS (default), CODE_DEPLOY or EXTERNAL; only the last two have task sets. */
  deploymentController?: 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL'
  taskSets?: { id: string; assignPublicIp?: 'ENABLED' | 'DISABLED' }[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    taskDefinitions?: FixtureTaskDefinition[]
    ecsClusters?: FixtureEcsCluster[]
    capacityProviders?: FixtureCapacityProvider[]
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
            ...(r.operatingSystemFamily ? { runtimePlatform: { operatingSystemFamily: r.operatingSystemFamily, cpuArchitecture: 'X86_64' } } : {}),
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
    DescribeCapacityProviders: {
      handle(input, ctx) {
        const arn = (name: string) => `arn:aws:ecs:${ctx.region}:${ctx.accountId}:capacity-provider/${name}`
        // AWS lists its own Fargate providers in every account, without an Auto Scaling group.
        const all = [
          { capacityProviderArn: arn('FARGATE'), name: 'FARGATE', status: 'ACTIVE', tags: [] },
          { capacityProviderArn: arn('FARGATE_SPOT'), name: 'FARGATE_SPOT', status: 'ACTIVE', tags: [] },
          ...(ctx.data.capacityProviders ?? []).map((p) => ({
            capacityProviderArn: arn(p.name),
            name: p.name,
            status: 'ACTIVE',
            ...(p.autoScalingGroup
              ? {
                  autoScalingGroupProvider: {
                    autoScalingGroupArn: `arn:aws:autoscaling:${ctx.region}:${ctx.accountId}:autoScalingGroup:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b:autoScalingGroupName/${p.autoScalingGroup}`,
                    managedScaling: { status: p.managedScaling ?? 'DISABLED', targetCapacity: 100, minimumScalingStepSize: 1, maximumScalingStepSize: 10000 },
                    managedTerminationProtection: p.managedTerminationProtection ?? 'DISABLED',
                    managedDraining: 'ENABLED',
                  },
                }
              : { managedInstancesProvider: { infrastructureRoleArn: `arn:aws:iam::${ctx.accountId}:role/ecsInfrastructureRole` } }),
            tags: input.include && (input.include as string[]).includes('TAGS') ? [{ key: 'team', value: 'platform' }] : [],
          })),
        ]
        const names = input.capacityProviders as string[] | undefined
        const wanted = names ? all.filter((p) => names.some((n) => n === p.name || n === p.capacityProviderArn)) : all
        const p = paginate(wanted, { token: input.nextToken, requested: input.maxResults, defaultSize: 10, maxSize: 10, fixtureMax: ctx.fixturePageSize('DescribeCapacityProviders'), tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return { capacityProviders: p.items, nextToken: p.next }
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
            const serviceArn = `arn:aws:ecs:${ctx.region}:${ctx.accountId}:service/${c.name}/${s.name}`
            const launchType = s.capacityProviders ? undefined : (s.launchType ?? 'FARGATE')
            const onFargate = launchType === 'FARGATE' || (s.capacityProviders ?? []).some((p) => p.startsWith('FARGATE'))
            const network = (assign: string) => ({ awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'], assignPublicIp: assign } })
            return [{
              serviceArn,
              serviceName: s.name,
              clusterArn: clusterArn(ctx, c.name),
              ...(launchType ? { launchType } : {}),
              ...(s.capacityProviders ? { capacityProviderStrategy: s.capacityProviders.map((capacityProvider) => ({ capacityProvider, weight: 1, base: 0 })) } : {}),
              ...(onFargate ? { platformVersion: s.platformVersion ?? 'LATEST', platformFamily: s.platformFamily ?? 'Linux' } : {}),
              deploymentController: { type: s.deploymentController ?? 'ECS' },
              status: 'ACTIVE',
              ...(s.assignPublicIp ? { networkConfiguration: network(s.assignPublicIp) } : {}),
              // Task sets come inside the service's description (CODE_DEPLOY and EXTERNAL controllers).
              ...(s.taskSets ? { taskSets: s.taskSets.map((t) => ({ id: t.id, taskSetArn: `arn:aws:ecs:${ctx.region}:${ctx.accountId}:task-set/${c.name}/${s.name}/${t.id}`, serviceArn, clusterArn: clusterArn(ctx, c.name), status: 'ACTIVE', launchType: 'FARGATE', platformVersion: '1.4.0', ...(t.assignPublicIp ? { networkConfiguration: network(t.assignPublicIp) } : {}) })) } : {}),
            }]
          }),
          failures: [],
        }
      },
    },
  },
}
