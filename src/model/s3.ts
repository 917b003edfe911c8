import type { PolicyDocument, ResourceBase } from './common.js'

/** S3 Block Public Access settings (bucket or account level). */
export interface PublicAccessBlock {
  blockPublicAcls: boolean
  ignorePublicAcls: boolean
  blockPublicPolicy: boolean
  restrictPublicBuckets: boolean
}

/** One grant of a bucket ACL. */
export interface S3AclGrant {
  /** `CanonicalUser`, `Group` or `AmazonCustomerByEmail`. */
  granteeType: string
  /** Group grantees: `http://acs.amazonaws.com/groups/global/AllUsers` … */
  granteeUri?: string
  /** Canonical user id of CanonicalUser grantees. */
  granteeId?: string
  /** `FULL_CONTROL`, `READ`, `WRITE`, `READ_ACP`, `WRITE_ACP`. */
  permission: string
}

/**
 * `s3.bucket`: a general purpose bucket, in the region it lives in. Collected today for the
 * buckets CloudTrail trails deliver to; the shape is the general one so that other S3 checks can
 * use it. Fields the collector could not read are in `unresolved`.
 */
export interface S3Bucket extends ResourceBase {
  /** `null`: the bucket has no bucket policy. */
  policy: PolicyDocument | null
  /** Canonical user id of the bucket owner (from the ACL). */
  ownerId?: string
  aclGrants: S3AclGrant[]
  /** Bucket-level Block Public Access; `null` when none is configured. */
  publicAccessBlock: PublicAccessBlock | null
  /** Server access logging target; `null` when access logging is off. */
  logging: { targetBucket: string; targetPrefix: string } | null
  // The S3 checks' fields. Optional: a source that does not read them (an older snapshot)
  // leaves them out, and those checks then answer `unknown` rather than guess.
  /** Object Ownership; `BucketOwnerEnforced` disables ACLs. Buckets that never set it behave as `ObjectWriter`. */
  objectOwnership?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter'
  /** Default encryption; `null` when none is configured (only possible for buckets untouched since January 2023). */
  encryption?: S3BucketEncryption | null
  /** `Off`: versioning was never enabled. MFA delete can only be on while versioning is. */
  versioning?: { status: 'Enabled' | 'Suspended' | 'Off'; mfaDelete: boolean }
  /** Lifecycle rules; empty when the bucket has no lifecycle configuration. */
  lifecycleRules?: S3LifecycleRule[]
  /** Object Lock; `enabled: false` when the bucket was not created with it. */
  objectLock?: { enabled: boolean; defaultMode?: 'GOVERNANCE' | 'COMPLIANCE'; defaultDays?: number; defaultYears?: number }
}

/** Default encryption of a bucket (its first server-side encryption rule). */
export interface S3BucketEncryption {
  /** `AES256` (SSE-S3), `aws:kms` (SSE-KMS) or `aws:kms:dsse` (dual-layer SSE-KMS). */
  algorithm: string
  /** SSE-KMS: the key id or ARN; absent = the AWS managed key `aws/s3`. */
  kmsKeyId?: string
  bucketKeyEnabled?: boolean
}

/** One lifecycle rule, as much of it as checks need. */
export interface S3LifecycleRule {
  id?: string
  enabled: boolean
}

/**
 * `s3.account-settings`: the account's S3 settings, once per scan (global). Account-level Block
 * Public Access (s3control GetPublicAccessBlock) applies to every bucket and access point of the
 * account, on top of their own settings.
 */
export interface S3AccountSettings extends ResourceBase {
  accountId: string
  /** `null` when the account has no Block Public Access configuration. */
  publicAccessBlock: PublicAccessBlock | null
}

/** `s3.access-point`: a general purpose bucket's access point, in the region it lives in. */
export interface S3AccessPoint extends ResourceBase {
  bucket: string
  /** The account that owns the bucket (may differ from the access point's owner). */
  bucketAccountId?: string
  /** `VPC` access points accept requests only from that VPC. */
  networkOrigin: 'Internet' | 'VPC'
  vpcId?: string
  /** The access point's own Block Public Access settings (fixed when it is created). */
  publicAccessBlock: PublicAccessBlock | null
}

/**
 * `s3.multi-region-access-point`: a Multi-Region Access Point of the account. Global (region
 * `global`): its control plane lives in us-west-2 only, and it fronts buckets in several regions.
 */
export interface S3MultiRegionAccessPoint extends ResourceBase {
  /** The alias S3 generated (`mfzwi23gnjvgw.mrap`), which the access point's ARN names. */
  alias: string
  /** `READY`, `CREATING`, `PARTIALLY_CREATED`, `INCONSISTENT_ACROSS_REGIONS` … */
  status?: string
  /** The buckets it routes to, with their regions. */
  buckets: { bucket: string; region: string }[]
  /** Its own Block Public Access settings (fixed when it is created); `null` when none are reported. */
  publicAccessBlock: PublicAccessBlock | null
}

/** One lifecycle rule of a directory bucket: only expiration and multipart-upload clean-up exist there. */
export interface S3DirectoryLifecycleRule {
  id?: string
  enabled: boolean
  /** Days after creation at which objects expire; absent when the rule does not expire objects. */
  expirationDays?: number
  /** Days after which incomplete multipart uploads are aborted. */
  abortIncompleteUploadDays?: number
}

/**
 * `s3.directory-bucket`: an S3 Express One Zone directory bucket (name ending `--x-s3`), in the
 * region of the Availability Zone or Local Zone it lives in.
 */
export interface S3DirectoryBucket extends ResourceBase {
  /** Lifecycle rules; empty when the bucket has no lifecycle configuration. */
  lifecycleRules: S3DirectoryLifecycleRule[]
}
