/**
 * Amazon Macie (REST-JSON, signing name `macie2`): GetMacieSession from the region's `macie`.
 * A region where Macie was never enabled answers as AWS does: AccessDeniedException with the
 * message "Macie is not enabled." — the same code as an IAM denial.
 */
import { ApiError } from '../errors.js'
import type { ServiceDef } from './types.js'

export const macie2: ServiceDef = {
  signingName: 'macie2',
  iamPrefix: 'macie2',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403 },
    throttling: { code: 'ThrottlingException', status: 429 },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalServerException' },
    unavailable: { code: 'ServiceQuotaExceededException' },
  },
  operations: {
    GetMacieSession: {
      http: { method: 'GET', path: '/macie' },
      handle(_input, ctx) {
        const m = ctx.data.macie
        if (!m) throw new ApiError('AccessDeniedException', 'Macie is not enabled.', 403)
        return { status: m.status, findingPublishingFrequency: 'FIFTEEN_MINUTES', createdAt: '2025-01-15T10:00:00Z', updatedAt: '2025-01-15T10:00:00Z', serviceRole: `arn:aws:iam::${ctx.accountId}:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie` }
      },
    },
  },
}
