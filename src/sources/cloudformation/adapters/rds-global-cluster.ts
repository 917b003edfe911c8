/**
 * AWS::RDS::GlobalCluster → `rds.global-cluster`. A global cluster built around an existing
 * cluster (SourceDBClusterIdentifier) takes that cluster's engine and version, which the template
 * may not show: then the engine version is unresolved.
 */
import type { Stack } from '../stack.js'
import { PLACEHOLDER } from '../values.js'

export function adaptRdsGlobalClusters(stack: Stack): void {
  for (const res of stack.ofType('AWS::RDS::GlobalCluster')) {
    const f = stack.fields(res)
    const id = f.str('globalClusterIdentifier', ['GlobalClusterIdentifier']) ?? String(stack.ref(res))
    let engine = f.str('engine', ['Engine'])
    let engineVersion = f.str('engineVersion', ['EngineVersion'])
    if (engine === undefined) {
      f.mark('engine', 'no Engine: the global cluster takes the engine of its source cluster')
      engine = PLACEHOLDER
    }
    if (engineVersion === undefined) {
      // Without EngineVersion RDS picks the engine's default version at creation time.
      f.mark('engineVersion', 'no EngineVersion: RDS picks the default version (or the source cluster\'s) at creation time')
      engineVersion = PLACEHOLDER
      f.locate('engineVersion', ['Engine'])
    }
    stack.emit(
      'rds.global-cluster',
      f.finish({
        ...f.base(stack.resourceId(res), id, { arn: `arn:${stack.options.partition}:rds::${stack.options.accountId}:global-cluster:${id}` }),
        globalClusterIdentifier: id,
        engine,
        engineVersion,
        memberClusterArns: [],
      }),
      res,
    )
  }
}
