/**
 * Amazon ECS: the latest ACTIVE revision of every task definition family, and clusters with their
 * services. Container environment values are kept as they are (the secret checks need them); the
 * snapshot writer masks secret-looking ones (analysis/secrets/mask-inventory.ts).
 */
import type { Cluster, ContainerDefinition, Service, TaskDefinition, TaskSet } from '@aws-sdk/client-ecs'
import type { EcsCluster, EcsContainerDefinition, EcsService, EcsTaskDefinition, EcsTaskSet } from '../../../model/ecs.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap } from '../outcome.js'
import { collectPages } from '../paginate.js'

/** At most this many task definition families are described per region (one call each); the rest are reported in a note. */
export const MAX_TASK_DEFINITION_FAMILIES = 1000

export function mapContainer(c: ContainerDefinition): EcsContainerDefinition {
  const environment: Record<string, string> = {}
  for (const e of c.environment ?? []) if (e.name) environment[e.name] = e.value ?? ''
  return {
    name: c.name ?? '',
    ...(c.image ? { image: c.image } : {}),
    privileged: c.privileged ?? false,
    readonlyRootFilesystem: c.readonlyRootFilesystem ?? false,
    ...(c.user ? { user: c.user } : {}),
    environment,
    secretNames: (c.secrets ?? []).flatMap((s) => (s.name ? [s.name] : [])),
    ...(c.logConfiguration?.logDriver ? { logDriver: c.logConfiguration.logDriver } : {}),
  }
}

/** Maps one task definition revision. Pure. */
export function mapTaskDefinition(td: TaskDefinition, tags: Record<string, string> | undefined, where: { region: string; accountId: string }): EcsTaskDefinition {
  const arn = td.taskDefinitionArn ?? ''
  return {
    id: arn,
    arn,
    name: `${td.family}:${td.revision}`,
    accountId: where.accountId,
    region: where.region,
    ...(tags && Object.keys(tags).length ? { tags } : {}),
    family: td.family ?? '',
    ...(td.revision !== undefined ? { revision: td.revision } : {}),
    ...(td.networkMode ? { networkMode: td.networkMode } : {}),
    ...(td.pidMode ? { pidMode: td.pidMode } : {}),
    ...(td.runtimePlatform?.operatingSystemFamily ? { operatingSystemFamily: td.runtimePlatform.operatingSystemFamily } : {}),
    containers: (td.containerDefinitions ?? []).map(mapContainer),
  }
}

export function mapCluster(c: Cluster, where: { region: string; accountId: string }): EcsCluster {
  const arn = c.clusterArn ?? ''
  const insights = c.settings?.find((s) => s.name === 'containerInsights')?.value
  return { id: arn, arn, name: c.clusterName ?? arn, accountId: where.accountId, region: where.region, ...(insights ? { containerInsights: insights } : {}) }
}

export function mapService(s: Service, where: { region: string; accountId: string }): EcsService {
  const arn = s.serviceArn ?? ''
  const assign = s.networkConfiguration?.awsvpcConfiguration?.assignPublicIp
  const capacityProviders = (s.capacityProviderStrategy ?? []).flatMap((c) => (c.capacityProvider ? [c.capacityProvider] : []))
  const controller = s.deploymentController?.type
  return {
    id: arn,
    arn,
    name: s.serviceName ?? arn,
    accountId: where.accountId,
    region: where.region,
    clusterArn: s.clusterArn ?? '',
    ...(s.launchType ? { launchType: s.launchType } : {}),
    ...(assign ? { assignPublicIp: assign } : {}),
    ...(capacityProviders.length ? { capacityProviders } : {}),
    ...(s.platformVersion ? { platformVersion: s.platformVersion } : {}),
    ...(s.platformFamily ? { platformFamily: s.platformFamily } : {}),
    ...(controller ? { deploymentController: controller } : {}),
  }
}

/** Maps a task set embedded in its service's description (CODE_DEPLOY and EXTERNAL deployments). Pure. */
export function mapTaskSet(t: TaskSet, service: Service, where: { region: string; accountId: string }): EcsTaskSet {
  const arn = t.taskSetArn ?? ''
  const assign = t.networkConfiguration?.awsvpcConfiguration?.assignPublicIp
  return {
    id: arn,
    arn,
    name: `${service.serviceName ?? ''}/${t.id ?? arn}`,
    accountId: where.accountId,
    region: where.region,
    clusterArn: t.clusterArn ?? service.clusterArn ?? '',
    serviceArn: t.serviceArn ?? service.serviceArn ?? '',
    ...(t.launchType ? { launchType: t.launchType } : {}),
    ...(assign ? { assignPublicIp: assign } : {}),
  }
}

/**
 * The latest ACTIVE revision of each task definition family. A task definition belongs to no
 * cluster: it is registered on its own and stays ACTIVE after every cluster is gone, so an empty
 * ListClusters proves nothing about it. An account without ECS therefore pays two listings per
 * region when both kinds are wanted (this one and ListClusters), and nothing more: no
 * DescribeTaskDefinition without families, no DescribeClusters or ListServices without clusters.
 */
