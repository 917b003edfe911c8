/**
 * aws_dax_cluster → `dax.cluster`. Without a server_side_encryption block (or enabled = false)
 * the nodes' disks are not encrypted; cluster_endpoint_encryption_type defaults to NONE.
 */
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptDaxClusters(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_dax_cluster')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('clusterName', inst.values.cluster_name) ?? inst.name
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const endpoint = f.str('endpointEncryption', 'cluster_endpoint_encryption_type')
    ctx.emit(
      'dax.cluster',
      f.finish({
        ...f.base(inst.id, name, { arn }),
        clusterName: name,
        encryptedAtRest: f.bool('encryptedAtRest', 'server_side_encryption.0.enabled') ?? false,
        endpointEncryption: endpoint === 'TLS' ? 'TLS' : 'NONE',
      }),
      inst,
    )
  }
}
