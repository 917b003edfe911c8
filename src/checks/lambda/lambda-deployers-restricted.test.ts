import check from './lambda-deployers-restricted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, fnArn, iamGroup, iamRole, iamUser, lambdaFunction, LAMBDA_TRUST, managedPolicy } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const FN = fnArn('orders')
const OTHER = '444455556666'
const fn = lambdaFunction()
const update = (Resource = '*', Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Action: ['lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration'], Resource, ...(Condition ? { Condition } : {}) })
const execRole = iamRole()
const user = (s: PolicyStatement[], over: Parameters<typeof iamUser>[0] = {}) => iamUser({ inlinePolicies: [{ name: 'dev', document: doc(...s) }], ...over })
const ciRole = (trust = doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' })) =>
  iamRole({ name: 'ci-deploy', trustPolicy: trust, inlinePolicies: [{ name: 'deploy', document: doc(update()) }] })
const deployers = managedPolicy({ name: 'deployers', document: doc({ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }) })

testCheck(check, {
  valid: [
    { name: 'nobody but the account\'s CI role can change it', resource: fn, related: { 'iam.role': [execRole, ciRole()] } },
    { name: 'a user whose grant requires MFA', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [user([update('*', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })])] } },
    { name: 'a user denied without MFA', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [user([update(), { Effect: 'Deny', Action: 'lambda:*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }])] } },
    { name: 'a user who may change only another function', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [user([update(fnArn('reports'))])] } },
    { name: 'a user listed in trustedPrincipals', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [user([update()], { name: 'release-bot' })] }, options: { trustedPrincipals: [`arn:aws:iam::${ACCOUNT}:user/release-*`] } },
    {
      name: 'the function policy denies changes without MFA to everyone',
      resource: lambdaFunction({ policy: doc({ Sid: 'mfa', Effect: 'Deny', Principal: '*', Action: ['lambda:Update*', 'lambda:AddPermission', 'lambda:*FunctionUrlConfig', 'lambda:DeleteFunction*', 'lambda:PutFunctionConcurrency'], Resource: FN, Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }) }),
      related: { 'iam.role': [execRole], 'iam.user': [user([{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }])] },
    },
    { name: 'the function policy grants another account invocation only', resource: lambdaFunction({ policy: doc({ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'lambda:InvokeFunction', Resource: FN }) }), related: { 'iam.role': [execRole] } },
  ],
  invalid: [
    { name: 'a Deny in the function policy for another user does not protect this one', resource: lambdaFunction({ policy: doc({ Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }, Action: 'lambda:*', Resource: FN }) }), related: { 'iam.role': [execRole], 'iam.user': [user([update()])] }, messageId: 'users-without-mfa' },
    { name: 'a user with long-term keys', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [user([update()])] }, messageId: 'users-without-mfa', count: 1 },
    { name: 'a user through a group\'s managed policy', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [iamUser({ groups: ['devs'] })], 'iam.group': [iamGroup({ attachedPolicies: [{ arn: deployers.arn!, name: 'deployers' }] })], 'iam.policy': [deployers] }, messageId: 'users-without-mfa' },
    { name: 'a user with AdministratorAccess (document not in the inventory)', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [iamUser({ attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] })] }, messageId: 'users-without-mfa' },
    { name: 'a deploy role another account can assume', resource: fn, related: { 'iam.role': [execRole, ciRole(doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' }))] }, messageId: 'external-roles' },
    { name: 'the function policy grants another account lambda:*', resource: lambdaFunction({ policy: doc({ Sid: 'partner', Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'lambda:*', Resource: FN }) }), related: { 'iam.role': [execRole] }, messageId: 'external-principals', at: 'policy' },
    { name: 'the function policy lets anyone update the code', resource: lambdaFunction({ policy: doc({ Sid: 'open', Effect: 'Allow', Principal: '*', Action: 'lambda:UpdateFunctionCode', Resource: FN }) }), related: { 'iam.role': [execRole] }, messageId: 'external-principals' },
  ],
  unknown: [
    { name: 'users could not be listed', resource: fn, related: { 'iam.role': [execRole] }, gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'a role\'s inline policy could not be read', resource: fn, related: { 'iam.role': [execRole, iamRole({ name: 'other', trustPolicy: LAMBDA_TRUST, unresolved: { 'inlinePolicies.0.document': 'ParseError' } })] } },
    { name: 'a candidate with a missing managed policy', resource: fn, related: { 'iam.role': [execRole], 'iam.user': [user([update(fnArn('reports'))], { attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/gone`, name: 'gone' }] })] } },
  ],
})
