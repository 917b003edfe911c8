import check from './organizations-management-account-no-workloads.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, organization, standaloneAccount, vpc } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'nothing but the default VPC', resource: organization(), related: { 'ec2.vpc': [vpc({ isDefault: true })] } },
  ],
  invalid: [
    { name: 'a Lambda function', resource: organization(), related: { 'lambda.function': [lambdaFunction()] }, messageId: 'workloads' },
    { name: 'a custom VPC', resource: organization(), related: { 'ec2.vpc': [vpc()] }, messageId: 'workloads' },
  ],
  unknown: [{ name: 'functions could not be listed in a region', resource: organization(), gaps: [{ resourceType: 'lambda.function', region: 'eu-west-1', code: 'AccessDenied', message: 'denied' }] }],
  skip: [
    { name: 'a member account', resource: organization({ isManagementAccount: false }), related: { 'lambda.function': [lambdaFunction()] } },
    { name: 'not in an organization', resource: standaloneAccount() },
  ],
})
