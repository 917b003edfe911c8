/**
 * GuardDuty (REST-JSON, lower-camel-case members): ListDetectors and GetDetector, from a
 * region's `guardDuty` fixture. A region without one has no detector, as in a fresh account.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import type { ServiceDef } from './types.js'

/** A region's GuardDuty detector (at most one per account and region). */
export interface FixtureGuardDutyDetector {
  detectorId: string
  /** `ENABLED` (default) or `DISABLED` (suspended). */
  status?: 'ENABLED' | 'DISABLED'
  /** Feature name → status, e.g. `{ LAMBDA_NETWORK_LOGS: 'ENABLED' }`. Features not listed are reported DISABLED. */
  features?: Record<string, 'ENABLED' | 'DISABLED'>
  /** Leave LAMBDA_NETWORK_LOGS out of GetDetector's answer (a region that does not offer it). */
  omitLambdaFeature?: boolean
}

declare module '../fixture.js' {
  interface FixtureRegion {
    guardDuty?: FixtureGuardDutyDetector
  }
}

/** The features GetDetector reports for a current detector. */
const FEATURES = ['CLOUD_TRAIL', 'DNS_LOGS', 'FLOW_LOGS', 'S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS', 'RUNTIME_MONITORING']

const UPDATED = new Date('2024-06-01T00:00:00Z')

export const guardduty: ServiceDef = {
  signingName: 'guardduty',
  iamPrefix: 'guardduty',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403 },
    throttling: { code: 'TooManyRequestsException', status: 429 },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalServerErrorException' },
    unavailable: { code: 'ServiceUnavailableException' },
  },
  operations: {
    ListDetectors: {
      http: { method: 'GET', path: '/detector' },
      handle(input, ctx) {
        const ids = ctx.data.guardDuty ? [ctx.data.guardDuty.detectorId] : []
        const p = paginate(ids, { token: input.nextToken, requested: input.maxResults, defaultSize: 50, maxSize: 50, fixtureMax: ctx.fixturePageSize('ListDetectors'), tokenName: 'nextToken', errorCode: 'BadRequestException' })
        return { detectorIds: p.items, nextToken: p.next }
      },
    },
    GetDetector: {
      http: { method: 'GET', path: '/detector/{DetectorId}' },
      resource: (input) => String(input.DetectorId ?? ''),
      handle(input, ctx) {
        const d = ctx.data.guardDuty
        if (!d || d.detectorId !== input.DetectorId) throw new ApiError('BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.', 400)
        const features = FEATURES.filter((name) => !(d.omitLambdaFeature && name === 'LAMBDA_NETWORK_LOGS')).map((name) => ({ name, status: d.features?.[name] ?? 'DISABLED', updatedAt: UPDATED }))
        return {
          createdAt: '2024-01-15T10:00:00.000Z',
          updatedAt: '2024-06-01T00:00:00.000Z',
          findingPublishingFrequency: 'SIX_HOURS',
          serviceRole: `arn:aws:iam::${ctx.accountId}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
          status: d.status ?? 'ENABLED',
          features,
          tags: {},
        }
      },
    },
  },
}
