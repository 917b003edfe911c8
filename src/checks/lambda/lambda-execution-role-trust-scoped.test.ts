import check from './lambda-execution-role-trust-scoped.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { CFN_LAMBDA_TRUST, cfnRoleWithPolicy, tfRoleWithPolicy } from '../../../test/builders/execution-role.js'

const fn = lambdaFunction()
const trust = (...Statement: PolicyStatement[]) => ({ 'iam.role': [iamRole({ trustPolicy: { Version: '2012-10-17', Statement } })] })
const assume = (Principal: PolicyStatement['Principal'], Condition?: PolicyStatement['Condition'], Action: string | string[] = 'sts:AssumeRole'): PolicyStatement => ({ Effect: 'Allow', Principal, Action, ...(Condition ? { Condition } : {}) })
const LAMBDA = { Service: 'lambda.amazonaws.com' }

testCheck(check, {
  valid: [
    { name: 'lambda.amazonaws.com only', resource: fn, related: trust(assume(LAMBDA)) },
    { name: 'Lambda and Lambda@Edge', resource: fn, related: trust(assume({ Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] })) },
    { name: 'Lambda with a source-account condition', resource: fn, related: trust(assume(LAMBDA, { StringEquals: { 'aws:SourceAccount': ACCOUNT } })) },
    { name: 'another principal only for sts:TagSession (no credentials)', resource: fn, related: trust(assume(LAMBDA), assume({ AWS: '444455556666' }, undefined, 'sts:TagSession')) },
    { name: 'a * statement whose conditions exclude every caller', resource: fn, related: trust(assume(LAMBDA), assume('*', { StringEquals: { 'aws:PrincipalAccount': '444455556666', 'aws:SourceAccount': '777788889999' } })) },
    { name: 'the unique id of a deleted principal (can never match again)', resource: fn, related: trust(assume(LAMBDA), assume({ AWS: 'AROAEXAMPLEDELETED0001' })) },
  ],
  invalid: [
    { name: 'also another AWS service', resource: fn, related: trust(assume({ Service: ['lambda.amazonaws.com', 'states.amazonaws.com'] })), messageId: 'other-principals', at: 'role', count: 1 },
    { name: 'its own account (any principal with sts:AssumeRole)', resource: fn, related: trust(assume(LAMBDA), assume({ AWS: `arn:aws:iam::${ACCOUNT}:root` })), messageId: 'other-principals' },
    { name: 'another account', resource: fn, related: trust(assume(LAMBDA), assume({ AWS: '444455556666' })), messageId: 'other-principals' },
    { name: 'anyone, condition with a negated operator does not narrow', resource: fn, related: trust(assume(LAMBDA), assume('*', { StringNotEquals: { 'aws:PrincipalAccount': '444455556666' } })), messageId: 'other-principals' },
    { name: 'a federated web identity (GitHub OIDC)', resource: fn, related: trust(assume(LAMBDA), assume({ Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` }, undefined, 'sts:AssumeRoleWithWebIdentity')), messageId: 'other-principals' },
    { name: 'sts:* to a user', resource: fn, related: trust(assume({ ...LAMBDA, AWS: `arn:aws:iam::${ACCOUNT}:user/dev` }, undefined, 'sts:*')), messageId: 'other-principals' },
    { name: 'Lambda@Edge not allowed when the option narrows the list', resource: fn, options: { allowedServices: ['lambda.amazonaws.com'] }, related: trust(assume({ Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] })), messageId: 'other-principals' },
  ],
  unknown: [
    { name: 'role not in the inventory', resource: fn },
    { name: 'trust policy could not be read', resource: fn, related: { 'iam.role': [iamRole({ unresolved: { trustPolicy: 'ParseError' } })] } },
    { name: 'roles could not be listed', resource: fn, gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        cfnRoleWithPolicy(["{ Effect: Allow, Action: dynamodb:GetItem, Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' }"]),
        // The role SAM generates trusts lambda.amazonaws.com only.
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }\n',
      ],
      bad: [
        // Any principal of the account with sts:AssumeRole can take the role.
        cfnRoleWithPolicy([], '', [CFN_LAMBDA_TRUST, "{ Effect: Allow, Principal: { AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root' }, Action: sts:AssumeRole }"]),
        cfnRoleWithPolicy([], '', ['{ Effect: Allow, Principal: { Service: [lambda.amazonaws.com, ec2.amazonaws.com] }, Action: sts:AssumeRole }']),
      ],
    },
    terraform: {
      good: [tfRoleWithPolicy(['{ Effect = "Allow", Action = "dynamodb:GetItem", Resource = "arn:aws:dynamodb:us-east-1:123456789012:table/orders" }'])],
      bad: [
        tfRoleWithPolicy([], '', ['{ Effect = "Allow", Principal = { Service = ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com"] }, Action = "sts:AssumeRole" }']),
        tfRoleWithPolicy([], '', ['{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "sts:AssumeRole" }']),
      ],
    },
  },
})
