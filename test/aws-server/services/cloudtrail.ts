import { ApiError } from '../errors.js'
import { arns, type FixtureTrail } from '../fixture.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { CallContext, Input, ServiceDef } from './types.js'

interface Located {
  trail: FixtureTrail
  home: string
  arn: string
}

function allTrails(ctx: CallContext): Located[] {
  return Object.entries(ctx.account.regions).flatMap(([home, data]) => (data.trails ?? []).map((trail) => ({ trail, home, arn: arns.trail(home, ctx.accountId, trail.name) })))
}

/** Trails a region shows: its own, plus other regions' multi-region trails (shadow trails). */
function visible(ctx: CallContext, includeShadow = true): Located[] {
  return allTrails(ctx).filter((t) => t.home === ctx.region || (includeShadow && t.trail.isMultiRegion))
}

/** A trail by name (home-region trails only) or by ARN (also shadow trails), as CloudTrail resolves it. */
function findTrail(ref: string, ctx: CallContext): Located {
  const found = ref.startsWith('arn:') ? visible(ctx).find((t) => t.arn === ref) : visible(ctx, false).find((t) => t.trail.name === ref)
  if (!found) throw new ApiError('TrailNotFoundException', `Unknown trail: ${ref} for the user: ${ctx.accountId}`, 400)
  return found
}

function describe(t: Located) {
  const tr = t.trail
  return {
    Name: tr.name,
    S3BucketName: tr.s3BucketName,
    IncludeGlobalServiceEvents: tr.includeGlobalServiceEvents ?? true,
    IsMultiRegionTrail: Boolean(tr.isMultiRegion),
    HomeRegion: t.home,
    TrailARN: t.arn,
    LogFileValidationEnabled: Boolean(tr.logFileValidation),
    CloudWatchLogsLogGroupArn: tr.cloudWatchLogsLogGroupArn,
    KmsKeyId: tr.kmsKeyId,
    HasCustomEventSelectors: Boolean(tr.eventSelectors?.length || tr.advancedEventSelectors?.length),
    HasInsightSelectors: false,
    IsOrganizationTrail: Boolean(tr.isOrganizationTrail),
  }
}

const trailRef = (member: string) => (input: Input) => String(input[member] ?? '')

export const cloudtrail: ServiceDef = {
  signingName: 'cloudtrail',
  iamPrefix: 'cloudtrail',
  protocol: 'json-1.1',
  target: 'CloudTrail_20131101',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    DescribeTrails: {
      handle(input, ctx) {
        const names = (input.trailNameList as string[] | undefined) ?? []
        const includeShadow = input.includeShadowTrails !== false
        let list = visible(ctx, includeShadow)
        if (names.length) list = list.filter((t) => names.includes(t.trail.name) || names.includes(t.arn))
        return { trailList: list.map(describe) }
      },
    },
    ListTrails: {
      handle(input, ctx) {
        const p = paginate(allTrails(ctx), { token: input.NextToken, defaultSize: 50, maxSize: 50, fixtureMax: ctx.fixturePageSize('ListTrails'), tokenName: 'NextToken', errorCode: 'InvalidNextTokenException' })
        return { Trails: p.items.map((t) => ({ TrailARN: t.arn, Name: t.trail.name, HomeRegion: t.home })), NextToken: p.next }
      },
    },
    GetTrailStatus: {
      resource: trailRef('Name'),
      handle(input, ctx) {
        const t = findTrail(String(input.Name ?? ''), ctx)
        const logging = t.trail.isLogging ?? true
        return {
          IsLogging: logging,
          LatestDeliveryTime: logging ? new Date('2024-06-01T00:00:00Z') : undefined,
          StartLoggingTime: new Date('2024-01-15T10:00:00Z'),
          StopLoggingTime: logging ? undefined : new Date('2024-03-01T00:00:00Z'),
          // A logging trail with a log group delivered to it a few minutes before the call.
          LatestCloudWatchLogsDeliveryTime: logging && t.trail.cloudWatchLogsLogGroupArn && !t.trail.cloudWatchLogsDeliveryError ? new Date(Date.now() - 5 * 60 * 1000) : undefined,
          LatestCloudWatchLogsDeliveryError: t.trail.cloudWatchLogsDeliveryError,
        }
      },
    },
    GetEventSelectors: {
      resource: trailRef('TrailName'),
      handle(input, ctx) {
        const t = findTrail(String(input.TrailName ?? ''), ctx)
        const tr = t.trail
        if (tr.advancedEventSelectors?.length) {
          return {
            TrailARN: t.arn,
            AdvancedEventSelectors: tr.advancedEventSelectors.map((s) => ({
              Name: s.name,
              FieldSelectors: s.fieldSelectors.map((f) => ({ Field: f.field, Equals: f.equals, NotEquals: f.notEquals, StartsWith: f.startsWith, NotStartsWith: f.notStartsWith, EndsWith: f.endsWith, NotEndsWith: f.notEndsWith })),
            })),
          }
        }
        // A trail never configured logs every management event and no data events.
        const selectors = tr.eventSelectors ?? [{ readWriteType: 'All' as const, includeManagementEvents: true, dataResources: [] }]
        return {
          TrailARN: t.arn,
          EventSelectors: selectors.map((s) => ({ ReadWriteType: s.readWriteType ?? 'All', IncludeManagementEvents: s.includeManagementEvents ?? true, DataResources: (s.dataResources ?? []).map((d) => ({ Type: d.type, Values: d.values })), ExcludeManagementEventSources: [] })),
        }
      },
    },
  },
}
