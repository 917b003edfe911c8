/**
 * Fixture data for the logging, monitoring and governance services: AWS Config, Security Hub,
 * Macie, CloudWatch Logs metric filters, S3 buckets (the configuration reads the trail checks
 * need), Organizations and the account's alternate contacts. Plain JSON, camelCase, AWS's
 * defaults when absent.
 */
import type { PolicyDocument } from '../../src/model/common.js'

export interface FixtureConfigRecorder {
  name?: string
  /** Default true. */
  recording?: boolean
  /** `Success` (default), `Pending`, `Failure`. */
  lastStatus?: string
  lastErrorCode?: string
  allSupported?: boolean
  includeGlobalResourceTypes?: boolean
  /** INCLUSION_BY_RESOURCE_TYPES … (default ALL_SUPPORTED_RESOURCE_TYPES when allSupported). */
  recordingStrategy?: string
  resourceTypes?: string[]
  exclusionResourceTypes?: string[]
  /** Service-linked recorders name their service principal. */
  servicePrincipal?: string
}

export interface FixtureDeliveryChannel {
  name?: string
  s3BucketName: string
  snsTopicArn?: string
  /** Last status per delivery kind (`Success` by default). */
  historyStatus?: string
  snapshotStatus?: string
  streamStatus?: string
  lastErrorCode?: string
}

export interface FixtureMetricFilter {
  name: string
  logGroupName: string
  pattern: string
  metricName: string
  metricNamespace: string
}

export interface FixtureBucketGrant {
  /** `CanonicalUser` (the owner by default) or `Group`. */
  type: 'CanonicalUser' | 'Group'
  uri?: string
  id?: string
  permission: string
}

export interface FixtureBucket {
  name: string
  policy?: PolicyDocument
  /** Extra ACL grants besides the owner's FULL_CONTROL. */
  grants?: FixtureBucketGrant[]
  /** Absent = no Block Public Access configuration (NoSuchPublicAccessBlockConfiguration). */
  publicAccessBlock?: { blockPublicAcls: boolean; ignorePublicAcls: boolean; blockPublicPolicy: boolean; restrictPublicBuckets: boolean }
  /** Absent = server access logging off. */
  logging?: { targetBucket: string; targetPrefix?: string }
  /** Object Ownership; default BucketOwnerEnforced (AWS's default for new buckets since April 2023). */
  objectOwnership?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter'
  /** Default encryption; default SSE-S3 (AES256), as every bucket has had since January 2023. */
  encryption?: { algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse'; kmsKeyId?: string; bucketKey?: boolean }
  /** Absent = versioning never enabled. */
  versioning?: { status: 'Enabled' | 'Suspended'; mfaDelete?: boolean }
  /** Absent or empty = no lifecycle configuration (NoSuchLifecycleConfiguration). */
  lifecycleRules?: { id: string; enabled: boolean }[]
  /** Absent = created without Object Lock (ObjectLockConfigurationNotFoundError). */
  objectLock?: { mode?: 'GOVERNANCE' | 'COMPLIANCE'; days?: number }
}

export interface FixtureOrganization {
  id: string
  managementAccountId: string
  featureSet?: 'ALL' | 'CONSOLIDATED_BILLING'
  /** Policy types enabled on the root. */
  enabledPolicyTypes?: string[]
  /** Service control policies (FullAWSAccess is added, attached to the root, unless `noFullAwsAccess`). */
  scps?: { id: string; name: string; targets: { id: string; type: 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT'; name?: string }[] }[]
  delegatedAdministrators?: { accountId: string; name?: string; services: string[] }[]
  /** An Organizations resource-based delegation policy exists. */
  delegationPolicy?: boolean
}

export interface FixtureAlternateContact {
  name: string
  title?: string
  emailAddress: string
  phoneNumber: string
}

/** Governance data of one region (merged into FixtureRegion). */
export interface FixtureRegionGovernance {
  configRecorders?: FixtureConfigRecorder[]
  deliveryChannels?: FixtureDeliveryChannel[]
  /** Security Hub enabled in the region (DescribeHub answers); absent = not subscribed. */
  securityHub?: { subscribedAt?: string; autoEnableControls?: boolean }
  /** Macie enabled (`ENABLED`) or paused in the region; absent = never enabled. */
  macie?: { status: 'ENABLED' | 'PAUSED' }
  metricFilters?: FixtureMetricFilter[]
  /** S3 buckets that live in the region. */
  buckets?: FixtureBucket[]
}

/** Governance data of the account (merged into FixtureAccount). */
export interface FixtureAccountGovernance {
  /** Absent = the account belongs to no organization. */
  organization?: FixtureOrganization
  /** Alternate contacts by type (`SECURITY` …). */
  alternateContacts?: Record<string, FixtureAlternateContact>
}
