import check from './securityhub-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, securityHubHub } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'hub in the region', resource: accountRegion(), related: { 'securityhub.hub': [securityHubHub()] } }],
  invalid: [
    { name: 'not subscribed', resource: accountRegion(), messageId: 'notEnabled' },
    { name: 'hub only in another region', resource: accountRegion(), related: { 'securityhub.hub': [securityHubHub({ region: 'eu-west-1' })] }, messageId: 'notEnabled' },
  ],
  unknown: [{ name: 'DescribeHub denied here', resource: accountRegion(), gaps: [{ resourceType: 'securityhub.hub', region: 'us-east-1', code: 'AccessDenied', message: 'securityhub:DescribeHub denied' }] }],
})
