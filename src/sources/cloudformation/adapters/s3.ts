/**
 * S3 → `s3.bucket` (with its AWS::S3::BucketPolicy joined) and `s3.access-point`; Multi-Region
 * Access Points and directory buckets have files of their own.
 *
 * AWS defaults applied for what a template leaves out:
 * - since April 2023 a new bucket gets all four Block Public Access settings on and Object
 *   Ownership BucketOwnerEnforced (ACLs disabled); a PublicAccessBlockConfiguration that is
 *   present leaves the settings it does not name off;
 * - since January 2023 every bucket has SSE-S3 (AES256) default encryption;
 * - LoggingConfiguration without DestinationBucketName delivers the logs to the bucket itself;
 * - access points are created with all four Block Public Access settings on;
 * - MFA delete cannot be set from CloudFormation: it is off.
 */
import type { PublicAccessBlock, S3AclGrant, S3Bucket } from '../../../model/s3.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { isRecord, isUnresolved, PLACEHOLDER } from '../values.js'
import { adaptS3MultiRegionAccessPoints } from './s3-multi-region-access-point.js'
import { adaptS3DirectoryBuckets } from './s3-directory-bucket.js'

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers'
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery'
/** Stand-in canonical id of the owner: the template cannot know it. */
const OWNER = 'bucket-owner'

/** The grants each canned ACL adds to the owner's FULL_CONTROL. */
const CANNED: Record<string, S3AclGrant[]> = {
  Private: [],
  PublicRead: [{ granteeType: 'Group', granteeUri: ALL_USERS, permission: 'READ' }],
  PublicReadWrite: [
    { granteeType: 'Group', granteeUri: ALL_USERS, permission: 'READ' },
    { granteeType: 'Group', granteeUri: ALL_USERS, permission: 'WRITE' },
  ],
  AuthenticatedRead: [{ granteeType: 'Group', granteeUri: AUTHENTICATED_USERS, permission: 'READ' }],
  LogDeliveryWrite: [
    { granteeType: 'Group', granteeUri: LOG_DELIVERY, permission: 'WRITE' },
    { granteeType: 'Group', granteeUri: LOG_DELIVERY, permission: 'READ_ACP' },
  ],
  BucketOwnerRead: [],
  BucketOwnerFullControl: [],
  AwsExecRead: [],
}

const ALL_ON: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }

/** Block Public Access from a configuration block: all four on when absent, unnamed settings off when present. */
export function publicAccessBlock(f: Fields, path: string[]): PublicAccessBlock {
  if (f.get(path) === undefined) return { ...ALL_ON }
  return {
    blockPublicAcls: f.bool('publicAccessBlock', [...path, 'BlockPublicAcls']) ?? false,
    ignorePublicAcls: f.bool('publicAccessBlock', [...path, 'IgnorePublicAcls']) ?? false,
    blockPublicPolicy: f.bool('publicAccessBlock', [...path, 'BlockPublicPolicy']) ?? false,
    restrictPublicBuckets: f.bool('publicAccessBlock', [...path, 'RestrictPublicBuckets']) ?? false,
  }
}

export function adaptS3(stack: Stack): void {
  const policies = stack.ofType('AWS::S3::BucketPolicy')
  for (const res of stack.ofType('AWS::S3::Bucket')) adaptBucket(stack, res, policies)
  adaptS3MultiRegionAccessPoints(stack)
  adaptS3DirectoryBuckets(stack)
  for (const res of stack.ofType('AWS::S3::AccessPoint')) {
    const f = stack.fields(res)
    const bucket = f.str('bucket', ['Bucket']) ?? PLACEHOLDER
    const name = f.str('name', ['Name']) ?? res.logicalId.toLowerCase()
    const vpcId = f.str('vpcId', ['VpcConfiguration', 'VpcId'])
    const arn = `arn:${stack.options.partition}:s3:${stack.region}:${stack.options.accountId}:accesspoint/${name}`
    stack.emit(
      's3.access-point',
      f.finish({ ...f.base(stack.resourceId(res), name, { arn }), bucket, networkOrigin: vpcId ? ('VPC' as const) : ('Internet' as const), ...(vpcId ? { vpcId } : {}), publicAccessBlock: publicAccessBlock(f, ['PublicAccessBlockConfiguration']) }),
      res,
    )
  }
}

