/**
 * A function deleted between ListFunctions and its per-function calls. With GetFunction in the
 * selection its NotFound drops the function; with a narrow selection that skips GetFunction,
 * the calls that are made must drop it too when Lambda says the function (not just its policy,
 * URL or async config) does not exist — else it would be judged on their "none" answers.
 */
import { afterEach, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import {
  GetFunctionCodeSigningConfigCommand,
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda'
import { lambdaFunctionCollector } from './lambda-function.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const arn = (name: string) => `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${name}`
/** Lambda's words for "no such function" and for "the function has none of this". */
const functionNotFound = (name: string) => awsError('ResourceNotFoundException', 404, `Function not found: ${arn(name)}`)
const subResourceNotFound = () => awsError('ResourceNotFoundException', 404, 'The resource you requested does not exist.')

describe('lambda.function collector: a function deleted after the listing', () => {
  const lambda = mockClient(LambdaClient)
  beforeEach(() => {
    lambda.reset()
    lambda.on(ListFunctionsCommand).resolves({ Functions: ['kept', 'gone'].map((n) => ({ FunctionName: n, FunctionArn: arn(n), Role: 'r', PackageType: 'Zip' })) })
    lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] })
    lambda.on(GetFunctionCommand).resolves({ Tags: {} })
    lambda.on(GetPolicyCommand).rejects(subResourceNotFound())
    lambda.on(GetFunctionUrlConfigCommand).rejects(subResourceNotFound())
    lambda.on(GetFunctionCodeSigningConfigCommand).resolves({ FunctionName: 'x', CodeSigningConfigArn: '' })
    lambda.on(GetFunctionEventInvokeConfigCommand).rejects(awsError('ResourceNotFoundException', 404, `The function ${arn('x')} doesn't have an EventInvokeConfig`))
  })
  afterEach(() => lambda.reset())

  const collectNames = async (checks: string[]) => {
    const ctx = testContext({ details: { checks: new Set(checks) } })
    const r = await lambdaFunctionCollector.collect(ctx, TEST_REGION, {})
    return { names: (r.resources['lambda.function'] ?? []).map((f) => f.name), fns: r.resources['lambda.function'] ?? [], counts: ctx.callCounts() }
  }

  it('only GetFunctionUrlConfig is made, and it says "Function not found": the function is dropped', async () => {
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: arn('gone') }).rejects(functionNotFound('gone'))
    const { names, counts } = await collectNames(['lambda-function-url-auth-required'])
    assert.equal(counts['lambda:GetFunction'], undefined, 'the selection skips GetFunction')
    assert.equal(counts['lambda:GetFunctionUrlConfig'], 2)
    assert.deepEqual(names, ['kept'])
  })

  for (const [check, command, action] of [
    ['lambda-resource-policy-not-public', GetPolicyCommand, 'lambda:GetPolicy'],
    ['lambda-code-signing-enforced', GetFunctionCodeSigningConfigCommand, 'lambda:GetFunctionCodeSigningConfig'],
    ['lambda-dlq-alarm-configured', GetFunctionEventInvokeConfigCommand, 'lambda:GetFunctionEventInvokeConfig'],
  ] as const) {
    it(`${action} saying "Function not found" drops the function too`, async () => {
      lambda.on(command as typeof GetPolicyCommand, { FunctionName: arn('gone') }).rejects(functionNotFound('gone'))
      const { names, counts } = await collectNames([check])
      assert.equal(counts['lambda:GetFunction'], undefined)
      assert.ok((counts[action] ?? 0) >= 2, `${action} was called`)
      assert.deepEqual(names, ['kept'])
    })
  }

  it('"the resource does not exist" (no URL, no policy) keeps the function: absent, not gone', async () => {
    const { fns } = await collectNames(['lambda-function-url-auth-required', 'lambda-resource-policy-not-public'])
    assert.deepEqual(
      fns.map((f) => [f.name, f.url, f.policy, f.unresolved?.url, f.unresolved?.policy]),
      [
        ['kept', null, null, undefined, undefined],
        ['gone', null, null, undefined, undefined],
      ],
    )
  })

  it('any other failure of such a call keeps the function with the field unresolved', async () => {
    lambda.on(GetFunctionUrlConfigCommand, { FunctionName: arn('gone') }).rejects(awsError('AccessDeniedException', 403))
    const { fns } = await collectNames(['lambda-function-url-auth-required'])
    assert.deepEqual(fns.map((f) => [f.name, f.unresolved?.url]), [
      ['kept', undefined],
      ['gone', 'AccessDenied (lambda:GetFunctionUrlConfig)'],
    ])
  })

  it('with GetFunction in the selection, its NotFound still drops the function', async () => {
    lambda.on(GetFunctionCommand, { FunctionName: arn('gone') }).rejects(functionNotFound('gone'))
    const { names } = await collectNames(['lambda-required-tags'])
    assert.deepEqual(names, ['kept'])
  })
})
