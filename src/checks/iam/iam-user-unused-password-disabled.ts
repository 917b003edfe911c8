import { defineCheck } from '../../core/check.js'
import { daysSince, numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-user-unused-password-disabled',
    resourceType: 'iam.credential-report-entry',
    title: 'Console passwords unused for 45 days are removed',
    severity: 'medium',
    categories: ['least-privilege', 'lifecycle'],
    liveOnly: true,
    options: { maxUnusedDays: 45 },
    description:
      'For each IAM user with a console password, takes its last console sign-in from the credential report — or, when it never signed in, the date the password was set (else the user\'s creation date). The user fails when that is more than `maxUnusedDays` days (default 45) before the scan. Access keys are checked separately by iam-user-unused-access-keys-disabled.',
    risk: 'A password nobody uses is a credential nobody watches: it stays valid after its owner left or changed roles, and a sign-in with it is unlikely to be noticed.',
    remediation: {
      text: 'Remove the console password of users who no longer sign in (their access keys and group memberships are untouched); recreate it when the person needs console access again. Prefer IAM Identity Center, where access ends with the directory account.',
      cli: 'aws iam delete-login-profile --user-name <user>',
    },
    messages: {
      used: '{{name}} last signed in {{days}} day(s) ago.',
      new: '{{name}} has a console password set {{days}} day(s) ago and has not signed in yet.',
      unused: '{{name}} has not signed in for {{days}} days (limit {{limit}}) but still has a console password.',
      'never-used': '{{name}} has had a console password for {{days}} days (limit {{limit}}) and never signed in.',
    },
  },
  evaluate(entry, { pass, fail, skip, unknown, options, now }) {
    if (entry.isRoot) return []
    if (!entry.passwordEnabled) return skip('no console password')
    const limit = numberOption(options, 'maxUnusedDays', 45)
    const name = entry.name
    if (entry.passwordLastUsed) {
      const days = daysSince(entry.passwordLastUsed, now) ?? Infinity
      return days > limit ? fail('unused', { data: { name, days, limit }, at: 'passwordLastUsed' }) : pass('used', { name, days: Math.max(0, days) })
    }
    const since = daysSince(entry.passwordLastChanged ?? entry.userCreationTime, now)
    if (since === undefined) return unknown('neither a last sign-in nor the date the password was set is known', { at: 'passwordLastUsed' })
    return since > limit ? fail('never-used', { data: { name, days: since, limit }, at: 'passwordLastUsed' }) : pass('new', { name, days: Math.max(0, since) })
  },
})
