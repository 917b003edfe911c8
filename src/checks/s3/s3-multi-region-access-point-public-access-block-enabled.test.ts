import check from './s3-multi-region-access-point-public-access-block-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { s3AccountSettings, s3MultiRegionAccessPoint } from '../../../test/factories/index.js'

const off = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false }
const noAccountBlock = { 's3.account-settings': [s3AccountSettings({ publicAccessBlock: null })] }

const cfnBuckets = 'Us:\n  Type: AWS::S3::Bucket\nEu:\n  Type: AWS::S3::Bucket\n'
const cfn = (block: string) => `${cfnBuckets}Global:\n  Type: AWS::S3::MultiRegionAccessPoint\n  Properties:\n    Name: orders-global\n    Regions:\n      - Bucket: !Ref Us\n      - Bucket: !Ref Eu\n${block}`
const tf = (block: string) =>
  `resource "aws_s3_bucket" "us" {\n  bucket = "orders-us"\n}\n\nresource "aws_s3control_multi_region_access_point" "global" {\n  details {\n    name = "orders-global"\n${block}    region {\n      bucket = aws_s3_bucket.us.id\n    }\n  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'all four on (the default)', resource: s3MultiRegionAccessPoint() },
    { name: 'own settings off, account level on', resource: s3MultiRegionAccessPoint({ publicAccessBlock: off }), related: { 's3.account-settings': [s3AccountSettings()] } },
  ],
  invalid: [
    { name: 'everything off, nothing at the account level', resource: s3MultiRegionAccessPoint({ publicAccessBlock: off }), related: noAccountBlock, messageId: 'settingsOff', at: 'publicAccessBlock' },
    { name: 'policy settings off', resource: s3MultiRegionAccessPoint({ publicAccessBlock: { ...off, blockPublicAcls: true, ignorePublicAcls: true } }), related: noAccountBlock, messageId: 'settingsOff' },
    { name: 'no settings reported', resource: s3MultiRegionAccessPoint({ publicAccessBlock: null }), related: noAccountBlock, messageId: 'settingsOff' },
  ],
  unknown: [
    { name: 'settings from a template parameter', resource: s3MultiRegionAccessPoint({ publicAccessBlock: off, unresolved: { publicAccessBlock: '!Ref Block' } }), related: noAccountBlock },
    { name: 'own settings off, account level not collected', resource: s3MultiRegionAccessPoint({ publicAccessBlock: off }), gaps: [{ resourceType: 's3.account-settings', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [cfn(''), cfn('    PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }\n')],
      bad: [cfn('    PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }\n'), cfn('    PublicAccessBlockConfiguration: { BlockPublicAcls: true }\n')],
    },
    terraform: {
      good: [tf(''), tf('    public_access_block {\n      block_public_acls       = true\n      ignore_public_acls      = true\n      block_public_policy     = true\n      restrict_public_buckets = true\n    }\n')],
      bad: [tf('    public_access_block {\n      block_public_acls       = false\n      ignore_public_acls      = false\n      block_public_policy     = false\n      restrict_public_buckets = false\n    }\n')],
    },
  },
})
