import check from './acm-certificate-not-expiring.js'
import { testCheck } from '../../../test/check-tester.js'
import { acmCertificate } from '../../../test/factories/index.js'

// The test scan time is 2026-11-27.
testCheck(check, {
  valid: [
    { name: 'valid until mid-2027', resource: acmCertificate() },
    { name: 'expires in 20 days, threshold lowered to 14', resource: acmCertificate({ notAfter: '2026-12-17T12:00:00.000Z' }), options: { daysBeforeExpiry: 14 } },
  ],
  invalid: [
    { name: 'expires in 20 days', resource: acmCertificate({ notAfter: '2026-12-17T12:00:00.000Z' }), messageId: 'expiring', at: 'notAfter' },
    { name: 'imported, expired last month', resource: acmCertificate({ type: 'IMPORTED', status: 'EXPIRED', notAfter: '2026-10-31T00:00:00.000Z' }), messageId: 'expired' },
  ],
  unknown: [
    { name: 'end of validity not reported', resource: acmCertificate({ notAfter: undefined }) },
    { name: 'certificates could not be listed', resource: acmCertificate(), gaps: [{ resourceType: 'acm.certificate', region: 'us-east-1', code: 'AccessDenied', message: 'acm:ListCertificates denied' }] },
  ],
  skip: [{ name: 'pending validation', resource: acmCertificate({ status: 'PENDING_VALIDATION', notAfter: undefined }) }],
})
