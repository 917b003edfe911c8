import check from './lambda-code-no-dynamic-exec-on-event.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import { codeInspection } from '../../../test/factories/code.js'

testCheck(check, {
  valid: [{ name: 'no event data reaches eval or a shell', resource: lambdaFunction({ code: codeInspection() }) }],
  invalid: [
    {
      name: 'event body into child_process.exec',
      resource: lambdaFunction({ code: codeInspection({ dynamicExec: [{ path: 'index.js', line: 5, language: 'javascript', sink: 'cp.exec', source: 'event' }] }) }),
      messageId: 'event-exec',
      at: 'code.dynamicExec',
    },
  ],
  unknown: [
    { name: 'the time limit was hit', resource: lambdaFunction({ unresolved: { code: 'time limit: the archive was not inspected within 120 s' } }) },
    {
      name: 'an entry with an unsupported compression method was not read',
      resource: lambdaFunction({ code: codeInspection({ truncated: [{ reason: 'unreadable-entry', count: 1, paths: ['handler.py'], affects: ['secrets', 'source'], detail: 'unsupported' }] }) }),
    },
  ],
  skip: [
    { name: 'code inspection not enabled', resource: lambdaFunction() },
    { name: 'container image', resource: lambdaFunction({ packageType: 'Image', code: codeInspection({ inspected: false, reason: 'container image' }) }) },
  ],
})
