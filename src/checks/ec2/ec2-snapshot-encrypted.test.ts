import check from './ec2-snapshot-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ebsSnapshot } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'encrypted', resource: ebsSnapshot() }],
  invalid: [{ name: 'unencrypted', resource: ebsSnapshot({ encrypted: false, kmsKeyId: undefined }), messageId: 'unencrypted', at: 'encrypted' }],
  unknown: [{ name: 'snapshots not listed', resource: ebsSnapshot(), gaps: [{ resourceType: 'ec2.snapshot', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeSnapshots denied' }] }],
})
