/**
 * Application Auto Scaling (AWS JSON 1.1, target AnyScaleFrontendService): DescribeScalableTargets
 * from a region's `scalableTargets`, filtered by namespace, resource ids and dimension as AWS does.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

/** One registered scalable target (e.g. `dynamodb`, `table/orders`, `dynamodb:table:ReadCapacityUnits`). */
export interface FixtureScalableTarget {
  namespace: string
  resourceId: string
  dimension: string
}

declare module '../fixture.js' {
  interface FixtureRegion {
    scalableTargets?: FixtureScalableTarget[]
  }
}

export const applicationAutoscaling: ServiceDef = {
  signingName: 'application-autoscaling',
  iamPrefix: 'application-autoscaling',
  protocol: 'json-1.1',
  target: 'AnyScaleFrontendService',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    DescribeScalableTargets: {
      handle(input, ctx) {
        if (!input.ServiceNamespace) throw new ApiError('ValidationException', '1 validation error detected: Value null at \'serviceNamespace\' failed to satisfy constraint: Member must not be null', 400)
        const ids = Array.isArray(input.ResourceIds) ? input.ResourceIds.map(String) : undefined
        const matching = (ctx.data.scalableTargets ?? []).filter(
          (t) => t.namespace === input.ServiceNamespace && (!ids || ids.includes(t.resourceId)) && (!input.ScalableDimension || t.dimension === input.ScalableDimension),
        )
        const p = paginate(matching, { token: input.NextToken, requested: input.MaxResults, defaultSize: 50, maxSize: 50, fixtureMax: ctx.fixturePageSize('DescribeScalableTargets'), tokenName: 'NextToken', errorCode: 'InvalidNextTokenException' })
        return {
          ScalableTargets: p.items.map((t) => ({
            ServiceNamespace: t.namespace,
            ResourceId: t.resourceId,
            ScalableDimension: t.dimension,
            MinCapacity: 5,
            MaxCapacity: 100,
            RoleARN: `arn:aws:iam::${ctx.accountId}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`,
            CreationTime: new Date('2024-01-15T10:00:00Z'),
            SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: false },
            ScalableTargetARN: `arn:aws:application-autoscaling:${ctx.region}:${ctx.accountId}:scalable-target/0123${Buffer.from(t.resourceId + t.dimension).toString('hex').slice(0, 24)}`,
          })),
          NextToken: p.next,
        }
      },
    },
  },
}
