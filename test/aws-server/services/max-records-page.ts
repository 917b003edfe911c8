/**
 * The paging of the RDS-family query APIs (RDS, ElastiCache): a `Marker` token and `MaxRecords`,
 * which AWS rejects outside 20..100 with InvalidParameterValue instead of clamping it.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import type { CallContext, Input } from './types.js'

/** One page of `items` for the operation `op` (whose fixture page size, if any, caps it). */
export function maxRecordsPage<T>(items: T[], input: Input, ctx: CallContext, op: string) {
  const requested = input.MaxRecords === undefined ? undefined : Number(input.MaxRecords)
  if (requested !== undefined && (requested < 20 || requested > 100)) throw new ApiError('InvalidParameterValue', 'MaxRecords must be between 20 and 100', 400)
  return paginate(items, { token: input.Marker, requested, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize(op), tokenName: 'Marker', sizeName: 'MaxRecords', errorCode: 'InvalidParameterValue' })
}
