/**
 * aws_s3_bucket with its configuration resources (aws_s3_bucket_policy, _public_access_block,
 * _ownership_controls, _acl, _server_side_encryption_configuration, _versioning, _logging,
 * _lifecycle_configuration, _object_lock_configuration) → `s3.bucket`;
 * aws_s3_account_public_access_block → `s3.account-settings`; aws_s3_access_point →
 * `s3.access-point`; Multi-Region Access Points and directory buckets have files of their own.
 *
 * The same AWS defaults as for CloudFormation: new buckets get all four Block Public Access
 * settings and Object Ownership BucketOwnerEnforced (April 2023) and SSE-S3 encryption (January
 * 2023); an aws_s3_bucket_public_access_block or aws_s3_account_public_access_block resource
 * leaves the settings it does not set off; access points are created with all four on.
 */
import type { PublicAccessBlock, S3AclGrant, S3Bucket } from '../../../model/s3.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, firstBlock, PLACEHOLDER, type AdapterContext } from './fields.js'
import { adaptS3MultiRegionAccessPoints } from './s3-multi-region-access-point.js'
import { adaptS3DirectoryBuckets } from './s3-directory-bucket.js'

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers'
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery'
const OWNER = 'bucket-owner'

const CANNED: Record<string, S3AclGrant[]> = {
  private: [],
  'public-read': [{ granteeType: 'Group', granteeUri: ALL_USERS, permission: 'READ' }],
  'public-read-write': [
    { granteeType: 'Group', granteeUri: ALL_USERS, permission: 'READ' },
    { granteeType: 'Group', granteeUri: ALL_USERS, permission: 'WRITE' },
  ],
  'authenticated-read': [{ granteeType: 'Group', granteeUri: AUTHENTICATED_USERS, permission: 'READ' }],
  'log-delivery-write': [
    { granteeType: 'Group', granteeUri: LOG_DELIVERY, permission: 'WRITE' },
    { granteeType: 'Group', granteeUri: LOG_DELIVERY, permission: 'READ_ACP' },
  ],
}

/** The model field each configuration resource sets. */
const FIELD_OF: Record<string, string> = {
  aws_s3_bucket_policy: 'policy',
  aws_s3_bucket_public_access_block: 'publicAccessBlock',
  aws_s3_bucket_ownership_controls: 'objectOwnership',
  aws_s3_bucket_acl: 'aclGrants',
  aws_s3_bucket_server_side_encryption_configuration: 'encryption',
  aws_s3_bucket_versioning: 'versioning',
  aws_s3_bucket_logging: 'logging',
  aws_s3_bucket_lifecycle_configuration: 'lifecycleRules',
  aws_s3_bucket_object_lock_configuration: 'objectLock',
}

export const ALL_ON: PublicAccessBlock = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }

/** The four Block Public Access arguments under `prefix`; one left out is `unset`. */
export function blockFrom(f: Fields, prefix = '', unset = false): PublicAccessBlock {
  return {
    blockPublicAcls: f.bool('publicAccessBlock', `${prefix}block_public_acls`) ?? unset,
    ignorePublicAcls: f.bool('publicAccessBlock', `${prefix}ignore_public_acls`) ?? unset,
    blockPublicPolicy: f.bool('publicAccessBlock', `${prefix}block_public_policy`) ?? unset,
    restrictPublicBuckets: f.bool('publicAccessBlock', `${prefix}restrict_public_buckets`) ?? unset,
  }
}

export function adaptS3(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_s3_bucket')) adaptBucket(ctx, inst)
  adaptS3MultiRegionAccessPoints(ctx)
  adaptS3DirectoryBuckets(ctx)
  for (const inst of ctx.byType('aws_s3_account_public_access_block')) {
    const f = new Fields(ctx, inst)
    const account = f.str('accountId', 'account_id') ?? ctx.options.accountId
    ctx.emit('s3.account-settings', f.finish({ ...f.base(inst.id, `S3 settings of account ${account}`, { global: true }), accountId: account, publicAccessBlock: blockFrom(f) }), inst)
  }
  for (const inst of ctx.byType('aws_s3_access_point')) {
    const f = new Fields(ctx, inst)
    const name = f.str('name', 'name') ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const vpcId = f.id('vpcId', 'vpc_configuration.0.vpc_id')
    const block = firstBlock(inst.values, 'public_access_block_configuration')
    if (block instanceof Unknown) f.mark('publicAccessBlock', block.reason)
    ctx.emit(
      's3.access-point',
      f.finish({
        ...f.base(inst.id, name, { arn }),
        bucket: f.id('bucket', 'bucket') ?? PLACEHOLDER,
        networkOrigin: vpcId ? ('VPC' as const) : ('Internet' as const),
        ...(vpcId ? { vpcId } : {}),
        publicAccessBlock: block === undefined || block instanceof Unknown ? { ...ALL_ON } : blockFrom(f, 'public_access_block_configuration.0.'),
      }),
      inst,
    )
  }
}

