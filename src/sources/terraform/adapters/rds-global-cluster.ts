/**
 * aws_rds_global_cluster → `rds.global-cluster`. A global cluster built from
 * source_db_cluster_identifier takes that cluster's engine and version, which the configuration
 * may not show: then they are unresolved.
 */
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptRdsGlobalClusters(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_rds_global_cluster')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('globalClusterIdentifier', inst.values.global_cluster_identifier) ?? inst.name
    let engine = f.str('engine', 'engine')
    let engineVersion = f.str('engineVersion', 'engine_version')
    if (engine === undefined) {
      f.mark('engine', 'no engine: the global cluster takes the engine of its source cluster')
      engine = PLACEHOLDER
    }
    if (engineVersion === undefined) {
      f.mark('engineVersion', 'no engine_version: RDS picks the default version (or the source cluster\'s) at creation time')
      engineVersion = PLACEHOLDER
    }
    ctx.emit(
      'rds.global-cluster',
      f.finish({
        ...f.base(inst.id, id, { arn: f.ident('arn', inst.computed('arn')) ?? `arn:${ctx.options.partition}:rds::${ctx.options.accountId}:global-cluster:${id}` }),
        globalClusterIdentifier: id,
        engine,
        engineVersion,
        memberClusterArns: [],
      }),
      inst,
    )
  }
}
