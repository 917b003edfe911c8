import check from './ec2-snapshot-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { ebsSnapshot } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'private', resource: ebsSnapshot() }],
  invalid: [{ name: 'restorable by everyone', resource: ebsSnapshot({ encrypted: false, public: true }), messageId: 'public', at: 'public' }],
  unknown: [
    { name: 'public listing failed', resource: ebsSnapshot({ encrypted: false, unresolved: { public: 'AccessDenied (ec2:DescribeSnapshots)' } }) },
    { name: 'snapshots not listed', resource: ebsSnapshot(), gaps: [{ resourceType: 'ec2.snapshot', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
})
