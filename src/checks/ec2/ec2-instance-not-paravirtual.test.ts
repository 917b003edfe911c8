import check from './ec2-instance-not-paravirtual.js'
import { testCheck } from '../../../test/check-tester.js'
import { ec2Instance } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'HVM', resource: ec2Instance({ virtualizationType: 'hvm' }) }],
  invalid: [{ name: 'paravirtual', resource: ec2Instance({ virtualizationType: 'paravirtual' }), messageId: 'paravirtual', at: 'virtualizationType' }],
  unknown: [
    { name: 'type not reported', resource: ec2Instance({ virtualizationType: undefined }) },
    { name: 'instances not listed', resource: ec2Instance(), gaps: [{ resourceType: 'ec2.instance', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
})
