import check from './lambda-function-in-vpc.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'attached to two subnets', resource: lambdaFunction() },
    { name: 'attached, VPC id not known (templates)', resource: lambdaFunction({ vpc: { subnetIds: ['subnet-a'], securityGroupIds: ['sg-1'] } }) },
  ],
  invalid: [
    { name: 'no VPC configuration', resource: lambdaFunction({ vpc: undefined }), messageId: 'notInVpc', at: 'vpc' },
    { name: 'taken out of its VPC (empty subnet list)', resource: lambdaFunction({ vpc: { subnetIds: [], securityGroupIds: [] } }), messageId: 'notInVpc' },
  ],
  unknown: [{ name: 'VPC configuration from an unresolved parameter', resource: lambdaFunction({ vpc: undefined, unresolved: { vpc: '!If [UseVpc, …]' } }) }],
  skip: [{ name: 'not required by configuration', resource: lambdaFunction({ vpc: undefined }), options: { required: false } }],
})
