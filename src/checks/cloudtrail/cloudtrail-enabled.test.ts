import check from './cloudtrail-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, trail } from '../../../test/factories/index.js'

const here = accountRegion()
const eu = accountRegion({ region: 'eu-west-1' })

testCheck(check, {
  valid: [
    { name: 'multi-region trail', resource: eu, related: { 'cloudtrail.trail': [trail()] } },
    { name: 'single-region trail homed here', resource: here, related: { 'cloudtrail.trail': [trail({ isMultiRegion: false })] } },
    { name: 'organization trail of the management account', resource: here, related: { 'cloudtrail.trail': [trail({ accountId: '999988887777', isOrganizationTrail: true })] } },
    { name: 'a stopped trail next to a logging one', resource: here, related: { 'cloudtrail.trail': [trail({ name: 'old', id: 'old', isLogging: false }), trail()] } },
  ],
  invalid: [
    { name: 'no trail', resource: here, messageId: 'noTrail' },
    { name: 'single-region trail elsewhere', resource: eu, related: { 'cloudtrail.trail': [trail({ isMultiRegion: false })] }, messageId: 'noTrail' },
    { name: 'trail of another account, not an organization trail', resource: here, related: { 'cloudtrail.trail': [trail({ accountId: '999988887777' })] }, messageId: 'noTrail' },
    { name: 'the only trail is stopped', resource: here, related: { 'cloudtrail.trail': [trail({ isLogging: false })] }, messageId: 'stopped' },
  ],
  unknown: [
    { name: 'trails could not be listed in another region', resource: here, gaps: [{ resourceType: 'cloudtrail.trail', region: 'eu-west-1', code: 'AccessDenied', message: 'denied' }] },
    { name: 'trail status unreadable', resource: here, related: { 'cloudtrail.trail': [trail({ isLogging: false, unresolved: { isLogging: 'AccessDenied' } })] } },
  ],
})
