import { defineCheck } from '../../core/check.js'
import { daysSince, latest, numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-root-not-used-recently',
    resourceType: 'iam.credential-report-entry',
    title: 'The root user has not been used recently',
    severity: 'high',
    categories: ['least-privilege', 'monitoring'],
    liveOnly: true,
    options: { recentDays: 30 },
    description:
      'Takes the latest of the root user\'s console sign-in and its access keys\' last use from the credential report. The root user fails when that is within the last `recentDays` days (default 30) of the scan. The report is regenerated at most every four hours, so very recent use may not show yet. Rows of IAM users are not evaluated by this check.',
    risk: 'Routine use of the root user means its credentials are typed, stored and exposed often, and every action taken with it bypasses IAM policies and permissions boundaries. Unexpected recent use can also be the first sign that the root credentials were stolen.',
    remediation: {
      text: 'Do everyday administration through IAM Identity Center or IAM roles with least-privilege permissions. Keep the root user for the few tasks that require it, and confirm the recent use in CloudTrail (userIdentity.type = Root); if it was not yours, rotate the root password, review MFA devices and access keys, and investigate.',
      cli: "aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root --max-results 20",
    },
    messages: {
      'not-recent': 'The root user was last used {{days}} days ago (more than {{limit}}).',
      'never-used': 'The root user has no recorded sign-in or access key use.',
      recent: 'The root user was used {{days}} day(s) ago ({{via}}), within the last {{limit}} days.',
    },
  },
  evaluate(entry, { pass, fail, options, now }) {
    if (!entry.isRoot) return []
    const limit = numberOption(options, 'recentDays', 30)
    const keyUse = latest(...entry.accessKeys.map((k) => k.lastUsedDate))
    const last = latest(entry.passwordLastUsed, keyUse)
    if (!last) return pass('never-used')
    const days = daysSince(last, now) ?? Infinity
    if (days > limit) return pass('not-recent', { days, limit })
    const via = last === entry.passwordLastUsed ? 'console sign-in' : 'access key'
    return fail('recent', { data: { days: Math.max(0, days), limit, via }, at: via === 'access key' ? 'accessKeys' : 'passwordLastUsed' })
  },
})
