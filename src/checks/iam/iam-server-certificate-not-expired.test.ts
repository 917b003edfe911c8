import check from './iam-server-certificate-not-expired.js'
import { testCheck } from '../../../test/check-tester.js'
import { serverCertificate } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'expires next year', resource: serverCertificate() }],
  invalid: [
    { name: 'expired last month', resource: serverCertificate({ expiration: '2026-10-27T00:00:00.000Z' }), messageId: 'expired', at: 'expiration' },
    { name: 'expired an hour before the scan', resource: serverCertificate({ expiration: '2026-11-26T23:00:00.000Z' }), messageId: 'expired' },
  ],
  unknown: [
    { name: 'certificates could not be listed', resource: serverCertificate(), gaps: [{ resourceType: 'iam.server-certificate', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'no expiration date', resource: serverCertificate({ expiration: undefined }) },
  ],
})
