import check from './ssm-document-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { ssmDocument } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'not shared', resource: ssmDocument() }, { name: 'shared with one account', resource: ssmDocument({ sharedWith: ['444455556666'] }) }],
  invalid: [{ name: 'public', resource: ssmDocument({ sharedWith: ['All'] }), messageId: 'public', at: 'sharedWith' }],
  unknown: [{ name: 'permissions unreadable', resource: ssmDocument({ unresolved: { sharedWith: 'AccessDenied (ssm:DescribeDocumentPermission)' } }) }],
})
