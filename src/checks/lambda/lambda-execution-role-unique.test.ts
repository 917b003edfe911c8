import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import check from './lambda-execution-role-unique.js'
import { evaluateCase, testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, roleArn } from '../../../test/factories/index.js'
import { cfnBody, cfnFunction, samFunction, samTemplate, tfFile, tfFunction } from '../../../test/builders/iac-fragments.js'
import { cfnExecutionRole, tfExecutionRole } from '../../../test/builders/execution-role.js'

const shared = roleArn('shared-role')
const fn = (name: string, role = shared, region = 'us-east-1') =>
  lambdaFunction({ name, role, region, id: `arn:aws:lambda:${region}:111122223333:function:${name}`, arn: `arn:aws:lambda:${region}:111122223333:function:${name}` })
// Templates: the functions orders and refunds, each with the role of the given logical id / Terraform name.
const cfnFunctions = (ordersRole: string, refundsRole: string) =>
  [cfnFunction({ id: 'Orders', name: 'orders', role: `!GetAtt ${ordersRole}.Arn` }), cfnFunction({ id: 'Refunds', name: 'refunds', role: `!GetAtt ${refundsRole}.Arn` })]
const tfFunctions = (ordersRole: string, refundsRole: string) =>
  [tfFunction({ name: 'orders', role: `aws_iam_role.${ordersRole}.arn` }), tfFunction({ name: 'refunds', role: `aws_iam_role.${refundsRole}.arn` })]

testCheck(check, {
  valid: [
    { name: 'the only function', resource: lambdaFunction() },
    { name: 'other functions use other roles', resource: lambdaFunction(), related: { 'lambda.function': [lambdaFunction({ name: 'billing' }), lambdaFunction({ name: 'audit' })] } },
    { name: 'role ARNs that differ only in case are different ARNs', resource: fn('orders'), related: { 'lambda.function': [fn('billing', shared.replace('shared-role', 'Shared-Role'))] } },
  ],
  invalid: [
    { name: 'one other function shares the role', resource: fn('orders'), related: { 'lambda.function': [fn('billing')] }, messageId: 'shared', at: 'role', count: 1 },
    { name: 'a function in another region shares the role', resource: fn('orders'), related: { 'lambda.function': [fn('orders', shared, 'eu-west-1')] }, messageId: 'shared', at: 'role' },
  ],
  unknown: [
    { name: 'the role of another function is unresolved', resource: fn('orders'), related: { 'lambda.function': [{ ...fn('billing', ''), unresolved: { role: '!GetAtt Role.Arn' } }] } },
    { name: 'the role of this function is unresolved', resource: { ...fn('orders'), unresolved: { role: '!Ref RoleArn' } } },
    { name: 'no role recorded', resource: fn('orders', '') },
    { name: 'functions of another region could not be listed', resource: fn('orders'), gaps: [{ resourceType: 'lambda.function', region: 'eu-west-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        cfnBody(cfnExecutionRole('OrdersRole'), cfnExecutionRole('RefundsRole'), ...cfnFunctions('OrdersRole', 'RefundsRole')),
        // SAM generates one role per function.
        samTemplate(samFunction('', 'Orders'), samFunction('', 'Refunds')),
      ],
      bad: [
        cfnBody(cfnExecutionRole('Shared'), ...cfnFunctions('Shared', 'Shared')),
        samTemplate(cfnExecutionRole('Shared'), samFunction(', Role: !GetAtt Shared.Arn', 'Orders'), samFunction(', Role: !GetAtt Shared.Arn', 'Refunds')),
      ],
    },
    terraform: {
      good: [tfFile(tfExecutionRole('orders'), tfExecutionRole('refunds'), ...tfFunctions('orders', 'refunds'))],
      bad: [
        tfFile(tfExecutionRole('shared'), ...tfFunctions('shared', 'shared')),
        // for_each makes two functions of one block, with one role.
        tfFile(
          tfExecutionRole('shared'),
          'resource "aws_lambda_function" "worker" {\n  for_each      = toset(["orders", "refunds"])\n  function_name = each.key\n  role          = aws_iam_role.shared.arn\n  handler       = "index.handler"\n  runtime       = "python3.13"\n}\n',
        ),
      ],
    },
  },
})

describe('lambda-execution-role-unique message data', () => {
  it('gives the count and at most three names', () => {
    const others = Array.from({ length: 250 }, (_, i) => fn(`fn-${String(i).padStart(3, '0')}`))
    const [f] = evaluateCase(check, { name: 'many', resource: fn('orders'), related: { 'lambda.function': others } })
    assert.equal(f?.status, 'fail')
    assert.equal(f!.data['count'], 250)
    assert.equal(f!.data['examples'], 'fn-000, fn-001, fn-002')
  })
})
