import { defineCheck } from '../../core/check.js'
import { daysSince, numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-role-unused',
    resourceType: 'iam.role',
    title: 'IAM roles have been used within the last 90 days',
    severity: 'low',
    categories: ['least-privilege', 'lifecycle'],
    liveOnly: true,
    options: { maxUnusedDays: 90 },
    description:
      'Reads RoleLastUsed (from GetAccountAuthorizationDetails): a role fails when it was last assumed more than `maxUnusedDays` days (default 90) before the scan, or never and it was created longer ago than that. IAM records the last use for about the past 400 days and may lag by a few hours. Service-linked roles (path /aws-service-role/) are managed by AWS services and are not evaluated.',
    risk: 'Unused roles keep their permissions and their trust relationships. Forgotten roles — especially ones other accounts or CI systems can assume — are a quiet way back into the account and are rarely reviewed.',
    remediation: {
      text: 'Confirm with the owner that the role is no longer needed (check its trust policy and CloudTrail for AssumeRole events), then delete its inline policies, detach its managed policies, remove it from instance profiles, and delete it.',
      cli: 'aws iam get-role --role-name <role> --query Role.RoleLastUsed\naws iam list-attached-role-policies --role-name <role>   # detach each: aws iam detach-role-policy --role-name <role> --policy-arn <arn>\naws iam list-role-policies --role-name <role>           # delete each: aws iam delete-role-policy --role-name <role> --policy-name <name>\naws iam delete-role --role-name <role>',
    },
    messages: {
      used: '{{name}} was last used {{days}} day(s) ago.',
      new: '{{name}} was created {{days}} day(s) ago and has not been used yet.',
      unused: '{{name}} has not been used for {{days}} days (limit {{limit}}).',
      'never-used': '{{name}} was created {{days}} days ago (limit {{limit}}) and has never been used.',
    },
  },
  evaluate(role, { pass, fail, skip, unknown, options, now }) {
    if (role.path.startsWith('/aws-service-role/')) return skip('service-linked role')
    const limit = numberOption(options, 'maxUnusedDays', 90)
    const name = role.name
    if (role.lastUsedDate) {
      const days = daysSince(role.lastUsedDate, now) ?? Infinity
      return days > limit ? fail('unused', { data: { name, days, limit }, at: 'lastUsedDate' }) : pass('used', { name, days: Math.max(0, days) })
    }
    const age = daysSince(role.createDate, now)
    if (age === undefined) return unknown('the role has no last-use and no creation date', { at: 'lastUsedDate' })
    return age > limit ? fail('never-used', { data: { name, days: age, limit }, at: 'lastUsedDate' }) : pass('new', { name, days: Math.max(0, age) })
  },
})
