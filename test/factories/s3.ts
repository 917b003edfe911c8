/**
 * Secure-by-default S3 builders: a bucket that passes every S3 check (Block Public Access, ACLs
 * disabled, TLS-only policy, SSE-KMS, versioning with MFA delete, access logging, lifecycle,
 * Object Lock), the account's settings with Block Public Access on, and a VPC-only access point.
 */
import type { PolicyDocument } from '../../src/model/common.js'
import type { S3AccessPoint, S3AccountSettings, S3Bucket, S3DirectoryBucket, S3MultiRegionAccessPoint } from '../../src/model/s3.js'
import { s3Bucket } from './governance.js'

// Local copies rather than imports from index.ts, which re-exports this file.
const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`

type Partial2<T> = { [K in keyof T]?: T[K] }

/** The statement that refuses every request made without TLS, for a bucket and its objects. */
export function denyInsecureTransport(name: string): PolicyDocument['Statement'][number] {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  }
}

export const ALL_BLOCKED = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }

export function bucket(over: Partial2<S3Bucket> = {}): S3Bucket {
  const name = over.name ?? 'orders-data'
  return s3Bucket({
    name,
    policy: { Version: '2012-10-17', Statement: [denyInsecureTransport(name)] },
    objectOwnership: 'BucketOwnerEnforced',
    encryption: { algorithm: 'aws:kms', kmsKeyId: keyArn('s3-key'), bucketKeyEnabled: true },
    versioning: { status: 'Enabled', mfaDelete: true },
    lifecycleRules: [{ id: 'expire-noncurrent', enabled: true }],
    objectLock: { enabled: true, defaultMode: 'GOVERNANCE', defaultDays: 30 },
    ...over,
  })
}

export function s3AccountSettings(over: Partial2<S3AccountSettings> = {}): S3AccountSettings {
  return { id: `arn:aws:s3:::account/${ACCOUNT}`, name: `S3 settings of account ${ACCOUNT}`, accountId: ACCOUNT, region: 'global', publicAccessBlock: { ...ALL_BLOCKED }, ...over }
}

export function s3AccessPoint(over: Partial2<S3AccessPoint> = {}): S3AccessPoint {
  const name = over.name ?? 'orders-ap'
  const arn = `arn:aws:s3:${REGION}:${ACCOUNT}:accesspoint/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, bucket: 'orders-data', networkOrigin: 'VPC', vpcId: 'vpc-1', publicAccessBlock: { ...ALL_BLOCKED }, ...over }
}

/** A Multi-Region Access Point with the defaults AWS creates it with: all four Block Public Access settings on. */
export function s3MultiRegionAccessPoint(over: Partial2<S3MultiRegionAccessPoint> = {}): S3MultiRegionAccessPoint {
  const name = over.name ?? 'orders-global'
  const alias = over.alias ?? 'mfzwi23gnjvgw.mrap'
  const arn = `arn:aws:s3::${ACCOUNT}:accesspoint/${alias}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: 'global', alias, status: 'READY', buckets: [{ bucket: 'orders-data', region: REGION }, { bucket: 'orders-data-eu', region: 'eu-west-1' }], publicAccessBlock: { ...ALL_BLOCKED }, ...over }
}

/** A directory bucket whose lifecycle rule expires objects after 30 days and aborts incomplete uploads after 7. */
export function s3DirectoryBucket(over: Partial2<S3DirectoryBucket> = {}): S3DirectoryBucket {
  const name = over.name ?? 'scratch--use1-az4--x-s3'
  const arn = `arn:aws:s3express:${REGION}:${ACCOUNT}:bucket/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, lifecycleRules: [{ id: 'expire-scratch', enabled: true, expirationDays: 30, abortIncompleteUploadDays: 7 }], ...over }
}
