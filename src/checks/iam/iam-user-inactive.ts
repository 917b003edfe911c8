import { defineCheck } from '../../core/check.js'
import { daysSince, latest, numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-user-inactive',
    resourceType: 'iam.credential-report-entry',
    title: 'IAM users have been active within the last 90 days',
    severity: 'low',
    categories: ['least-privilege', 'lifecycle'],
    liveOnly: true,
    options: { maxInactiveDays: 90 },
    description:
      'Takes the latest activity of each IAM user from the credential report — console sign-in or use of either access key. A user fails when that is more than `maxInactiveDays` days (default 90) before the scan, or when it never did anything and was created longer ago than that. Unlike the 45-day credential checks, this one asks whether the identity itself is still needed.',
    risk: 'Users that nobody uses keep their permissions, group memberships and any credentials they still have. They are typically left over from people who moved on or from retired automation, and are an easy place for an intruder to hide.',
    remediation: {
      text: 'Confirm with the owner that the user is no longer needed, then remove its credentials, group memberships and policies, and delete it. For people, move to IAM Identity Center; for workloads, to IAM roles.',
      cli: 'aws iam delete-login-profile --user-name <user>\naws iam list-access-keys --user-name <user>   # delete each: aws iam delete-access-key --user-name <user> --access-key-id <id>\naws iam list-groups-for-user --user-name <user>   # remove each: aws iam remove-user-from-group --group-name <group> --user-name <user>\naws iam delete-user --user-name <user>',
    },
    messages: {
      active: '{{name}} was last active {{days}} day(s) ago.',
      new: '{{name}} was created {{days}} day(s) ago and has not been used yet.',
      inactive: '{{name}} has not been used for {{days}} days (limit {{limit}}).',
      'never-used': '{{name}} was created {{days}} days ago (limit {{limit}}) and never used.',
    },
  },
  evaluate(entry, { pass, fail, unknown, options, now }) {
    if (entry.isRoot) return []
    const limit = numberOption(options, 'maxInactiveDays', 90)
    const name = entry.name
    const last = latest(entry.passwordLastUsed, ...entry.accessKeys.map((k) => k.lastUsedDate))
    if (last) {
      const days = daysSince(last, now) ?? Infinity
      return days > limit ? fail('inactive', { data: { name, days, limit }, at: 'passwordLastUsed' }) : pass('active', { name, days: Math.max(0, days) })
    }
    const age = daysSince(entry.userCreationTime, now)
    if (age === undefined) return unknown('the user has no recorded activity and no creation date')
    return age > limit ? fail('never-used', { data: { name, days: age, limit }, at: 'userCreationTime' }) : pass('new', { name, days: Math.max(0, age) })
  },
})
