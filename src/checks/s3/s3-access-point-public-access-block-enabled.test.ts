import check from './s3-access-point-public-access-block-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { s3AccessPoint, s3AccountSettings } from '../../../test/factories/index.js'

const off = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false }

testCheck(check, {
  valid: [
    { name: 'all four on (the default)', resource: s3AccessPoint() },
    { name: 'own settings off, account level on', resource: s3AccessPoint({ publicAccessBlock: off, networkOrigin: 'Internet' }), related: { 's3.account-settings': [s3AccountSettings()] } },
  ],
  invalid: [
    { name: 'everything off, nothing at the account level', resource: s3AccessPoint({ publicAccessBlock: off, networkOrigin: 'Internet' }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null })] }, messageId: 'settingsOff', at: 'publicAccessBlock' },
    { name: 'policy settings off', resource: s3AccessPoint({ publicAccessBlock: { ...off, blockPublicAcls: true, ignorePublicAcls: true } }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null })] }, messageId: 'settingsOff' },
  ],
  unknown: [
    { name: 'access point details unreadable', resource: s3AccessPoint({ publicAccessBlock: null, unresolved: { publicAccessBlock: 'AccessDenied (s3:GetAccessPoint)' } }), related: { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null })] } },
    { name: 'own settings off, account level not collected', resource: s3AccessPoint({ publicAccessBlock: off }), gaps: [{ resourceType: 's3.account-settings', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\nPoint:\n  Type: AWS::S3::AccessPoint\n  Properties:\n    Bucket: !Ref Bucket\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\nPoint:\n  Type: AWS::S3::AccessPoint\n  Properties:\n    Bucket: !Ref Bucket\n    PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "orders-ap"\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "orders-ap"\n  public_access_block_configuration {\n    block_public_acls       = false\n    ignore_public_acls      = false\n    block_public_policy     = false\n    restrict_public_buckets = false\n  }\n}\n'],
    },
  },
})
