import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { mapS3Bucket, s3BucketCollector, type BucketParts } from './s3-bucket.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'
import { trail } from '../../../../test/factories/index.js'
import { collectorsFor } from '../registry.js'

const absent = { ok: false, absent: true } as const
const w = { accountId: TEST_ACCOUNT, partition: 'aws' }

const allAbsent: BucketParts = { policy: absent, acl: absent, publicAccessBlock: absent, ownership: absent, encryption: absent, versioning: absent, logging: absent, lifecycle: absent, objectLock: absent }

describe('mapS3Bucket', () => {
  it('maps every configuration', () => {
    const b = mapS3Bucket('orders', TEST_REGION, {
      policy: { ok: true, value: { Policy: JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' } }) } },
      acl: { ok: true, value: { Owner: { ID: 'owner' }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' }] } },
      publicAccessBlock: { ok: true, value: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true } } },
      ownership: { ok: true, value: { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } } },
      encryption: { ok: true, value: { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'key-1' }, BucketKeyEnabled: true }] } } },
      versioning: { ok: true, value: { Status: 'Enabled', MFADelete: 'Enabled' } },
      logging: { ok: true, value: { LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'orders/' } } },
      lifecycle: { ok: true, value: { Rules: [{ ID: 'expire', Status: 'Enabled' }, { ID: 'old', Status: 'Disabled' }] } },
      objectLock: { ok: true, value: { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 7 } } } } },
    }, w)
    assert.equal(b.id, 'arn:aws:s3:::orders')
    assert.equal(b.policy?.Statement.length, 1)
    assert.deepEqual(b.publicAccessBlock, { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true })
    assert.equal(b.objectOwnership, 'BucketOwnerEnforced')
    assert.deepEqual(b.encryption, { algorithm: 'aws:kms', kmsKeyId: 'key-1', bucketKeyEnabled: true })
    assert.deepEqual(b.versioning, { status: 'Enabled', mfaDelete: true })
    assert.deepEqual(b.logging, { targetBucket: 'logs', targetPrefix: 'orders/' })
    assert.deepEqual(b.lifecycleRules, [{ id: 'expire', enabled: true }, { id: 'old', enabled: false }])
    assert.deepEqual(b.objectLock, { enabled: true, defaultMode: 'COMPLIANCE', defaultYears: 7 })
    assert.equal(b.unresolved, undefined)
  })

  it('"not configured" answers are the AWS defaults, not unknowns', () => {
    const b = mapS3Bucket('plain', TEST_REGION, allAbsent, w)
    assert.equal(b.policy, null)
    assert.equal(b.publicAccessBlock, null)
    assert.equal(b.objectOwnership, 'ObjectWriter')
    assert.equal(b.encryption, null)
    assert.deepEqual(b.versioning, { status: 'Off', mfaDelete: false })
    assert.deepEqual(b.lifecycleRules, [])
    assert.deepEqual(b.objectLock, { enabled: false })
  })

  it('a failed read leaves only that field unresolved', () => {
    const b = mapS3Bucket('denied', TEST_REGION, { ...allAbsent, encryption: { ok: false, absent: false, reason: 'AccessDenied (s3:GetEncryptionConfiguration)' } }, w)
    assert.deepEqual(b.unresolved, { encryption: 'AccessDenied (s3:GetEncryptionConfiguration)' })
  })
})

describe('s3.bucket collector (mocked SDK)', () => {
  const s3 = mockClient(S3Client)
  afterEach(() => s3.reset())

  const configured = () => {
    s3.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy', 404))
    s3.on(GetBucketAclCommand).resolves({ Owner: { ID: 'owner' }, Grants: [] })
    s3.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404))
    s3.on(GetBucketOwnershipControlsCommand).rejects(awsError('OwnershipControlsNotFoundError', 404))
    s3.on(GetBucketEncryptionCommand).resolves({ ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } })
    s3.on(GetBucketVersioningCommand).resolves({})
    s3.on(GetBucketLoggingCommand).resolves({})
    s3.on(GetBucketLifecycleConfigurationCommand).rejects(awsError('NoSuchLifecycleConfiguration', 404))
    s3.on(GetObjectLockConfigurationCommand).rejects(awsError('ObjectLockConfigurationNotFoundError', 404))
  }

  it('lists the region\'s buckets with the BucketRegion filter and reads each one', async () => {
    s3.on(ListBucketsCommand).resolvesOnce({ Buckets: [{ Name: 'a', BucketRegion: TEST_REGION }], ContinuationToken: 'next' }).resolvesOnce({ Buckets: [{ Name: 'b', BucketRegion: TEST_REGION }, { Name: 'elsewhere', BucketRegion: 'eu-west-1' }] })
    configured()
    const r = await s3BucketCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['s3.bucket']!.map((b) => b.name), ['a', 'b'])
    assert.deepEqual(r.gaps, [])
    const list = s3.commandCalls(ListBucketsCommand)
    assert.equal(list[0]!.args[0].input.BucketRegion, TEST_REGION)
    assert.equal(list[1]!.args[0].input.ContinuationToken, 'next')
    assert.equal(r.resources['s3.bucket']![0]!.encryption?.algorithm, 'AES256')
  })

  it('a region without buckets costs one call', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [] })
    const ctx = testContext()
    const r = await s3BucketCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(r.resources['s3.bucket'], [])
    assert.deepEqual(ctx.callCounts(), { 's3:ListAllMyBuckets': 1 })
  })

  it('an S3-only scan does not list trails; a scan with CloudTrail checks reads them first', () => {
    assert.deepEqual(collectorsFor(['s3.bucket']).map((c) => c.id), ['s3.bucket'])
    const both = collectorsFor(['s3.bucket', 'cloudtrail.trail']).map((c) => c.id)
    assert.ok(both.indexOf('cloudtrail.trail') >= 0 && both.indexOf('cloudtrail.trail') < both.indexOf('s3.bucket'), both.join(','))
  })

  it('a denied listing is a gap', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied', 403))
    const r = await s3BucketCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })

  it('a bucket deleted after the listing is dropped', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'gone', BucketRegion: TEST_REGION }] })
    configured()
    s3.on(GetBucketAclCommand).rejects(awsError('NoSuchBucket', 404))
    const r = await s3BucketCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['s3.bucket'], [])
  })

  it('trail buckets outside the listing: located and read, missing ones dropped, unlocatable ones unresolved', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [] })
    configured()
    s3.on(GetBucketLocationCommand, { Bucket: 'archive' }).resolves({ LocationConstraint: 'EU' })
    s3.on(GetBucketLocationCommand, { Bucket: 'missing' }).rejects(awsError('NoSuchBucket', 404))
    s3.on(GetBucketLocationCommand, { Bucket: 'foreign' }).rejects(awsError('AccessDenied', 403))
    const trails = [trail({ s3BucketName: 'archive' }), trail({ name: 't2', s3BucketName: 'missing' }), trail({ name: 't3', s3BucketName: 'foreign' })]
    const r = await s3BucketCollector.collect(testContext(), TEST_REGION, { 'cloudtrail.trail': trails })
    const byName = Object.fromEntries(r.resources['s3.bucket']!.map((b) => [b.name, b]))
    assert.deepEqual(Object.keys(byName).sort(), ['archive', 'foreign'])
    assert.equal(byName.archive!.region, 'eu-west-1')
    assert.ok(byName.foreign!.unresolved?.policy?.startsWith('AccessDenied'))
  })
})
