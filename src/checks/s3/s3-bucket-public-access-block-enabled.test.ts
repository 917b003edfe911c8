import check from './s3-bucket-public-access-block-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket, s3AccountSettings } from '../../../test/factories/index.js'

const off = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false }

testCheck(check, {
  valid: [
    { name: 'all four on at the bucket level', resource: bucket() },
    { name: 'bucket settings off, account level on', resource: bucket({ publicAccessBlock: null }), related: { 's3.account-settings': [s3AccountSettings()] } },
    { name: 'bucket level on, account settings unreadable (not needed)', resource: bucket(), related: { 's3.account-settings': [s3AccountSettings({ unresolved: { publicAccessBlock: 'AccessDenied' } })] } },
  ],
  invalid: [
    { name: 'no configuration anywhere', resource: bucket({ publicAccessBlock: null }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null })] }, messageId: 'settingsOff', at: 'publicAccessBlock' },
    { name: 'bucket off, account only half on', resource: bucket({ publicAccessBlock: off }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: { ...off, blockPublicAcls: true, ignorePublicAcls: true } })] }, messageId: 'settingsOff' },
  ],
  unknown: [
    { name: 'bucket settings unreadable', resource: bucket({ publicAccessBlock: null, unresolved: { publicAccessBlock: 'AccessDenied (s3:GetBucketPublicAccessBlock)' } }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null })] } },
    { name: 'bucket off, account settings unreadable', resource: bucket({ publicAccessBlock: off }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null, unresolved: { publicAccessBlock: 'AccessDenied' } })] } },
    { name: 'bucket off, account settings not collected', resource: bucket({ publicAccessBlock: off }), gaps: [{ resourceType: 's3.account-settings', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties: { BucketName: defaults-since-2023 }\n', 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_public_access_block" "data" {\n  bucket            = aws_s3_bucket.data.id\n  block_public_acls = true\n}\n'],
    },
  },
})
