import check from './iam-role-unused.js'
import { testCheck } from '../../../test/check-tester.js'
import { iamRole } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'used yesterday', resource: iamRole({ createDate: '2024-01-01T00:00:00.000Z', lastUsedDate: '2026-11-26T00:00:00.000Z' }) },
    { name: 'created last week, not used yet', resource: iamRole({ createDate: '2026-11-20T00:00:00.000Z' }) },
    { name: 'a longer limit by configuration', resource: iamRole({ createDate: '2024-01-01T00:00:00.000Z', lastUsedDate: '2026-06-01T00:00:00.000Z' }), options: { maxUnusedDays: 365 } },
  ],
  invalid: [
    { name: 'last used half a year ago', resource: iamRole({ createDate: '2024-01-01T00:00:00.000Z', lastUsedDate: '2026-05-01T00:00:00.000Z' }), messageId: 'unused', at: 'lastUsedDate' },
    { name: 'created in 2024, never used', resource: iamRole({ createDate: '2024-01-01T00:00:00.000Z' }), messageId: 'never-used' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: iamRole({ createDate: '2024-01-01T00:00:00.000Z' }), gaps: [{ resourceType: 'iam.role', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'no dates at all', resource: iamRole() },
  ],
  skip: [{ name: 'service-linked role', resource: iamRole({ name: 'AWSServiceRoleForSupport', path: '/aws-service-role/support.amazonaws.com/', createDate: '2020-01-01T00:00:00.000Z' }) }],
})
