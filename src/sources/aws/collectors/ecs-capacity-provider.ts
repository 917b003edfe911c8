/**
 * Amazon ECS capacity providers. A capacity provider is created on its own (CreateCapacityProvider)
 * and only later attached to clusters, so it can exist with no cluster at all: an empty ListClusters
 * proves nothing about it, and every region pays one DescribeCapacityProviders call. That call,
 * given no names, pages through every provider of the region (at most 10 a page), settings
 * included, so no per-provider read follows.
 */
import type { CapacityProvider } from '@aws-sdk/client-ecs'
import type { EcsCapacityProvider } from '../../../model/ecs.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

/**
 * FARGATE and FARGATE_SPOT are AWS's own providers: every account sees them in every Fargate
 * region, they have no Auto Scaling group and nothing to configure, so they are left out.
 */
const AWS_OWNED = new Set(['FARGATE', 'FARGATE_SPOT'])

/** Maps one capacity provider, or undefined for the AWS-owned Fargate providers. Pure. */
export function mapCapacityProvider(p: CapacityProvider, where: { region: string; accountId: string; partition?: string }): EcsCapacityProvider | undefined {
  const name = p.name ?? ''
  const asg = p.autoScalingGroupProvider
  if (!asg && !p.managedInstancesProvider && AWS_OWNED.has(name)) return undefined
  const arn = p.capacityProviderArn ?? `arn:${where.partition ?? 'aws'}:ecs:${where.region}:${where.accountId}:capacity-provider/${name}`
  const tags = Object.fromEntries((p.tags ?? []).map((t) => [t.key ?? '', t.value ?? '']))
  return {
    id: arn,
    arn,
    name,
    accountId: where.accountId,
    region: where.region,
    ...(Object.keys(tags).length ? { tags } : {}),
    ...(p.status ? { status: p.status } : {}),
    ...(asg?.autoScalingGroupArn ? { autoScalingGroupArn: asg.autoScalingGroupArn } : {}),
    // The API reports the setting for every Auto Scaling group provider; DISABLED is AWS's default.
    ...(asg ? { managedTerminationProtection: asg.managedTerminationProtection ?? 'DISABLED' } : {}),
    ...(asg?.managedScaling?.status ? { managedScaling: asg.managedScaling.status } : {}),
  }
}

export const ecsCapacityProviderCollector: Collector = {
  id: 'ecs.capacity-provider',
  produces: ['ecs.capacity-provider'],
  actions: ['ecs:DescribeCapacityProviders'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-ecs')
    try {
      const providers = await collectPages(
        (nextToken) => ctx.send(region, 'ecs:DescribeCapacityProviders', new E.DescribeCapacityProvidersCommand({ maxResults: 10, include: ['TAGS'], ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
        (p) => p.capacityProviders,
      )
      const where = { region, accountId: ctx.accountId, partition: ctx.partition }
      const out = providers.flatMap((p) => mapCapacityProvider(p, where) ?? [])
      return { resources: { 'ecs.capacity-provider': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ecs.capacity-provider', region)] }
    }
  },
}
