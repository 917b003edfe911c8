import check from './lambda-code-no-sql-string-building.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import { codeInspection } from '../../../test/factories/code.js'

testCheck(check, {
  valid: [
    { name: 'no SQL built from values', resource: lambdaFunction({ code: codeInspection() }) },
    {
      name: 'a lockfile was left out: it holds no source code',
      resource: lambdaFunction({ code: codeInspection({ truncated: [{ reason: 'file-too-large', count: 1, paths: ['package-lock.json'], affects: ['dependencies', 'secrets'], detail: 'big lockfile' }] }) }),
    },
  ],
  invalid: [
    {
      name: 'f-string into cursor.execute',
      resource: lambdaFunction({ code: codeInspection({ sqlInjection: [{ path: 'app.py', line: 12, language: 'python', sink: 'cursor.execute', construction: 'f-string' }] }) }),
      messageId: 'sql-built',
      at: 'code.sqlInjection',
    },
  ],
  unknown: [
    { name: 'the package could not be downloaded', resource: lambdaFunction({ unresolved: { code: 'download from s3 failed: HTTP 403' } }) },
    {
      name: 'a source file over the per-file limit was not analyzed',
      resource: lambdaFunction({ code: codeInspection({ truncated: [{ reason: 'file-too-large', count: 1, paths: ['dist/app.js'], affects: ['secrets', 'source'], detail: 'big bundle' }] }) }),
    },
  ],
  skip: [{ name: 'code inspection not enabled', resource: lambdaFunction() }],
})
