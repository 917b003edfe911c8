import check from './lambda-required-tags.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

const required = { requiredKeys: ['owner', 'cost-center'] }

testCheck(check, {
  valid: [
    { name: 'every required key present', resource: lambdaFunction({ tags: { owner: 'team-a', 'cost-center': '4711', extra: 'x' } }), options: required },
    { name: 'an empty value counts as present', resource: lambdaFunction({ tags: { owner: 'team-a', 'cost-center': '' } }), options: required },
  ],
  invalid: [
    { name: 'one key missing', resource: lambdaFunction({ tags: { owner: 'team-a' } }), options: required, messageId: 'missing', at: 'tags' },
    { name: 'keys differ only in case', resource: lambdaFunction({ tags: { Owner: 'team-a', 'Cost-Center': '4711' } }), options: required, messageId: 'missing' },
    { name: 'no tags at all', resource: lambdaFunction({ tags: undefined }), options: required, messageId: 'missing' },
  ],
  unknown: [
    { name: 'tags could not be read (ListTags denied)', resource: lambdaFunction({ tags: undefined, unresolved: { tags: 'AccessDeniedException (lambda:ListTags)' } }), options: required },
    { name: 'functions could not be listed', resource: lambdaFunction(), options: required, gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [
    { name: 'no required keys configured', resource: lambdaFunction({ tags: {} }) },
    { name: 'only blank keys configured', resource: lambdaFunction({ tags: {} }), options: { requiredKeys: [' ', ''] } },
  ],
})
