import check from './ec2-ami-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { amiImage } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'private image', resource: amiImage() }],
  invalid: [{ name: 'public image', resource: amiImage({ public: true }), messageId: 'public', at: 'public' }],
  unknown: [{ name: 'images not listed', resource: amiImage(), gaps: [{ resourceType: 'ec2.image', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeImages denied' }] }],
})
