/**
 * Amazon S3 (REST-XML, path-style addressing), bucket configuration reads from the regions'
 * `buckets`. A bucket lives in one region; GetBucketLocation finds it from any region, the other
 * reads answer where it lives. Unconfigured settings answer with S3's own "not configured" error
 * codes (NoSuchBucketPolicy, NoSuchPublicAccessBlockConfiguration), a missing bucket NoSuchBucket.
 */
import { ApiError } from '../errors.js'
import type { FixtureBucket } from '../fixture-governance.js'
import { RawPayload, XmlDocument } from '../protocols/rest-xml.js'
import type { CallContext, Input, OperationDef, ServiceDef } from './types.js'

const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'

export function findBucket(ctx: CallContext, name: string): { bucket: FixtureBucket; region: string } | undefined {
  for (const [region, data] of Object.entries(ctx.account.regions)) {
    const bucket = (data.buckets ?? []).find((b) => b.name === name)
    if (bucket) return { bucket, region }
  }
  return undefined
}

function bucketHere(input: Input, ctx: CallContext): FixtureBucket {
  const name = String(input.Bucket ?? '')
  const found = findBucket(ctx, name)
  if (!found) throw new ApiError('NoSuchBucket', 'The specified bucket does not exist', 404)
  if (found.region !== ctx.region) throw new ApiError('PermanentRedirect', 'The bucket you are attempting to access must be addressed using the specified endpoint.', 301)
  return found.bucket
}

const bucketName = (input: Input) => String(input.Bucket ?? '')

/** Bucket sub-resource reads (`GET /{Bucket}?<query>`), keyed by operation name. */
export const s3BucketOperations: Record<string, OperationDef> = {
  GetBucketLocation: {
    http: { method: 'GET', path: '/{Bucket}', query: 'location' },
    resource: bucketName,
    handle(input, ctx) {
      const found = findBucket(ctx, bucketName(input))
      if (!found) throw new ApiError('NoSuchBucket', 'The specified bucket does not exist', 404)
      // us-east-1 is the empty LocationConstraint.
      return new XmlDocument('LocationConstraint', found.region === 'us-east-1' ? '' : found.region)
    },
  },
  GetBucketPolicy: {
    http: { method: 'GET', path: '/{Bucket}', query: 'policy' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      if (!b.policy) throw new ApiError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404)
      return new RawPayload(JSON.stringify(b.policy))
    },
  },
  GetBucketAcl: {
    http: { method: 'GET', path: '/{Bucket}', query: 'acl' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      const grant = (type: string, who: Record<string, string>, permission: string) => ({ Grantee: { $attrs: { 'xmlns:xsi': XSI, 'xsi:type': type }, ...who }, Permission: permission })
      const grants = [grant('CanonicalUser', { ID: OWNER_ID, DisplayName: 'owner' }, 'FULL_CONTROL'), ...(b.grants ?? []).map((g) => grant(g.type, g.type === 'Group' ? { URI: g.uri ?? '' } : { ID: g.id ?? OWNER_ID }, g.permission))]
      return new XmlDocument('AccessControlPolicy', { Owner: { ID: OWNER_ID, DisplayName: 'owner' }, AccessControlList: { Grant: grants } })
    },
  },
  // Named by its IAM action (the API operation is GetPublicAccessBlock).
  GetBucketPublicAccessBlock: {
    http: { method: 'GET', path: '/{Bucket}', query: 'publicAccessBlock' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      const c = b.publicAccessBlock
      if (!c) throw new ApiError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404)
      return new XmlDocument('PublicAccessBlockConfiguration', { BlockPublicAcls: c.blockPublicAcls, IgnorePublicAcls: c.ignorePublicAcls, BlockPublicPolicy: c.blockPublicPolicy, RestrictPublicBuckets: c.restrictPublicBuckets })
    },
  },
  GetBucketLogging: {
    http: { method: 'GET', path: '/{Bucket}', query: 'logging' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      return new XmlDocument('BucketLoggingStatus', b.logging ? { LoggingEnabled: { TargetBucket: b.logging.targetBucket, TargetPrefix: b.logging.targetPrefix ?? '' } } : {})
    },
  },
}

export const s3: ServiceDef = {
  signingName: 's3',
  iamPrefix: 's3',
  protocol: 'rest-xml',
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDenied', status: 403 },
    throttling: { code: 'SlowDown', status: 503 },
    invalidToken: { code: 'InvalidAccessKeyId', status: 403, message: 'The AWS Access Key Id you provided does not exist in our records.' },
    internal: { code: 'InternalError' },
    unavailable: { code: 'ServiceUnavailable' },
  },
  operations: { ...s3BucketOperations },
}
