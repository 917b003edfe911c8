/**
 * The DB (cluster) parameter values the RDS parameter checks read, one filtered read per group
 * in use. Only groups used by an engine a parameter check evaluates are read
 * (data/rds-parameters.json), default groups included: reading the default group gives the
 * engine's real defaults for that version, where a table of defaults could go stale.
 */
import type { Unresolved } from '../../../model/common.js'
import type { RdsCluster, RdsInstance, RdsParameterGroupRef } from '../../../model/rds.js'
import type { DetailGroups } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, failed, type Fetched } from '../outcome.js'
import { watchedParameters } from '../../../analysis/rds-parameters.js'
import { collectPages } from '../paginate.js'

/** Optional reads of the instance collector: the DB parameter groups, for the TLS check. */
export const RDS_INSTANCE_DETAILS: DetailGroups<'parameters'> = {
  parameters: { actions: ['rds:DescribeDBParameters'], fields: ['parameterGroup'], per: 'resource' },
}

/** Optional reads of the cluster collector: the DB cluster parameter groups, for the audit check. */
export const RDS_CLUSTER_DETAILS: DetailGroups<'parameters'> = {
  parameters: { actions: ['rds:DescribeDBClusterParameters'], fields: ['parameterGroup'], per: 'resource' },
}

export const PARAMETERS_NOT_COLLECTED = 'not collected: no selected check reads DB parameter groups'

type Values = Record<string, string>

/** Which parameters to read per group: the union of what the databases using it need. */
export function wantedByGroup(uses: readonly { group: string; parameters: readonly string[] }[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>()
  for (const u of uses) {
    if (!u.parameters.length) continue
    const set = out.get(u.group) ?? new Set<string>()
    for (const p of u.parameters) set.add(p)
    out.set(u.group, set)
  }
  return new Map([...out].map(([g, s]) => [g, [...s].sort()]))
}

/** The named parameters of each group (`cluster`: DB cluster parameter groups), each read once. */
export async function readParameterGroups(ctx: AwsContext, region: string, wanted: ReadonlyMap<string, string[]>, kind: 'instance' | 'cluster'): Promise<Map<string, Fetched<Values>>> {
  const R = await import('@aws-sdk/client-rds')
  const entries = await mapLimit([...wanted], 4, async ([group, names]): Promise<[string, Fetched<Values>]> => {
    const filter = [{ Name: 'parameter-name', Values: names }]
    const call =
      kind === 'instance'
        ? collectPages(
            (Marker) => ctx.send(region, 'rds:DescribeDBParameters', new R.DescribeDBParametersCommand({ DBParameterGroupName: group, Filters: filter, MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
            (p) => p.Marker,
            (p) => p.Parameters,
          )
        : collectPages(
            (Marker) => ctx.send(region, 'rds:DescribeDBClusterParameters', new R.DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: group, Filters: filter, MaxRecords: 100, ...(Marker ? { Marker } : {}) })),
            (p) => p.Marker,
            (p) => p.Parameters,
          )
    const r = await fetchOptional(call)
    if (!r.ok) return [group, r.absent ? failed(`parameter group ${group} was not found`) : r]
    const values: Values = {}
    // The filter is a request, not a promise: keep only the names asked for.
    for (const p of r.value) if (p.ParameterName && names.includes(p.ParameterName) && p.ParameterValue !== undefined) values[p.ParameterName] = p.ParameterValue
    return [group, { ok: true, value: values }]
  })
  return new Map(entries)
}

/** Pure. Attaches a group's values, or marks them unresolved with the reason they are not known. */
export function withParameterGroup<T extends RdsInstance | RdsCluster>(resource: T, ref: { name: string; applyStatus?: string } | undefined, values: Fetched<Values> | undefined): T {
  const mark = (reason: string): T => ({ ...resource, unresolved: { ...(resource.unresolved ?? {}), parameterGroup: reason } as Unresolved })
  if (!ref) return mark('the database reports no parameter group')
  if (!values) return mark(PARAMETERS_NOT_COLLECTED)
  if (!values.ok) return mark(values.absent ? `parameter group ${ref.name} was not found` : values.reason)
  const parameterGroup: RdsParameterGroupRef = { name: ref.name, ...(ref.applyStatus ? { applyStatus: ref.applyStatus } : {}), parameters: values.value }
  return { ...resource, parameterGroup }
}

/**
 * The listed databases with their parameter groups attached, for those whose engine a parameter
 * check evaluates: when `want`, each group in use is read once; otherwise their values are marked
 * not collected and `leftOut` says the partial-collection record is due.
 */
export async function attachParameterGroups<R, T extends RdsInstance | RdsCluster>(
  ctx: AwsContext,
  region: string,
  listed: readonly { raw: R; mapped: T }[],
  kind: 'instance' | 'cluster',
  refOf: (raw: R) => { name: string; applyStatus?: string } | undefined,
  want: boolean,
): Promise<{ resources: T[]; leftOut: boolean }> {
  const relevant = listed.flatMap(({ raw, mapped }) => {
    const parameters = watchedParameters(mapped.engine, kind)
    return parameters.length ? [{ mapped, ref: refOf(raw), parameters }] : []
  })
  const uses = relevant.flatMap(({ ref, parameters }) => (ref ? [{ group: ref.name, parameters }] : []))
  const values = want ? await readParameterGroups(ctx, region, wantedByGroup(uses), kind) : undefined
  const attached = new Map(relevant.map(({ mapped, ref }) => [mapped, withParameterGroup(mapped, ref, ref ? values?.get(ref.name) : undefined)]))
  return { resources: listed.map(({ mapped }) => attached.get(mapped) ?? mapped), leftOut: !want && relevant.length > 0 }
}
