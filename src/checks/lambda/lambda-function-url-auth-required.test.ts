import check from './lambda-function-url-auth-required.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'IAM auth', resource: lambdaFunction({ url: { authType: 'AWS_IAM' } }) }],
  invalid: [{ name: 'open URL', resource: lambdaFunction({ url: { authType: 'NONE' } }), messageId: 'none', at: 'url.authType' }],
  unknown: [
    { name: 'auth type from an unresolved parameter', resource: lambdaFunction({ url: { authType: 'NONE' }, unresolved: { 'url.authType': '!Ref AuthType' } }) },
    { name: 'URL config could not be read', resource: lambdaFunction({ url: null, unresolved: { url: 'AccessDenied' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [{ name: 'no URL', resource: lambdaFunction() }],
})