function adaptBucket(ctx: AdapterContext, inst: TfInstance): void {
  const f = new Fields(ctx, inst)
  const name = f.ident('name', inst.values.bucket as Value | undefined) ?? f.ident('name', inst.computed('bucket')) ?? PLACEHOLDER
  const arn = f.ident('arn', inst.computed('arn')) ?? `arn:${ctx.options.partition}:s3:::${name}`
  const designations = new Set([name, arn, identity(inst.computed('id')) ?? name])
  const joined: TfInstance[] = []
  /** The configuration resources of one type that name this bucket. */
  const configs = (type: string): TfInstance[] =>
    ctx.byType(type).filter((c) => {
      const target = identity(c.values.bucket)
      if (target === undefined) return false
      if (!designations.has(target)) return false
      joined.push(c)
      return true
    })

  let policy: S3Bucket['policy'] = f.policy('policy', 'policy') ?? null
  for (const p of configs('aws_s3_bucket_policy')) {
    f.locateResource('policy', p)
    policy = f.policy('policy', 'policy', p) ?? null
  }

  let publicAccessBlock: PublicAccessBlock = { ...ALL_ON }
  for (const b of configs('aws_s3_bucket_public_access_block')) {
    const g = new Fields(ctx, b)
    publicAccessBlock = blockFrom(g)
    Object.assign(f.unresolved, g.unresolved)
    f.locateResource('publicAccessBlock', b)
  }

  let objectOwnership: NonNullable<S3Bucket['objectOwnership']> = 'BucketOwnerEnforced'
  for (const o of configs('aws_s3_bucket_ownership_controls')) {
    const v = (o.values.rule as Value[] | undefined)?.[0]
    const mode = v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown) ? (v as Record<string, Value>).object_ownership : undefined
    if (mode instanceof Unknown) f.mark('objectOwnership', mode.reason)
    else if (mode === 'BucketOwnerPreferred' || mode === 'ObjectWriter' || mode === 'BucketOwnerEnforced') objectOwnership = mode
    f.locateResource('objectOwnership', o)
  }

  const aclGrants: S3AclGrant[] = [{ granteeType: 'CanonicalUser', granteeId: OWNER, permission: 'FULL_CONTROL' }]
  const canned = (acl: Value | undefined) => {
    if (acl instanceof Unknown) f.mark('aclGrants', acl.reason)
    else if (typeof acl === 'string') aclGrants.push(...(CANNED[acl] ?? []))
  }
  canned(inst.values.acl)
  for (const a of configs('aws_s3_bucket_acl')) {
    canned(a.values.acl)
    f.locateResource('aclGrants', a)
  }

  let encryption: NonNullable<S3Bucket['encryption']> = { algorithm: 'AES256' }
  for (const e of configs('aws_s3_bucket_server_side_encryption_configuration')) {
    const g = new Fields(ctx, e)
    const algorithm = g.str('encryption.algorithm', 'rule.0.apply_server_side_encryption_by_default.0.sse_algorithm') ?? 'AES256'
    const key = g.id('encryption.kmsKeyId', 'rule.0.apply_server_side_encryption_by_default.0.kms_master_key_id')
    const bucketKey = g.bool('encryption.bucketKeyEnabled', 'rule.0.bucket_key_enabled')
    encryption = { algorithm, ...(key ? { kmsKeyId: key } : {}), ...(bucketKey !== undefined ? { bucketKeyEnabled: bucketKey } : {}) }
    Object.assign(f.unresolved, g.unresolved)
    f.locateResource('encryption', e)
  }

  let versioning: NonNullable<S3Bucket['versioning']> = { status: 'Off', mfaDelete: false }
  const legacy = firstBlock(inst.values, 'versioning')
  if (legacy && !(legacy instanceof Unknown) && legacy.enabled === true) versioning = { status: 'Enabled', mfaDelete: legacy.mfa_delete === true }
  for (const v of configs('aws_s3_bucket_versioning')) {
    const g = new Fields(ctx, v)
    const status = g.str('versioning.status', 'versioning_configuration.0.status')
    const mfa = g.str('versioning.mfaDelete', 'versioning_configuration.0.mfa_delete')
    versioning = { status: status === 'Enabled' ? 'Enabled' : status === 'Suspended' ? 'Suspended' : 'Off', mfaDelete: mfa === 'Enabled' }
    Object.assign(f.unresolved, g.unresolved)
    f.locateResource('versioning', v)
  }

  let logging: S3Bucket['logging'] = null
  for (const l of configs('aws_s3_bucket_logging')) {
    const g = new Fields(ctx, l)
    logging = { targetBucket: g.id('logging.targetBucket', 'target_bucket') ?? PLACEHOLDER, targetPrefix: g.str('logging.targetPrefix', 'target_prefix') ?? '' }
    Object.assign(f.unresolved, g.unresolved)
    f.locateResource('logging', l)
  }

  const lifecycleRules: NonNullable<S3Bucket['lifecycleRules']> = []
  for (const l of configs('aws_s3_bucket_lifecycle_configuration')) {
    const rules = l.values.rule
    if (rules instanceof Unknown) f.mark('lifecycleRules', rules.reason)
    for (const r of blocksOf(rules)) lifecycleRules.push({ ...(typeof r.id === 'string' ? { id: r.id } : {}), enabled: r.status === 'Enabled' })
    f.locateResource('lifecycleRules', l)
  }

  const objectLock: NonNullable<S3Bucket['objectLock']> = { enabled: f.bool('objectLock.enabled', 'object_lock_enabled') ?? false }
  for (const o of configs('aws_s3_bucket_object_lock_configuration')) {
    const g = new Fields(ctx, o)
    objectLock.enabled = true
    const mode = g.str('objectLock.defaultMode', 'rule.0.default_retention.0.mode')
    if (mode === 'GOVERNANCE' || mode === 'COMPLIANCE') objectLock.defaultMode = mode
    const days = g.num('objectLock.defaultDays', 'rule.0.default_retention.0.days')
    if (days !== undefined) objectLock.defaultDays = days
    Object.assign(f.unresolved, g.unresolved)
  }

  for (const j of joined) if (j.existence) f.mark(FIELD_OF[j.type] ?? 'policy', `${j.address} exists only if ${j.existence} allows it`)
  ctx.emit(
    's3.bucket',
    f.finish({ ...f.base(inst.id, name, { arn }), policy, ownerId: OWNER, aclGrants, publicAccessBlock, logging, objectOwnership, encryption, versioning, lifecycleRules, objectLock }),
    inst,
    joined,
  )
}
