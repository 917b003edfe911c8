/**
 * aws_eks_node_group → `eks.nodegroup`. Without `version` the node group gets its cluster's
 * Kubernetes version: the adapter takes it from the aws_eks_cluster of the configuration whose
 * name cluster_name resolves to, and marks the version unresolved otherwise.
 */
import { identity } from '../eval/values.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptEksNodegroups(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_eks_node_group')) {
    const f = new Fields(ctx, inst)
    const clusterName = f.str('clusterName', 'cluster_name') ?? PLACEHOLDER
    const nodegroupName = f.ident('nodegroupName', inst.values.node_group_name) ?? inst.name
    let version = f.str('version', 'version')
    if (version === undefined) {
      const cluster = clusterName === PLACEHOLDER ? undefined : ctx.byType('aws_eks_cluster').find((c) => identity(c.values.name) === clusterName)
      const v = cluster ? identity(cluster.values.version) : undefined
      version = typeof v === 'string' ? v : undefined
      if (version === undefined) {
        f.mark('version', 'no version: the node group gets its cluster\'s version, which this configuration does not set')
        version = PLACEHOLDER
      }
      f.locate('version', 'cluster_name')
    }
    const release = f.str('releaseVersion', 'release_version')
    ctx.emit(
      'eks.nodegroup',
      f.finish({
        ...f.base(inst.id, `${clusterName}/${nodegroupName}`, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }),
        clusterName,
        nodegroupName,
        version,
        ...(release ? { releaseVersion: release } : {}),
      }),
      inst,
    )
  }
}
