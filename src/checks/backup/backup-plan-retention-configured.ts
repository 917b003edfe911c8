import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'backup-plan-retention-configured',
    resourceType: 'backup.plan',
    title: 'AWS Backup plan rules keep recovery points for a set, sufficient time',
    severity: 'low',
    categories: ['resilience', 'governance'],
    description: 'Checks every rule of each backup plan: it must delete recovery points after a set number of days (a lifecycle), and that number must be at least `minRetentionDays` (default 7). A rule without a lifecycle keeps recovery points forever.',
    risk: 'Recovery points kept forever accumulate personal data past any retention obligation and cost without bound; recovery points kept only a day or two are gone before many incidents are even noticed.',
    remediation: {
      text: 'Give each rule a lifecycle whose DeleteAfterDays matches the data\'s retention requirement (at least a week).',
      cli: 'aws backup update-backup-plan --backup-plan-id <plan-id> --backup-plan file://plan.json  # each rule with "Lifecycle": {"DeleteAfterDays": 35}',
      cloudformation: 'Type: AWS::Backup::BackupPlan\nProperties:\n  BackupPlan:\n    BackupPlanName: daily\n    BackupPlanRule:\n      - RuleName: daily-35d\n        TargetBackupVault: primary\n        ScheduleExpression: cron(0 5 ? * * *)\n        Lifecycle: { DeleteAfterDays: 35 }',
      terraform: 'resource "aws_backup_plan" "daily" {\n  name = "daily"\n  rule {\n    rule_name         = "daily-35d"\n    target_vault_name = "primary"\n    schedule          = "cron(0 5 ? * * *)"\n    lifecycle {\n      delete_after = 35\n    }\n  }\n}',
    },
    messages: {
      set: 'Rule {{rule}} of backup plan {{name}} keeps recovery points {{days}} days.',
      forever: 'Rule {{rule}} of backup plan {{name}} has no lifecycle: its recovery points are kept forever.',
      short: 'Rule {{rule}} of backup plan {{name}} keeps recovery points only {{days}} days (at least {{min}} expected).',
    },
    options: { minRetentionDays: 7 },
  },
  evaluate(plan, { pass, fail, skip, options }) {
    if (!plan.rules.length) return skip('the plan has no rules')
    const min = Number(options.minRetentionDays ?? 7)
    return plan.rules.map((rule, i) => {
      const at = `rules.${i}.deleteAfterDays`
      const subject = `rule ${rule.name}`
      if (rule.deleteAfterDays === undefined) return fail('forever', { data: { name: plan.name, rule: rule.name }, at, subject })
      if (rule.deleteAfterDays < min) return fail('short', { data: { name: plan.name, rule: rule.name, days: rule.deleteAfterDays, min }, at, subject })
      return pass('set', { data: { name: plan.name, rule: rule.name, days: rule.deleteAfterDays }, subject })
    })
  },
})
