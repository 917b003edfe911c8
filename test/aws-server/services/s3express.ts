/**
 * S3 Express One Zone directory buckets: the Regional endpoint operations (REST-XML, path-style,
 * signed as `s3express`), from the regions' `directoryBuckets`. Operations are named by their
 * IAM action (s3express:ListAllMyDirectoryBuckets, s3express:GetLifecycleConfiguration).
 *
 * On a custom endpoint the SDK addresses a directory bucket as `/<bucket>/` after the endpoint's
 * own path, which can give `/<bucket>//`: the bucket label takes the rest of the path and
 * trailing slashes are dropped.
 */
import { ApiError } from '../errors.js'
import { XmlDocument } from '../protocols/rest-xml.js'
import type { Input, ServiceDef } from './types.js'
import { S3_ERRORS } from './s3.js'

export interface FixtureDirectoryBucket {
  /** `<base>--<zone-id>--x-s3`. */
  name: string
  /** Absent or empty = no lifecycle configuration. */
  lifecycleRules?: { id: string; enabled: boolean; expirationDays?: number; abortIncompleteUploadDays?: number }[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    directoryBuckets?: FixtureDirectoryBucket[]
  }
}

const bucketName = (input: Input) => String(input.Bucket ?? '').replace(/\/+$/, '')

export const s3express: ServiceDef = {
  signingName: 's3express',
  iamPrefix: 's3express',
  protocol: 'rest-xml',
  defaultFamily: 'read',
  errors: S3_ERRORS,
  operations: {
    // The API operation is ListDirectoryBuckets; it lists the directory buckets of the endpoint's region.
    ListAllMyDirectoryBuckets: {
      http: { method: 'GET', path: '/', query: 'x-id' },
      handle(_input, ctx) {
        const buckets = [...(ctx.data.directoryBuckets ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((b) => ({ Name: b.name, CreationDate: new Date('2024-01-15T10:00:00Z'), BucketRegion: ctx.region, BucketArn: `arn:aws:s3express:${ctx.region}:${ctx.accountId}:bucket/${b.name}` }))
        return new XmlDocument('ListAllMyDirectoryBucketsResult', { Buckets: { Bucket: buckets } })
      },
    },
    // The API operation is GetBucketLifecycleConfiguration.
    GetLifecycleConfiguration: {
      http: { method: 'GET', path: '/{Bucket+}', query: 'lifecycle' },
      resource: bucketName,
      handle(input, ctx) {
        const b = (ctx.data.directoryBuckets ?? []).find((d) => d.name === bucketName(input))
        if (!b) throw new ApiError('NoSuchBucket', 'The specified bucket does not exist', 404)
        if (!b.lifecycleRules?.length) throw new ApiError('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404)
        return new XmlDocument('LifecycleConfiguration', {
          Rule: b.lifecycleRules.map((r) => ({
            ID: r.id,
            Filter: { Prefix: '' },
            Status: r.enabled ? 'Enabled' : 'Disabled',
            ...(r.expirationDays !== undefined ? { Expiration: { Days: r.expirationDays } } : {}),
            ...(r.abortIncompleteUploadDays !== undefined ? { AbortIncompleteMultipartUpload: { DaysAfterInitiation: r.abortIncompleteUploadDays } } : {}),
          })),
        })
      },
    },
  },
}
