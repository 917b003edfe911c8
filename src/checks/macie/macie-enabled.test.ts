import check from './macie-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, macieSession } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'enabled', resource: accountRegion(), related: { 'macie.session': [macieSession()] } }],
  invalid: [
    { name: 'never enabled', resource: accountRegion(), messageId: 'notEnabled' },
    { name: 'paused', resource: accountRegion(), related: { 'macie.session': [macieSession({ status: 'PAUSED' })] }, messageId: 'paused' },
  ],
  unknown: [{ name: 'GetMacieSession denied', resource: accountRegion(), gaps: [{ resourceType: 'macie.session', region: 'us-east-1', code: 'AccessDenied', message: 'macie2:GetMacieSession denied' }] }],
})
