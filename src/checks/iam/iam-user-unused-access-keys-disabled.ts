import { defineCheck, type Verdict } from '../../core/check.js'
import { daysSince, numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-user-unused-access-keys-disabled',
    resourceType: 'iam.credential-report-entry',
    title: 'Access keys unused for 45 days are deactivated',
    severity: 'medium',
    categories: ['least-privilege', 'lifecycle', 'secrets'],
    liveOnly: true,
    options: { maxUnusedDays: 45 },
    description:
      'For each active access key of each IAM user, takes its last use from the credential report — or, for a key that was never used, the date it was created. A key fails when that is more than `maxUnusedDays` days (default 45) before the scan. One verdict per active key.',
    risk: 'A key nobody uses still works: it sits in old configuration files, CI variables or laptops, where it can leak, and its use by someone else stands out to nobody.',
    remediation: {
      text: 'Deactivate keys that are not used, wait to see that nothing breaks, then delete them. Replace long-lived keys with IAM roles (instance profiles, IRSA, OIDC federation for CI).',
      cli: 'aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive\naws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    },
    messages: {
      used: 'Access key {{slot}} of {{name}} was used {{days}} day(s) ago.',
      new: 'Access key {{slot}} of {{name}} was created {{days}} day(s) ago and has not been used yet.',
      unused: 'Access key {{slot}} of {{name}} is active but unused for {{days}} days (limit {{limit}}).',
      'never-used': 'Access key {{slot}} of {{name}} is active, {{days}} days old (limit {{limit}}), and was never used.',
    },
  },
  evaluate(entry, { pass, fail, skip, unknown, options, now }) {
    if (entry.isRoot) return []
    const active = entry.accessKeys.filter((k) => k.active)
    if (active.length === 0) return skip('no active access key')
    const limit = numberOption(options, 'maxUnusedDays', 45)
    const name = entry.name
    return active.map((k): Verdict => {
      const subject = `access key ${k.slot}`
      const at = `accessKeys`
      if (k.lastUsedDate) {
        const days = daysSince(k.lastUsedDate, now) ?? Infinity
        return days > limit ? fail('unused', { data: { name, slot: k.slot, days, limit }, at, subject }) : pass('used', { data: { name, slot: k.slot, days: Math.max(0, days) }, subject })
      }
      const age = daysSince(k.lastRotated, now)
      if (age === undefined) return unknown(`access key ${k.slot} has neither a last-use nor a creation date`, { at })
      return age > limit ? fail('never-used', { data: { name, slot: k.slot, days: age, limit }, at, subject }) : pass('new', { data: { name, slot: k.slot, days: Math.max(0, age) }, subject })
    })
  },
})
