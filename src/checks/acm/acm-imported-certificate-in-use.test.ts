import check from './acm-imported-certificate-in-use.js'
import { testCheck } from '../../../test/check-tester.js'
import { acmCertificate } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'ACM-issued, in use', resource: acmCertificate() }, { name: 'imported, unused', resource: acmCertificate({ type: 'IMPORTED', inUse: false }) }],
  invalid: [{ name: 'imported and in use', resource: acmCertificate({ type: 'IMPORTED' }), messageId: 'imported', at: 'type' }],
  unknown: [{ name: 'imported, use not reported', resource: acmCertificate({ type: 'IMPORTED', inUse: undefined }) }],
})
