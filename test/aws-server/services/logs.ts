import { ApiError } from '../errors.js'
import { arns } from '../fixture.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

export const logs: ServiceDef = {
  signingName: 'logs',
  iamPrefix: 'logs',
  protocol: 'json-1.1',
  target: 'Logs_20140328',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    DescribeMetricFilters: {
      handle(input, ctx) {
        const filters = (ctx.data.metricFilters ?? []).filter((f) => input.logGroupName === undefined || f.logGroupName === input.logGroupName)
        const p = paginate(filters, { token: input.nextToken, requested: input.limit, defaultSize: 50, maxSize: 50, fixtureMax: ctx.fixturePageSize('DescribeMetricFilters'), tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return {
          metricFilters: p.items.map((f) => ({ filterName: f.name, logGroupName: f.logGroupName, filterPattern: f.pattern, creationTime: 1705312800000, metricTransformations: [{ metricName: f.metricName, metricNamespace: f.metricNamespace, metricValue: '1' }] })),
          nextToken: p.next,
        }
      },
    },
    DescribeLogGroups: {
      handle(input, ctx) {
        if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
          throw new ApiError('InvalidParameterException', 'LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.', 400)
        }
        if (input.limit !== undefined && (Number(input.limit) < 1 || Number(input.limit) > 50)) {
          throw new ApiError('InvalidParameterException', '1 validation error detected: Value at \'limit\' failed to satisfy constraint: Member must have value less than or equal to 50', 400)
        }
        const prefix = input.logGroupNamePrefix === undefined ? undefined : String(input.logGroupNamePrefix)
        const pattern = input.logGroupNamePattern === undefined ? undefined : String(input.logGroupNamePattern)
        // Log groups come back in ASCII order of their names.
        const groups = [...(ctx.data.logGroups ?? [])]
          .filter((g) => (prefix === undefined || g.name.startsWith(prefix)) && (pattern === undefined || g.name.includes(pattern)))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        const p = paginate(groups, { token: input.nextToken, requested: input.limit, defaultSize: 50, maxSize: 50, fixtureMax: ctx.fixturePageSize('DescribeLogGroups'), tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return {
          logGroups: p.items.map((g) => {
            const arn = arns.logGroup(ctx.region, ctx.accountId, g.name)
            return { logGroupName: g.name, creationTime: 1705312800000, retentionInDays: g.retentionInDays, metricFilterCount: 0, arn: `${arn}:*`, storedBytes: g.storedBytes ?? 0, kmsKeyId: g.kmsKeyId, logGroupClass: 'STANDARD', logGroupArn: arn }
          }),
          nextToken: p.next,
        }
      },
    },
  },
}
