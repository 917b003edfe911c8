import check from './lambda-code-no-secrets.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import { codeInspection } from '../../../test/factories/code.js'

testCheck(check, {
  valid: [
    { name: 'package inspected, no secret', resource: lambdaFunction({ code: codeInspection() }) },
    {
      name: 'a large file was left out, but it could not hold a secret the scan looks for (a lockfile beyond the cap only affects dependencies)',
      resource: lambdaFunction({ code: codeInspection({ truncated: [{ reason: 'findings-cap', count: 3, paths: [], affects: [], detail: '3 more' }] }) }),
    },
  ],
  invalid: [
    {
      name: 'a token in a config file',
      resource: lambdaFunction({ code: codeInspection({ secrets: [{ path: 'config.json', line: 3, patternId: 'github-token' }] }) }),
      messageId: 'secret',
      at: 'code.secrets',
    },
    {
      name: 'two secrets, two findings',
      resource: lambdaFunction({ code: codeInspection({ secrets: [{ path: 'a.py', line: 1, patternId: 'aws-access-key-id' }, { path: 'b.py', line: 9, patternId: 'private-key' }] }) }),
      messageId: 'secret',
      count: 2,
    },
  ],
  unknown: [
    { name: 'GetFunction denied', resource: lambdaFunction({ unresolved: { code: 'AccessDenied (lambda:GetFunction)' } }) },
    { name: 'the package was over the size limit', resource: lambdaFunction({ unresolved: { code: 'limit: the archive is 120 MiB, more than the limit of 100 MiB' } }) },
    {
      name: 'nothing found, but a source file over the per-file limit was not scanned',
      resource: lambdaFunction({ code: codeInspection({ truncated: [{ reason: 'file-too-large', count: 1, paths: ['dist/index.js'], affects: ['secrets', 'source'], detail: '1 file over 5 MiB' }] }) }),
    },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [
    { name: 'code inspection not enabled', resource: lambdaFunction() },
    { name: 'container image', resource: lambdaFunction({ packageType: 'Image', code: codeInspection({ inspected: false, reason: 'container image' }) }) },
  ],
})
