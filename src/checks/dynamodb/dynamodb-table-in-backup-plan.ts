import { defineCheck } from '../../core/check.js'
import { backupCoverage } from '../../analysis/backup-coverage.js'

export default defineCheck({
  meta: {
    id: 'dynamodb-table-in-backup-plan',
    resourceType: 'dynamodb.table',
    reads: ['backup.plan'],
    title: 'DynamoDB table is protected by an AWS Backup plan',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Checks that some AWS Backup plan of the table\'s region assigns the table, through its resource assignments: resource ARN patterns, NotResources exclusions, tag conditions (ListOfTags: any; Conditions: all), and the region\'s service opt-in for assignments by tag or `*`. Backup copies live in a vault, apart from the table and its own point-in-time recovery. Live only: plans are usually managed centrally, so a template alone cannot show whether a table is protected.',
    risk: 'Point-in-time recovery goes with the table\'s account and region, and at most 35 days back. Without a Backup plan there is no long-term, separately protected copy (vault lock, cross-account or cross-region copies) to recover from after the account is compromised or the data must be restored months later.',
    remediation: {
      text: 'Assign the table to a backup plan, for example by tagging it with the tag a plan selects on, or by adding its ARN to a plan\'s resource assignment.',
      cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"dynamodb-tables","IamRoleArn":"arn:aws:iam::<account>:role/service-role/AWSBackupDefaultServiceRole","Resources":["arn:aws:dynamodb:<region>:<account>:table/<table>"]}\'',
      cloudformation: 'Type: AWS::Backup::BackupSelection\nProperties:\n  BackupPlanId: !Ref BackupPlan\n  BackupSelection:\n    SelectionName: dynamodb-tables\n    IamRoleArn: !Sub arn:aws:iam::${AWS::AccountId}:role/service-role/AWSBackupDefaultServiceRole\n    Resources: [!GetAtt Table.Arn]',
      terraform: 'resource "aws_backup_selection" "tables" {\n  name         = "dynamodb-tables"\n  plan_id      = aws_backup_plan.daily.id\n  iam_role_arn = "arn:aws:iam::<account>:role/service-role/AWSBackupDefaultServiceRole"\n  resources    = [aws_dynamodb_table.this.arn]\n}',
    },
    messages: {
      covered: 'Table {{name}} is backed up by plan {{plan}} (assignment {{selection}}).',
      none: 'No AWS Backup plan in {{region}} assigns table {{name}}.',
      optedOut: 'Backup plan {{plan}} selects table {{name}}, but DynamoDB is opted out of AWS Backup in {{region}}, so it is not backed up.',
    },
    liveOnly: true,
  },
  evaluate(t, { pass, fail, inventory }) {
    const plans = inventory.list('backup.plan', { region: t.region })
    const hits = backupCoverage({ arn: t.arn ?? t.id, tags: t.tags ?? {}, kind: 'DynamoDB' }, plans)
    const active = hits.find((h) => !h.optedOut)
    if (active) return pass('covered', { name: t.name, plan: active.plan.name, selection: active.selection.name })
    if (hits.length) return fail('optedOut', { name: t.name, plan: hits[0]!.plan.name, region: t.region })
    return fail('none', { name: t.name, region: t.region })
  },
})
