import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import check from './lambda-runtime-deprecation-upcoming.js'
import supported from './lambda-runtime-supported.js'
import { evaluateCase, testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

// nodejs22.x: deprecated 2027-04-30 (data/lambda-runtimes.json). Scan time defaults to 2026-11-27,
// 154 days before it.
const node22 = lambdaFunction({ runtime: 'nodejs22.x' })
const at = (iso: string) => new Date(iso)

testCheck(check, {
  valid: [
    { name: 'nodejs24.x, deprecated 2028-04-30', resource: lambdaFunction({ runtime: 'nodejs24.x' }) },
    { name: 'a preview runtime with no deprecation scheduled', resource: lambdaFunction({ runtime: 'nodejs26.x' }) },
    { name: 'nodejs22.x with a 90-day window', resource: node22, options: { leadDays: 90 } },
    { name: 'leadDays 0 turns the warning off', resource: node22, now: at('2027-04-29T00:00:00Z'), options: { leadDays: 0 } },
    { name: 'one day outside the default window', resource: node22, now: at('2026-10-31T00:00:00Z') },
  ],
  invalid: [
    { name: 'nodejs22.x within the default 180 days', resource: node22, messageId: 'upcoming', at: 'runtime', count: 1 },
    { name: 'exactly 180 days ahead', resource: node22, now: at('2026-11-01T00:00:00Z'), messageId: 'upcoming' },
    { name: 'one second before the deprecation date', resource: node22, now: at('2027-04-29T23:59:59Z'), messageId: 'upcoming' },
    { name: 'a longer window from the options', resource: lambdaFunction({ runtime: 'nodejs24.x' }), options: { leadDays: 600 }, messageId: 'upcoming' },
    { name: 'an invalid window falls back to 180 days', resource: node22, options: { leadDays: 'soon' }, messageId: 'upcoming' },
  ],
  unknown: [
    { name: 'a runtime the data file does not know', resource: lambdaFunction({ runtime: 'cobol85.x' }) },
    { name: 'runtime from an unresolved parameter', resource: lambdaFunction({ runtime: 'nodejs22.x', unresolved: { runtime: '!Ref Runtime' } }) },
  ],
  skip: [
    { name: 'already deprecated: the other check reports it', resource: lambdaFunction({ runtime: 'nodejs20.x' }) },
    { name: 'on the deprecation date itself', resource: node22, now: at('2027-04-30T00:00:00Z') },
    { name: 'container image', resource: lambdaFunction({ packageType: 'Image', runtime: undefined, handler: undefined }) },
  ],
  iac: {
    cloudformation: {
      good: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties: { Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }\n', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }\n'],
      bad: ['Fn:\n  Type: AWS::Lambda::Function\n  Properties: { Runtime: nodejs22.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }\n', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: ruby3.3, Handler: index.handler, CodeUri: src/ }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
}
`,
        // The runtime comes from a variable's default.
        `
variable "runtime" {
  default = "ruby3.3"
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = var.runtime
}
`,
      ],
    },
  },
})

describe('lambda-runtime-deprecation-upcoming and lambda-runtime-supported never both fail', () => {
  const instants = ['2026-11-01T00:00:00Z', '2027-04-29T23:59:59Z', '2027-04-30T00:00:00Z', '2027-04-30T00:00:01Z', '2027-06-01T00:00:00Z', '2027-07-01T00:00:00Z']
  for (const iso of instants) {
    it(`nodejs22.x at ${iso}: exactly one of the two fails`, () => {
      const c = { name: iso, resource: node22, now: at(iso), options: { leadDays: 365 } }
      const upcoming = evaluateCase(check, c).map((f) => f.status)
      const deprecated = evaluateCase(supported, { ...c, options: {} }).map((f) => f.status)
      assert.equal([...upcoming, ...deprecated].filter((s) => s === 'fail').length, 1, `upcoming=${upcoming} supported=${deprecated}`)
    })
  }
  it('across the whole runtime table on the default scan day, no function fails both', () => {
    for (const runtime of ['nodejs22.x', 'nodejs20.x', 'python3.9', 'python3.10', 'dotnet8', 'java8.al2', 'ruby3.3', 'provided.al2']) {
      const c = { name: runtime, resource: lambdaFunction({ runtime }) }
      const fails = [...evaluateCase(check, c), ...evaluateCase(supported, c)].filter((f) => f.status === 'fail')
      assert.ok(fails.length <= 1, `${runtime}: ${fails.map((f) => `${f.checkId}:${f.messageId}`).join(', ')}`)
    }
  })
})
