import check from './s3-account-public-access-block-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { s3AccountSettings } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'all four settings on', resource: s3AccountSettings() }],
  invalid: [
    { name: 'no account-level configuration', resource: s3AccountSettings({ publicAccessBlock: null }), messageId: 'notConfigured', at: 'publicAccessBlock' },
    { name: 'RestrictPublicBuckets off', resource: s3AccountSettings({ publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false } }), messageId: 'partlyOff' },
    { name: 'everything off', resource: s3AccountSettings({ publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false } }), messageId: 'partlyOff', count: 1 },
  ],
  unknown: [
    { name: 'configuration unreadable', resource: s3AccountSettings({ publicAccessBlock: null, unresolved: { publicAccessBlock: 'AccessDenied (s3:GetAccountPublicAccessBlock)' } }) },
    { name: 'account settings not collected', resource: s3AccountSettings(), gaps: [{ resourceType: 's3.account-settings', region: 'global', code: 'Timeout', message: 'timed out' }] },
  ],
  iac: {
    terraform: {
      good: ['resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n'],
      bad: ['resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls   = true\n  block_public_policy = true\n}\n'],
    },
  },
})
