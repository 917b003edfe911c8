import check from './rds-snapshot-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsSnapshot } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'not shared', resource: rdsSnapshot() },
    { name: 'shared with one account', resource: rdsSnapshot({ restoreAccounts: ['444455556666'] }) },
  ],
  invalid: [
    { name: 'public DB snapshot', resource: rdsSnapshot({ restoreAccounts: ['all'], encrypted: false }), messageId: 'public', at: 'restoreAccounts' },
    { name: 'public cluster snapshot', resource: rdsSnapshot({ kind: 'cluster', restoreAccounts: ['444455556666', 'all'], encrypted: false }), messageId: 'public' },
  ],
  unknown: [
    { name: 'attributes not read (bound reached)', resource: rdsSnapshot({ unresolved: { restoreAccounts: 'not read: more than 500 manual snapshots in the region' } }) },
    { name: 'attributes denied', resource: rdsSnapshot({ unresolved: { restoreAccounts: 'AccessDenied (rds:DescribeDBSnapshotAttributes)' } }) },
  ],
})
