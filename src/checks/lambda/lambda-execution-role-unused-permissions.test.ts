import check from './lambda-execution-role-unused-permissions.js'
import { testCheck, TEST_NOW } from '../../../test/check-tester.js'
import { iamRole, lambdaFunction, roleArn } from '../../../test/factories/index.js'
import type { IamRoleLastAccessed, ServiceLastAccess } from '../../model/iam.js'

const fn = lambdaFunction()
const ROLE = roleArn('orders-role')
const daysAgo = (n: number) => new Date(TEST_NOW.getTime() - n * 86_400_000).toISOString()
const report = (services: ServiceLastAccess[], over: Partial<IamRoleLastAccessed> = {}): IamRoleLastAccessed => ({ id: ROLE, arn: ROLE, name: 'orders-role', region: 'global', roleArn: ROLE, services, ...over })
const oldRole = iamRole({ createDate: daysAgo(400) })
const related = (r: IamRoleLastAccessed, role = oldRole) => ({ 'iam.role': [role], 'iam.role-last-accessed': [r] })

testCheck(check, {
  valid: [
    { name: 'every service used recently', resource: fn, related: related(report([{ namespace: 'logs', lastAuthenticated: daysAgo(1) }, { namespace: 'dynamodb', lastAuthenticated: daysAgo(30) }])) },
    { name: 'no services at all', resource: fn, related: related(report([])) },
    { name: 'a young role is not judged', resource: fn, related: related(report([{ namespace: 's3' }]), iamRole({ createDate: daysAgo(10) })) },
    { name: 'a service used 100 days ago, with days = 180', resource: fn, options: { days: 180 }, related: related(report([{ namespace: 's3', lastAuthenticated: daysAgo(100) }])) },
  ],
  invalid: [
    { name: 'a service never used', resource: fn, related: related(report([{ namespace: 'logs', lastAuthenticated: daysAgo(1) }, { namespace: 's3' }])), messageId: 'unused', at: 'role', count: 1 },
    { name: 'a service last used 120 days ago', resource: fn, related: related(report([{ namespace: 'dynamodb', lastAuthenticated: daysAgo(120) }])), messageId: 'unused' },
    { name: 'a service used 40 days ago, with days = 30', resource: fn, options: { days: 30 }, related: related(report([{ namespace: 'sqs', lastAuthenticated: daysAgo(40) }])), messageId: 'unused' },
    { name: 'role without a creation date is judged', resource: fn, related: related(report([{ namespace: 'kms' }]), iamRole()), messageId: 'unused' },
  ],
  unknown: [
    { name: 'report not collected (IaC or not selected)', resource: fn, related: { 'iam.role': [oldRole] } },
    { name: 'report denied', resource: fn, related: related(report([], { unresolved: { services: 'AccessDenied (iam:GenerateServiceLastAccessedDetails)' } })) },
    { name: 'reports could not be collected in the region', resource: fn, related: { 'iam.role': [oldRole] }, gaps: [{ resourceType: 'iam.role-last-accessed', region: 'us-east-1', code: 'Throttled', message: 'throttled' }] },
    { name: 'role not in the inventory', resource: fn },
  ],
})
