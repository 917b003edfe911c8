import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'backup-plan-exists',
    resourceType: 'account.region',
    reads: ['backup.plan'],
    title: 'The region has at least one AWS Backup plan',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that each scanned region has at least one AWS Backup plan with a rule and a resource assignment. Backup plans are regional: a region without one has no scheduled, centrally managed backups at all (service-native backups such as RDS automated backups are checked separately). Live only.',
    risk: 'Without a backup plan, recovery depends on each service\'s own short-lived backups, if any; there is no vault-protected copy to restore after deletion, ransomware or an account compromise.',
    remediation: {
      text: 'Create a backup plan in the region with a daily rule and a resource assignment (by tag, or for every supported resource), targeting a vault encrypted with a customer managed key.',
      cli: 'aws backup create-backup-plan --backup-plan \'{"BackupPlanName":"daily","Rules":[{"RuleName":"daily-35d","TargetBackupVaultName":"primary","ScheduleExpression":"cron(0 5 ? * * *)","Lifecycle":{"DeleteAfterDays":35}}]}\'\naws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"tagged","IamRoleArn":"arn:aws:iam::<account>:role/service-role/AWSBackupDefaultServiceRole","Resources":["*"],"Conditions":{"StringEquals":[{"ConditionKey":"aws:ResourceTag/backup","ConditionValue":"daily"}]}}\'',
      cloudformation: 'Type: AWS::Backup::BackupPlan\nProperties:\n  BackupPlan:\n    BackupPlanName: daily\n    BackupPlanRule:\n      - RuleName: daily-35d\n        TargetBackupVault: primary\n        ScheduleExpression: cron(0 5 ? * * *)\n        Lifecycle: { DeleteAfterDays: 35 }',
      terraform: 'resource "aws_backup_plan" "daily" {\n  name = "daily"\n  rule {\n    rule_name         = "daily-35d"\n    target_vault_name = "primary"\n    schedule          = "cron(0 5 ? * * *)"\n    lifecycle {\n      delete_after = 35\n    }\n  }\n}',
    },
    messages: {
      present: '{{region}} has {{count}} backup plan(s) that assign resources.',
      none: '{{region}} has no AWS Backup plan.',
      empty: 'The backup plans of {{region}} ({{plans}}) assign no resources.',
    },
    liveOnly: true,
  },
  evaluate(r, { pass, fail, inventory }) {
    const plans = inventory.list('backup.plan', { region: r.region })
    if (!plans.length) return fail('none', { region: r.region })
    const working = plans.filter((p) => p.rules.length > 0 && p.selections.length > 0)
    if (!working.length) return fail('empty', { region: r.region, plans: plans.map((p) => p.name).join(', ') })
    return pass('present', { region: r.region, count: working.length })
  },
})