function adaptBucket(stack: Stack, res: TemplateResource, policyResources: TemplateResource[]): void {
  const f = stack.fields(res)
  const name = f.text('name', stack.ref(res))
  const arn = `arn:${stack.options.partition}:s3:::${name}`
  let policy: S3Bucket['policy'] = null
  const joined: TemplateResource[] = []
  for (const p of policyResources) {
    const target = stack.props(p).Bucket
    if (isUnresolved(target)) {
      f.mark('policy', `${p.logicalId}: Bucket ${target.reason}`)
      continue
    }
    if (String(target) !== name && String(target) !== arn) continue
    joined.push(p)
    f.locateResource('policy', p)
    policy = f.policyValue('policy', stack.props(p).PolicyDocument)
    const exists = stack.resolver.exists(p)
    if (isUnresolved(exists)) f.mark('policy', `${p.logicalId} exists only if ${exists.reason}`)
  }
  const canned = f.str('aclGrants', ['AccessControl']) ?? 'Private'
  const aclGrants: S3AclGrant[] = [{ granteeType: 'CanonicalUser', granteeId: OWNER, permission: 'FULL_CONTROL' }, ...(CANNED[canned] ?? [])]
  const ownership = f.str('objectOwnership', ['OwnershipControls', 'Rules', 0, 'ObjectOwnership'])
  const sse = ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0]
  const algorithm = f.str('encryption.algorithm', [...sse, 'ServerSideEncryptionByDefault', 'SSEAlgorithm']) ?? 'AES256'
  const kmsKeyId = f.str('encryption.kmsKeyId', [...sse, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'])
  const bucketKey = f.bool('encryption.bucketKeyEnabled', [...sse, 'BucketKeyEnabled'])
  const status = f.str('versioning.status', ['VersioningConfiguration', 'Status'])
  const logging = f.get(['LoggingConfiguration'])
  const lifecycle = f.get(['LifecycleConfiguration', 'Rules'])
  const lifecycleRules: NonNullable<S3Bucket['lifecycleRules']> = []
  if (isUnresolved(lifecycle)) f.mark('lifecycleRules', lifecycle.reason)
  else if (Array.isArray(lifecycle))
    lifecycle.forEach((r, i) => {
      if (!isRecord(r)) return
      const id = f.str(`lifecycleRules.${i}.id`, ['LifecycleConfiguration', 'Rules', i, 'Id'])
      lifecycleRules.push({ ...(id ? { id } : {}), enabled: f.str(`lifecycleRules.${i}.enabled`, ['LifecycleConfiguration', 'Rules', i, 'Status']) === 'Enabled' })
    })
  const retention = ['ObjectLockConfiguration', 'Rule', 'DefaultRetention']
  const mode = f.str('objectLock.defaultMode', [...retention, 'Mode'])
  const days = f.num('objectLock.defaultDays', [...retention, 'Days'])
  const years = f.num('objectLock.defaultYears', [...retention, 'Years'])
  const bucket: S3Bucket = {
    ...f.base(stack.resourceId(res), name, { arn }),
    policy,
    ownerId: OWNER,
    aclGrants,
    publicAccessBlock: publicAccessBlock(f, ['PublicAccessBlockConfiguration']),
    logging: isRecord(logging) ? { targetBucket: f.str('logging.targetBucket', ['LoggingConfiguration', 'DestinationBucketName']) ?? name, targetPrefix: f.str('logging.targetPrefix', ['LoggingConfiguration', 'LogFilePrefix']) ?? '' } : null,
    objectOwnership: ownership === 'BucketOwnerPreferred' || ownership === 'ObjectWriter' || ownership === PLACEHOLDER ? (ownership as 'BucketOwnerPreferred') : 'BucketOwnerEnforced',
    encryption: { algorithm, ...(kmsKeyId ? { kmsKeyId } : {}), ...(bucketKey !== undefined ? { bucketKeyEnabled: bucketKey } : {}) },
    versioning: { status: status === 'Enabled' ? 'Enabled' : status === 'Suspended' ? 'Suspended' : status === PLACEHOLDER ? 'Enabled' : 'Off', mfaDelete: false },
    lifecycleRules,
    objectLock: {
      enabled: f.bool('objectLock.enabled', ['ObjectLockEnabled']) ?? false,
      ...(mode === 'GOVERNANCE' || mode === 'COMPLIANCE' ? { defaultMode: mode } : {}),
      ...(days !== undefined ? { defaultDays: days } : {}),
      ...(years !== undefined ? { defaultYears: years } : {}),
    },
  }
  if (isUnresolved(logging)) f.mark('logging', logging.reason)
  stack.emit('s3.bucket', f.finish(bucket), res, joined)
}
