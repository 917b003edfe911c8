/**
 * EKS managed node groups: ListNodegroups per cluster the scan listed, then DescribeNodegroup per
 * node group (Kubernetes version, AMI release). Node groups exist only inside clusters, so a
 * region without clusters costs nothing more than the cluster listing.
 */
import type { Nodegroup } from '@aws-sdk/client-eks'
import type { EksNodegroup } from '../../../model/eks.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { mapLimit } from '../concurrency.js'
import { fetchOptional, lookupGap } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { listPerParent } from './per-parent.js'

/** Maps DescribeNodegroup. Pure. */
export function mapEksNodegroup(n: Nodegroup, where: { region: string; accountId: string }): EksNodegroup {
  const clusterName = n.clusterName ?? ''
  const nodegroupName = n.nodegroupName ?? ''
  const arn = n.nodegroupArn ?? ''
  const node: EksNodegroup = {
    id: arn,
    arn,
    name: `${clusterName}/${nodegroupName}`,
    accountId: where.accountId,
    region: where.region,
    ...(n.tags && Object.keys(n.tags).length ? { tags: n.tags } : {}),
    clusterName,
    nodegroupName,
    version: n.version ?? '',
    ...(n.releaseVersion ? { releaseVersion: n.releaseVersion } : {}),
    ...(n.status ? { status: n.status } : {}),
  }
  if (!n.version) node.unresolved = { version: 'DescribeNodegroup reported no Kubernetes version' }
  return node
}

export const eksNodegroupCollector: Collector = {
  id: 'eks.nodegroup',
  produces: ['eks.nodegroup'],
  actions: ['eks:ListNodegroups', 'eks:DescribeNodegroup'],
  scope: 'regional',
  dependsOn: ['eks.cluster'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const clusters = (sofar['eks.cluster'] ?? []).filter((c) => c.region === region)
    if (!clusters.length) return { resources: { 'eks.nodegroup': [] }, gaps: [] }
    const E = await import('@aws-sdk/client-eks')
    // A cluster deleted since it was listed has no node groups any more; a cluster whose node
    // groups could not be listed may hold failing ones: the whole type is then a gap here.
    const listed = await listPerParent(clusters, 'eks.nodegroup', region, { action: 'eks:ListNodegroups', noun: 'cluster\'s node group', target: (c) => c.name }, async (c) => {
      const names = await collectPages(
        (nextToken) => ctx.send(region, 'eks:ListNodegroups', new E.ListNodegroupsCommand({ clusterName: c.name, maxResults: 100, ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
        (p) => p.nodegroups,
      )
      return names.map((nodegroupName) => ({ clusterName: c.name, nodegroupName }))
    })
    if ('gaps' in listed) return { resources: {}, gaps: listed.gaps }
    const failures: { target: string; reason: string }[] = []
    const where = { region, accountId: ctx.accountId }
    const out = (
      await mapLimit(listed.items, 4, async (p) => {
        const r = await fetchOptional(ctx.send(region, 'eks:DescribeNodegroup', new E.DescribeNodegroupCommand(p)))
        if (r.ok && r.value.nodegroup) return [mapEksNodegroup(r.value.nodegroup, where)]
        if (!r.ok && !r.absent) failures.push({ target: `${p.clusterName}/${p.nodegroupName}`, reason: r.reason })
        return []
      })
    ).flat()
    return { resources: { 'eks.nodegroup': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: lookupGap('eks.nodegroup', region, 'node group', failures) }
  },
}
