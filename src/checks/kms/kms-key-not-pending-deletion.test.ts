import check from './kms-key-not-pending-deletion.js'
import { testCheck } from '../../../test/check-tester.js'
import { kmsKey } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'enabled key', resource: kmsKey() },
    { name: 'disabled key (not deleted)', resource: kmsKey({ keyState: 'Disabled' }) },
  ],
  invalid: [
    { name: 'pending deletion', resource: kmsKey({ keyState: 'PendingDeletion', rotationEnabled: null, deletionDate: '2026-12-10T00:00:00.000Z' }), messageId: 'pendingDeletion', at: 'keyState' },
    { name: 'replica pending deletion', resource: kmsKey({ keyState: 'PendingReplicaDeletion' }), messageId: 'pendingDeletion' },
  ],
  unknown: [
    { name: 'DescribeKey denied', resource: kmsKey({ keyState: undefined, unresolved: { keyState: 'AccessDenied (kms:DescribeKey)', manager: 'AccessDenied (kms:DescribeKey)' } }) },
    { name: 'keys could not be listed', resource: kmsKey(), gaps: [{ resourceType: 'kms.key', region: 'us-east-1', code: 'AccessDenied', message: 'kms:ListKeys denied' }] },
  ],
  skip: [{ name: 'AWS managed key', resource: kmsKey({ manager: 'AWS' }) }],
})
