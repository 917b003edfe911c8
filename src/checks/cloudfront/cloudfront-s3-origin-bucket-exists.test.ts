import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import check from './cloudfront-s3-origin-bucket-exists.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, bucket, cloudFrontDistribution } from '../../../test/factories/index.js'
import { s3OriginBucket } from '../../analysis/cloudfront-origins.js'

// The factory's S3 origins are site-bucket.s3.us-east-1.amazonaws.com and site-bucket-replica.s3.us-west-2.amazonaws.com.
const regions = [accountRegion(), accountRegion({ region: 'us-west-2' })]
const scanned = { 's3.bucket': [bucket({ name: 'site-bucket' }), bucket({ name: 'site-bucket-replica', region: 'us-west-2' })], 'account.region': regions }
const legacy = (domainName: string) => cloudFrontDistribution({ origins: [{ id: 'site', domainName, kind: 's3', originAccessControlId: 'E2OACSITE00001' }] })

testCheck(check, {
  valid: [
    { name: 'bucket of the account (regional endpoint)', resource: cloudFrontDistribution(), related: scanned },
    { name: 'bucket of the account (legacy endpoint)', resource: legacy('site-bucket.s3.amazonaws.com'), related: scanned },
  ],
  invalid: [
    { name: 'buckets no longer in the account', resource: cloudFrontDistribution(), related: { 's3.bucket': [bucket({ name: 'other-bucket' })], 'account.region': regions }, messageId: 'missing', at: 'origins', count: 2 },
    { name: 'no bucket at all, legacy endpoint', resource: legacy('gone-bucket.s3.amazonaws.com'), related: { 'account.region': [accountRegion()] }, messageId: 'missing', at: 'origins' },
    {
      name: 'one of two origins dangles',
      resource: cloudFrontDistribution({ origins: [{ id: 'site', domainName: 'site-bucket.s3.us-east-1.amazonaws.com', kind: 's3', originAccessControlId: 'E1' }, { id: 'assets', domainName: 'old-assets.s3-us-east-1.amazonaws.com', kind: 's3', originAccessControlId: 'E1' }] }),
      related: scanned,
      messageId: 'missing',
      count: 1,
    },
  ],
  unknown: [
    { name: 'buckets could not be listed', resource: cloudFrontDistribution(), related: { 'account.region': [accountRegion()] }, gaps: [{ resourceType: 's3.bucket', region: 'us-east-1', code: 'AccessDenied', message: 's3:ListAllMyBuckets denied' }] },
    { name: 'bucket in a region the scan did not cover', resource: legacy('site-bucket.s3.eu-west-1.amazonaws.com'), related: { 'account.region': [accountRegion()] } },
    { name: 'custom domain in front of S3', resource: cloudFrontDistribution({ origins: [{ id: 'site', domainName: 'static.example.com', kind: 's3', originAccessControlId: 'E1' }] }), related: scanned },
  ],
  skip: [{ name: 'no S3 origin', resource: cloudFrontDistribution({ origins: [{ id: 'app', domainName: 'app.example.com', kind: 'custom', protocolPolicy: 'https-only' }] }), related: scanned }],
})

describe('s3OriginBucket', () => {
  it('reads the bucket and the region from the S3 REST endpoints', () => {
    assert.deepEqual(s3OriginBucket('site-bucket.s3.amazonaws.com'), { bucket: 'site-bucket' })
    assert.deepEqual(s3OriginBucket('site-bucket.s3.eu-west-1.amazonaws.com'), { bucket: 'site-bucket', region: 'eu-west-1' })
    assert.deepEqual(s3OriginBucket('site-bucket.s3-eu-west-1.amazonaws.com'), { bucket: 'site-bucket', region: 'eu-west-1' })
    assert.deepEqual(s3OriginBucket('site-bucket.s3.dualstack.ap-south-1.amazonaws.com'), { bucket: 'site-bucket', region: 'ap-south-1' })
    assert.deepEqual(s3OriginBucket('my.s3.bucket.s3.us-east-2.amazonaws.com'), { bucket: 'my.s3.bucket', region: 'us-east-2' })
    assert.deepEqual(s3OriginBucket('old.s3-external-1.amazonaws.com'), { bucket: 'old', region: 'us-east-1' })
    assert.equal(s3OriginBucket('static.example.com'), undefined)
  })
})
