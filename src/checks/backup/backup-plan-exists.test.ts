import check from './backup-plan-exists.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, backupPlan } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'a plan with a rule and an assignment', resource: accountRegion(), related: { 'backup.plan': [backupPlan()] } }],
  invalid: [
    { name: 'no plan', resource: accountRegion(), messageId: 'none' },
    { name: 'only a plan in another region', resource: accountRegion(), related: { 'backup.plan': [backupPlan({ region: 'eu-west-1' })] }, messageId: 'none' },
    { name: 'a plan that assigns nothing', resource: accountRegion(), related: { 'backup.plan': [backupPlan({ selections: [] })] }, messageId: 'empty' },
  ],
  unknown: [{ name: 'plans could not be listed', resource: accountRegion(), gaps: [{ resourceType: 'backup.plan', region: 'us-east-1', code: 'AccessDenied', message: 'backup:ListBackupPlans denied' }] }],
})
