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
  GetBucketOwnershipControls: {
    http: { method: 'GET', path: '/{Bucket}', query: 'ownershipControls' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      return new XmlDocument('OwnershipControls', { Rule: [{ ObjectOwnership: b.objectOwnership ?? 'BucketOwnerEnforced' }] })
    },
  },
  // Named by its IAM action (the API operation is GetBucketEncryption).
  GetEncryptionConfiguration: {
    http: { method: 'GET', path: '/{Bucket}', query: 'encryption' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      const e = b.encryption ?? { algorithm: 'AES256' as const }
      return new XmlDocument('ServerSideEncryptionConfiguration', {
        Rule: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: e.algorithm, ...(e.kmsKeyId ? { KMSMasterKeyID: e.kmsKeyId } : {}) }, BucketKeyEnabled: e.bucketKey ?? false }],
      })
    },
  },
  GetBucketVersioning: {
    http: { method: 'GET', path: '/{Bucket}', query: 'versioning' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      return new XmlDocument('VersioningConfiguration', b.versioning ? { Status: b.versioning.status, MfaDelete: b.versioning.mfaDelete ? 'Enabled' : 'Disabled' } : {})
    },
  },
  // Named by its IAM action (the API operation is GetBucketLifecycleConfiguration).
  GetLifecycleConfiguration: {
    http: { method: 'GET', path: '/{Bucket}', query: 'lifecycle' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      if (!b.lifecycleRules?.length) throw new ApiError('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404)
      return new XmlDocument('LifecycleConfiguration', { Rule: b.lifecycleRules.map((r) => ({ ID: r.id, Filter: {}, Status: r.enabled ? 'Enabled' : 'Disabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } })) })
    },
  },
  // Named by its IAM action (the API operation is GetObjectLockConfiguration).
  GetBucketObjectLockConfiguration: {
    http: { method: 'GET', path: '/{Bucket}', query: 'object-lock' },
    resource: bucketName,
    handle(input, ctx) {
      const b = bucketHere(input, ctx)
      if (!b.objectLock) throw new ApiError('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', 404)
      const { mode, days } = b.objectLock
      return new XmlDocument('ObjectLockConfiguration', { ObjectLockEnabled: 'Enabled', ...(mode ? { Rule: { DefaultRetention: { Mode: mode, Days: days ?? 1 } } } : {}) })
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

/** ListBuckets (IAM action s3:ListAllMyBuckets), optionally for one region's buckets (`bucket-region`). */
export const s3ListOperations: Record<string, OperationDef> = {
  ListAllMyBuckets: {
    http: { method: 'GET', path: '/', query: 'x-id' },
    handle(input, ctx) {
      const region = input['bucket-region'] as string | undefined
      const buckets = Object.entries(ctx.account.regions).flatMap(([r, data]) => (region && r !== region ? [] : (data.buckets ?? []).map((b) => ({ Name: b.name, CreationDate: new Date('2024-01-15T10:00:00Z'), BucketRegion: r }))))
      buckets.sort((a, b) => a.Name.localeCompare(b.Name))
      return new XmlDocument('ListAllMyBucketsResult', { Owner: { ID: OWNER_ID, DisplayName: 'owner' }, Buckets: { Bucket: buckets } })
    },
  },
}

/** The error codes of S3's REST-XML endpoints, shared by general purpose and directory buckets (s3express). */
export const S3_ERRORS: ServiceDef['errors'] = {
  accessDenied: { code: 'AccessDenied', status: 403 },
  throttling: { code: 'SlowDown', status: 503 },
  invalidToken: { code: 'InvalidAccessKeyId', status: 403, message: 'The AWS Access Key Id you provided does not exist in our records.' },
  internal: { code: 'InternalError' },
  unavailable: { code: 'ServiceUnavailable' },
}

export const s3: ServiceDef = {
  signingName: 's3',
  iamPrefix: 's3',
  protocol: 'rest-xml',
  defaultFamily: 'read',
  errors: S3_ERRORS,
  operations: { ...s3ListOperations, ...s3BucketOperations },
}
