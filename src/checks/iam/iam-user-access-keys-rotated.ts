import { defineCheck, type Verdict } from '../../core/check.js'
import { daysSince, numberOption } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-user-access-keys-rotated',
    resourceType: 'iam.credential-report-entry',
    title: 'Active access keys are rotated at least every 90 days',
    severity: 'medium',
    categories: ['secrets', 'lifecycle'],
    liveOnly: true,
    options: { maxAgeDays: 90 },
    description: 'For each active access key of each IAM user, reads when it was created or last rotated (`access_key_N_last_rotated` in the credential report). A key fails when it is more than `maxAgeDays` days old (default 90). One verdict per active key.',
    risk: 'The older a key, the more places it has been copied to and the longer a leaked copy keeps working. Regular rotation bounds how long a leaked key is useful to an attacker.',
    remediation: {
      text: 'Create a second key, move every consumer to it, deactivate the old key, and delete it once nothing fails. Better, replace the user\'s keys with a role the workload assumes, so credentials are short-lived by construction.',
      cli: 'aws iam create-access-key --user-name <user>\n# update every consumer, then:\naws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive\naws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
    },
    messages: {
      fresh: 'Access key {{slot}} of {{name}} is {{days}} day(s) old.',
      old: 'Access key {{slot}} of {{name}} is {{days}} days old (limit {{limit}}).',
    },
  },
  evaluate(entry, { pass, fail, skip, unknown, options, now }) {
    if (entry.isRoot) return []
    const active = entry.accessKeys.filter((k) => k.active)
    if (active.length === 0) return skip('no active access key')
    const limit = numberOption(options, 'maxAgeDays', 90)
    return active.map((k): Verdict => {
      const age = daysSince(k.lastRotated, now)
      if (age === undefined) return unknown(`access key ${k.slot} has no creation date`, { at: 'accessKeys' })
      const data = { name: entry.name, slot: k.slot, days: Math.max(0, age), limit }
      return age > limit ? fail('old', { data, at: 'accessKeys', subject: `access key ${k.slot}` }) : pass('fresh', { data, subject: `access key ${k.slot}` })
    })
  },
})
