import check from './backup-plan-retention-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { backupPlan } from '../../../test/factories/index.js'

const plan = (lifecycle: string) => `Plan:\n  Type: AWS::Backup::BackupPlan\n  Properties:\n    BackupPlan:\n      BackupPlanName: daily\n      BackupPlanRule:\n        - RuleName: daily\n          TargetBackupVault: primary\n          ScheduleExpression: cron(0 5 ? * * *)\n${lifecycle}`
const tf = (lifecycle: string) => `resource "aws_backup_plan" "p" {\n  name = "daily"\n  rule {\n    rule_name         = "daily"\n    target_vault_name = "primary"\n    schedule          = "cron(0 5 ? * * *)"\n${lifecycle}  }\n}\n`

testCheck(check, {
  valid: [{ name: '35 days', resource: backupPlan() }],
  invalid: [
    { name: 'kept forever', resource: backupPlan({ rules: [{ name: 'forever', targetVault: 'primary' }] }), messageId: 'forever', at: 'rules.0.deleteAfterDays' },
    { name: 'one rule of two too short', resource: backupPlan({ rules: [{ name: 'daily', targetVault: 'primary', deleteAfterDays: 35 }, { name: 'hourly', targetVault: 'primary', deleteAfterDays: 1 }] }), messageId: 'short', at: 'rules.1.deleteAfterDays', count: 1 },
  ],
  unknown: [{ name: 'retention from a parameter', resource: backupPlan({ unresolved: { 'rules.0.deleteAfterDays': '!Ref Days' } }) }],
  skip: [{ name: 'a plan without rules', resource: backupPlan({ rules: [] }) }],
  iac: {
    cloudformation: { good: [plan('          Lifecycle: { DeleteAfterDays: 30 }\n')], bad: [plan(''), plan('          Lifecycle: { DeleteAfterDays: 2 }\n')] },
    terraform: { good: [tf('    lifecycle {\n      delete_after = 30\n    }\n')], bad: [tf('')] },
  },
})
