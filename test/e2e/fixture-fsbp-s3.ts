/**
 * The S3 Multi-Region Access Point and directory bucket part of the e2e fixture (FSBP S3.24,
 * S3.25). Two Multi-Region Access Points (global, listed through us-west-2): one created with the
 * default settings (all four Block Public Access settings on) and one created with two of them
 * off; the account-level settings of fixture-s3-ec2.ts leave RestrictPublicBuckets off, so they
 * cover neither. Directory buckets in us-east-1: one whose lifecycle rule expires objects, one
 * without a lifecycle configuration and one whose only rule is disabled; eu-west-1 holds none.
 * The expected findings are derived from this design, never from the scanner's output.
 */
import type { FixtureAccount } from '../aws-server/fixture.js'
import type { FixtureMultiRegionAccessPoint } from '../aws-server/services/s3-control.js'
import type { FixtureDirectoryBucket } from '../aws-server/services/s3express.js'

const US = 'us-east-1'
const EU = 'eu-west-1'

type Status = 'pass' | 'fail'

const MRAP_CHECK = 's3-multi-region-access-point-public-access-block-enabled'
const DIRECTORY_CHECK = 's3-directory-bucket-lifecycle-configured'

const MULTI_REGION_ACCESS_POINTS: { mrap: FixtureMultiRegionAccessPoint; expect: Status }[] = [
  { mrap: { name: 'orders-global', alias: 'mfzwi23gnjvgw.mrap', buckets: [{ bucket: 'orders-replica-us', region: US }, { bucket: 'orders-replica-eu', region: EU }] }, expect: 'pass' },
  {
    mrap: { name: 'media-global', alias: 'k3j2h1g0f9e8d.mrap', buckets: [{ bucket: 'media-us', region: US }], publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } },
    expect: 'fail',
  },
]

const DIRECTORY_BUCKETS: { bucket: FixtureDirectoryBucket; expect: Status }[] = [
  { bucket: { name: 'training-scratch--use1-az4--x-s3', lifecycleRules: [{ id: 'expire-scratch', enabled: true, expirationDays: 14, abortIncompleteUploadDays: 3 }] }, expect: 'pass' },
  { bucket: { name: 'feature-cache--use1-az5--x-s3' }, expect: 'fail' },
  { bucket: { name: 'checkpoints--use1-az6--x-s3', lifecycleRules: [{ id: 'paused', enabled: false, expirationDays: 7 }] }, expect: 'fail' },
]

/** Adds the design to the account (after the other designs, whose region objects it extends). */
export function applyFsbpS3Design(account: FixtureAccount): void {
  account.multiRegionAccessPoints = [...(account.multiRegionAccessPoints ?? []), ...MULTI_REGION_ACCESS_POINTS.map((m) => m.mrap)]
  const us = (account.regions[US] ??= {})
  us.directoryBuckets = [...(us.directoryBuckets ?? []), ...DIRECTORY_BUCKETS.map((d) => d.bucket)]
  account.regions[EU] ??= {}
}

/** `checkId region/name status` for every verdict of this design. */
export function fsbpS3ExpectedFindings(): string[] {
  return [
    ...MULTI_REGION_ACCESS_POINTS.map(({ mrap, expect }) => `${MRAP_CHECK} global/${mrap.name} ${expect}`),
    ...DIRECTORY_BUCKETS.map(({ bucket, expect }) => `${DIRECTORY_CHECK} ${US}/${bucket.name} ${expect}`),
  ]
}

export const FSBP_S3_COVERED_CHECKS = [MRAP_CHECK, DIRECTORY_CHECK]
