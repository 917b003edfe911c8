import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AwsCallError, classifyError, isAbort } from './classify-error.js'
import { awsError } from './testing/fake-context.js'

describe('classifyError', () => {
  const cases: [string, number, string][] = [
    ['AccessDenied', 403, 'AccessDenied'],
    ['AccessDeniedException', 403, 'AccessDenied'],
    ['UnauthorizedOperation', 403, 'AccessDenied'],
    ['AuthorizationError', 403, 'AccessDenied'],
    ['ResourceNotFoundException', 404, 'NotFound'],
    ['NoSuchEntity', 404, 'NotFound'],
    ['QueueDoesNotExist', 400, 'NotFound'],
    ['AWS.SimpleQueueService.NonExistentQueue', 400, 'NotFound'],
    ['NotFound', 404, 'NotFound'],
    ['TooManyRequestsException', 429, 'Throttled'],
    ['Throttling', 400, 'Throttled'],
    ['ThrottlingException', 400, 'Throttled'],
    ['RequestLimitExceeded', 503, 'Throttled'],
    ['TimeoutError', 0, 'Timeout'],
    ['RequestTimeout', 408, 'Timeout'],
    ['UnknownOperationException', 400, 'Unsupported'],
    ['InvalidAction', 400, 'Unsupported'],
    ['OptInRequired', 403, 'OptInRequired'],
    ['UnrecognizedClientException', 403, 'OptInRequired'],
    ['AuthFailure', 401, 'OptInRequired'],
    ['InternalFailure', 500, 'Error'],
    ['ValidationException', 400, 'Error'],
  ]
  for (const [code, status, kind] of cases) {
    it(`${code} → ${kind}`, () => {
      const c = classifyError(awsError(code, status))
      assert.equal(c.kind, kind)
      assert.equal(c.code, code)
    })
  }

  it('an unknown 429 is throttling, an unknown 403 that says denied is AccessDenied', () => {
    assert.equal(classifyError(awsError('Weird', 429)).kind, 'Throttled')
    assert.equal(classifyError(awsError('Weird', 403, 'User is not authorized to perform x')).kind, 'AccessDenied')
    assert.equal(classifyError(awsError('Weird', 403, 'something else')).kind, 'Error')
  })

  it('transport failures: socket timeouts are Timeout, an unresolvable AWS endpoint is Unsupported', () => {
    assert.equal(classifyError(Object.assign(new Error('socket hang'), { code: 'ETIMEDOUT' })).kind, 'Timeout')
    assert.equal(classifyError(Object.assign(new Error('getaddrinfo ENOTFOUND lambda.xx-fake-1.amazonaws.com'), { code: 'ENOTFOUND' })).kind, 'Unsupported')
    assert.equal(classifyError(Object.assign(new Error('getaddrinfo ENOTFOUND example.org'), { code: 'ENOTFOUND' })).kind, 'Error')
  })

  it('aborts are recognised in every shape', () => {
    const ac = new AbortController()
    ac.abort()
    assert.equal(classifyError(Object.assign(new Error('aborted'), { name: 'AbortError' })).kind, 'Aborted')
    assert.ok(isAbort(Object.assign(new Error('x'), { name: 'AbortError' })))
    assert.ok(isAbort(new AwsCallError({ kind: 'Aborted', code: 'AbortError', message: 'x' }, 'lambda:GetPolicy', 'us-east-1')))
    assert.ok(!isAbort(awsError('AccessDenied', 403)))
  })

  it('non-errors do not throw', () => {
    assert.equal(classifyError(undefined).kind, 'Error')
    assert.equal(classifyError('boom').message, 'boom')
  })

  it('AwsCallError names the action and region', () => {
    const e = new AwsCallError(classifyError(awsError('AccessDeniedException', 403)), 'lambda:GetPolicy', 'eu-west-1')
    assert.equal(e.kind, 'AccessDenied')
    assert.equal(e.action, 'lambda:GetPolicy')
    assert.match(e.message, /lambda:GetPolicy in eu-west-1/)
  })
})
