/**
 * Matches the Application Auto Scaling targets a template declares to DynamoDB tables and their
 * global secondary indexes, for CloudFormation and Terraform alike. A target whose namespace,
 * resource id or dimension is not known could be the missing one: the answer is then unknown,
 * never "not scaled".
 */
import type { DynamoDbCapacityScaling } from '../../model/dynamodb.js'

/** A declared value, or why it is not known. */
export type Declared = string | { unknown: string }

/** One declared scalable target (AWS::ApplicationAutoScaling::ScalableTarget, aws_appautoscaling_target). */
export interface DeclaredTarget<R> {
  source: R
  namespace: Declared | undefined
  resourceId: Declared | undefined
  dimension: Declared | undefined
}

export interface ScalingMatch<R> {
  scaling: DynamoDbCapacityScaling
  /** Targets that scale a dimension of the resource. */
  matched: R[]
  /** Set when an unresolved target might scale a dimension found unscaled. */
  unknown?: string
}

const known = (v: Declared | undefined): v is string => typeof v === 'string'
const reason = (v: Declared | undefined): string | undefined => (v !== undefined && typeof v !== 'string' ? v.unknown : undefined)

/** `resourceId`: `table/<name>` or `table/<name>/index/<index>`; `kind` picks the dimension names. */
export function matchScaling<R>(targets: readonly DeclaredTarget<R>[], resourceId: string | undefined, kind: 'table' | 'index'): ScalingMatch<R> {
  const out: ScalingMatch<R> = { scaling: { read: false, write: false }, matched: [] }
  const dims = { read: `dynamodb:${kind}:ReadCapacityUnits`, write: `dynamodb:${kind}:WriteCapacityUnits` } as const
  for (const t of targets) {
    if (known(t.namespace) && t.namespace !== 'dynamodb') continue
    for (const side of ['read', 'write'] as const) {
      const dimOk = t.dimension === dims[side]
      const idOk = resourceId !== undefined && t.resourceId === resourceId
      if (known(t.namespace) && dimOk && idOk) {
        out.scaling[side] = true
        if (!out.matched.includes(t.source)) out.matched.push(t.source)
      }
    }
  }
  for (const t of targets) {
    if (known(t.namespace) && t.namespace !== 'dynamodb') continue
    for (const side of ['read', 'write'] as const) {
      if (out.scaling[side] || out.unknown) continue
      const dimMaybe = t.dimension === dims[side] || !known(t.dimension)
      const idMaybe = resourceId === undefined || t.resourceId === resourceId || !known(t.resourceId)
      const why = reason(t.namespace) ?? reason(t.dimension) ?? reason(t.resourceId) ?? (resourceId === undefined ? 'the table name is not known' : undefined)
      if (dimMaybe && idMaybe && why) out.unknown = `a scalable target may apply: ${why}`
    }
  }
  return out
}