export const ecsTaskDefinitionCollector: Collector = {
  id: 'ecs.task-definition',
  produces: ['ecs.task-definition'],
  actions: ['ecs:ListTaskDefinitionFamilies', 'ecs:DescribeTaskDefinition'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-ecs')
    let families: string[]
    try {
      families = await collectPages((nextToken) => ctx.send(region, 'ecs:ListTaskDefinitionFamilies', new E.ListTaskDefinitionFamiliesCommand({ status: 'ACTIVE', maxResults: 100, ...(nextToken ? { nextToken } : {}) })), (p) => p.nextToken, (p) => p.families)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ecs.task-definition', region)] }
    }
    const notes: string[] = []
    if (families.length > MAX_TASK_DEFINITION_FAMILIES) notes.push(`${region}: ${families.length} ECS task definition families; only the first ${MAX_TASK_DEFINITION_FAMILIES} (by name) were checked`)
    const failures: { target: string; reason: string }[] = []
    const where = { region, accountId: ctx.accountId }
    const out = (
      await Promise.all(
        families.sort().slice(0, MAX_TASK_DEFINITION_FAMILIES).map(async (family) => {
          // Describing a family without a revision returns its latest ACTIVE revision.
          const r = await fetchOptional(ctx.send(region, 'ecs:DescribeTaskDefinition', new E.DescribeTaskDefinitionCommand({ taskDefinition: family, include: ['TAGS'] })))
          if (!r.ok) {
            if (!r.absent) failures.push({ target: family, reason: r.reason })
            return []
          }
          if (!r.value.taskDefinition) return []
          const tags = Object.fromEntries((r.value.tags ?? []).map((t) => [t.key ?? '', t.value ?? '']))
          return [mapTaskDefinition(r.value.taskDefinition, tags, where)]
        }),
      )
    ).flat()
    return { resources: { 'ecs.task-definition': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: lookupGap('ecs.task-definition', region, 'task definition', failures), notes }
  },
}

/**
 * Clusters (with settings), their services (network configuration, platform version) and the
 * services' task sets, each only when wanted. Services live in clusters: an empty ListClusters is
 * the whole cost of a region without them. Task sets (CODE_DEPLOY and EXTERNAL deployments) come
 * inside DescribeServices' answer, so they cost no call of their own.
 */
export const ecsClusterCollector: Collector = {
  id: 'ecs.cluster',
  produces: ['ecs.cluster', 'ecs.service', 'ecs.task-set'],
  actions: ['ecs:ListClusters', 'ecs:DescribeClusters', 'ecs:ListServices', 'ecs:DescribeServices'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const wantClusters = ctx.wanted.size === 0 || ctx.wanted.has('ecs.cluster')
    const wantServices = ctx.wanted.size === 0 || ctx.wanted.has('ecs.service')
    const wantTaskSets = ctx.wanted.size === 0 || ctx.wanted.has('ecs.task-set')
    const types = [...(wantClusters ? (['ecs.cluster'] as const) : []), ...(wantServices ? (['ecs.service'] as const) : []), ...(wantTaskSets ? (['ecs.task-set'] as const) : [])]
    const E = await import('@aws-sdk/client-ecs')
    const where = { region, accountId: ctx.accountId }
    try {
      const arns = await collectPages((nextToken) => ctx.send(region, 'ecs:ListClusters', new E.ListClustersCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) })), (p) => p.nextToken, (p) => p.clusterArns)
      const resources: CollectResult['resources'] = {}
      if (wantClusters) {
        const clusters: EcsCluster[] = []
        for (let i = 0; i < arns.length; i += 100) {
          const r = await ctx.send(region, 'ecs:DescribeClusters', new E.DescribeClustersCommand({ clusters: arns.slice(i, i + 100), include: ['SETTINGS'] }))
          clusters.push(...(r.clusters ?? []).map((c) => mapCluster(c, where)))
        }
        resources['ecs.cluster'] = clusters.sort((a, b) => a.id.localeCompare(b.id))
      }
      if (wantServices || wantTaskSets) {
        const services: EcsService[] = []
        const taskSets: EcsTaskSet[] = []
        for (const cluster of arns) {
          const serviceArns = await collectPages((nextToken) => ctx.send(region, 'ecs:ListServices', new E.ListServicesCommand({ cluster, maxResults: 100, ...(nextToken ? { nextToken } : {}) })), (p) => p.nextToken, (p) => p.serviceArns)
          for (let i = 0; i < serviceArns.length; i += 10) {
            const r = await ctx.send(region, 'ecs:DescribeServices', new E.DescribeServicesCommand({ cluster, services: serviceArns.slice(i, i + 10) }))
            services.push(...(r.services ?? []).map((s) => mapService(s, where)))
            for (const s of r.services ?? []) taskSets.push(...(s.taskSets ?? []).map((t) => mapTaskSet(t, s, where)))
          }
        }
        if (wantServices) resources['ecs.service'] = services.sort((a, b) => a.id.localeCompare(b.id))
        if (wantTaskSets) resources['ecs.task-set'] = taskSets.sort((a, b) => a.id.localeCompare(b.id))
      }
      return { resources, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: types.map((t) => gapFrom(err, t, region)) }
    }
  },
}
