import check from './dynamodb-table-in-backup-plan.js'
import { testCheck } from '../../../test/check-tester.js'
import { backupPlan, dynamoTable, dynamoTableArn } from '../../../test/factories/index.js'
import type { BackupSelection } from '../../model/backup.js'

const sel = (over: Partial<BackupSelection>): BackupSelection => ({ name: 'sel', resources: [], notResources: [], anyOfTags: [], allOf: [], ...over })
const plan = (s: BackupSelection, over = {}) => ({ 'backup.plan': [backupPlan({ selections: [s], ...over })] })

testCheck(check, {
  valid: [
    { name: 'tag condition matches', resource: dynamoTable(), related: { 'backup.plan': [backupPlan()] } },
    { name: 'ARN wildcard for every table', resource: dynamoTable({ tags: {} }), related: plan(sel({ resources: ['arn:aws:dynamodb:*:*:table/*'] })) },
    { name: 'exact ARN', resource: dynamoTable({ tags: {} }), related: plan(sel({ resources: [dynamoTableArn('orders')] })) },
    { name: 'ListOfTags: any one tag', resource: dynamoTable(), related: plan(sel({ anyOfTags: [{ key: 'tier', value: 'gold' }, { key: 'backup', value: 'daily' }] })) },
    { name: 'type named explicitly: opt-out does not apply', resource: dynamoTable({ tags: {} }), related: plan(sel({ resources: ['arn:aws:dynamodb:*:*:table/*'] }), { resourceTypeOptIn: { DynamoDB: false } }) },
    { name: 'StringLike on a tag', resource: dynamoTable({ tags: { env: 'prod-eu' } }), related: plan(sel({ resources: ['*'], allOf: [{ operator: 'StringLike', key: 'env', value: 'prod-*' }] })) },
  ],
  invalid: [
    { name: 'no plan at all', resource: dynamoTable(), messageId: 'none' },
    { name: 'tag value differs', resource: dynamoTable({ tags: { backup: 'weekly' } }), related: { 'backup.plan': [backupPlan()] }, messageId: 'none' },
    { name: 'excluded by NotResources', resource: dynamoTable({ tags: {} }), related: plan(sel({ resources: ['*'], notResources: ['arn:aws:dynamodb:*:*:table/*'] })), messageId: 'none' },
    { name: 'only other services selected', resource: dynamoTable({ tags: {} }), related: plan(sel({ resources: ['arn:aws:ec2:*:*:volume/*'] })), messageId: 'none' },
    { name: 'StringNotEquals excludes it', resource: dynamoTable({ tags: { env: 'dev' } }), related: plan(sel({ resources: ['*'], allOf: [{ operator: 'StringNotEquals', key: 'env', value: 'dev' }] })), messageId: 'none' },
    { name: 'plan in another region', resource: dynamoTable(), related: { 'backup.plan': [backupPlan({ region: 'eu-west-1' })] }, messageId: 'none' },
    { name: 'selected by tag but DynamoDB opted out', resource: dynamoTable(), related: { 'backup.plan': [backupPlan({ resourceTypeOptIn: { DynamoDB: false } })] }, messageId: 'optedOut' },
    { name: 'plan without rules backs nothing up', resource: dynamoTable(), related: { 'backup.plan': [backupPlan({ rules: [] })] }, messageId: 'none' },
  ],
  unknown: [
    { name: 'plans could not be listed', resource: dynamoTable(), gaps: [{ resourceType: 'backup.plan', region: 'us-east-1', code: 'AccessDenied', message: 'backup:ListBackupPlans denied' }] },
    { name: 'table tags unreadable', resource: dynamoTable({ unresolved: { tags: 'AccessDenied (dynamodb:ListTagsOfResource)' } }), related: { 'backup.plan': [backupPlan()] } },
  ],
})
