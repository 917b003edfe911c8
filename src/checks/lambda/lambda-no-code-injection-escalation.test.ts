import check from './lambda-no-code-injection-escalation.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, fnArn, iamRole, iamUser, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const doc = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const fn = lambdaFunction()
const ADMIN = [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }]
const adminExecRole = iamRole({ attachedPolicies: ADMIN })
const escalatingExecRole = iamRole({ inlinePolicies: [{ name: 'iam', document: doc({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' }) }] })
const deployOnly = (Resource = fnArn('orders')): PolicyStatement => ({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource })
const dev = (s: PolicyStatement[], over: Parameters<typeof iamUser>[0] = {}) => iamUser({ inlinePolicies: [{ name: 'dev', document: doc(...s) }], ...over })

testCheck(check, {
  valid: [
    { name: 'the execution role is not privileged', resource: fn, related: { 'iam.role': [iamRole()], 'iam.user': [dev([deployOnly()])] } },
    { name: 'admin role, but only an administrator can change the code', resource: fn, related: { 'iam.role': [adminExecRole], 'iam.user': [iamUser({ attachedPolicies: ADMIN })] } },
    { name: 'admin role, nobody else can change it', resource: fn, related: { 'iam.role': [adminExecRole] } },
    { name: 'escalating role, the deployer can already use the same method', resource: fn, related: { 'iam.role': [escalatingExecRole], 'iam.user': [dev([deployOnly(), { Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' }])] } },
    { name: 'admin role, the deployer may only change another function', resource: fn, related: { 'iam.role': [adminExecRole], 'iam.user': [dev([deployOnly(fnArn('reports'))])] } },
  ],
  invalid: [
    { name: 'admin role, a developer can deploy this function', resource: fn, related: { 'iam.role': [adminExecRole], 'iam.user': [dev([deployOnly()])] }, messageId: 'injection-admin', at: 'role', count: 1 },
    { name: 'admin role, a CI role can change its configuration (layers)', resource: fn, related: { 'iam.role': [adminExecRole, iamRole({ name: 'ci', inlinePolicies: [{ name: 'ci', document: doc({ Effect: 'Allow', Action: 'lambda:UpdateFunctionConfiguration', Resource: '*' }) }] })] }, messageId: 'injection-admin' },
    { name: 'escalating role, the deployer cannot escalate by itself', resource: fn, related: { 'iam.role': [escalatingExecRole], 'iam.user': [dev([deployOnly()])] }, messageId: 'injection-escalation' },
    { name: 'admin role, deployer through lambda:* on every function', resource: fn, related: { 'iam.role': [adminExecRole], 'iam.user': [dev([{ Effect: 'Allow', Action: 'lambda:*', Resource: `arn:aws:lambda:*:${ACCOUNT}:function:*` }])] }, messageId: 'injection-admin' },
  ],
  unknown: [
    { name: 'execution role not in the inventory', resource: fn, related: { 'iam.user': [dev([deployOnly()])] } },
    { name: 'the execution role\'s policy is missing', resource: fn, related: { 'iam.role': [iamRole({ attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/gone`, name: 'gone' }] })] } },
    { name: 'admin role, and a user whose other policy is missing', resource: fn, related: { 'iam.role': [adminExecRole], 'iam.user': [dev([deployOnly(fnArn('reports'))], { attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/gone`, name: 'gone' }] })] } },
    { name: 'users could not be listed', resource: fn, related: { 'iam.role': [adminExecRole] }, gaps: [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }] },
  ],
})
