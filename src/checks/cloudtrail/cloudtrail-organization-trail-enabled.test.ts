import check from './cloudtrail-organization-trail-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { organization, standaloneAccount, trail } from '../../../test/factories/index.js'

const org = organization()
const member = organization({ isManagementAccount: false, managementAccountId: '999988887777' })

testCheck(check, {
  valid: [
    { name: 'management account with an organization trail', resource: org, related: { 'cloudtrail.trail': [trail({ isOrganizationTrail: true })] } },
    { name: 'member account seeing the organization trail', resource: member, related: { 'cloudtrail.trail': [trail({ isOrganizationTrail: true, accountId: '999988887777' })] } },
  ],
  invalid: [
    { name: 'only an account trail', resource: org, related: { 'cloudtrail.trail': [trail()] }, messageId: 'noOrgTrail' },
    { name: 'organization trail stopped', resource: org, related: { 'cloudtrail.trail': [trail({ isOrganizationTrail: true, isLogging: false })] }, messageId: 'noOrgTrail' },
    { name: 'organization trail in one region only', resource: org, related: { 'cloudtrail.trail': [trail({ isOrganizationTrail: true, isMultiRegion: false })] }, messageId: 'noOrgTrail' },
  ],
  unknown: [{ name: 'trails could not be listed', resource: org, gaps: [{ resourceType: 'cloudtrail.trail', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] }],
  skip: [{ name: 'not in an organization', resource: standaloneAccount() }],
})
