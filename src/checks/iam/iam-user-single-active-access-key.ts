import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-user-single-active-access-key',
    resourceType: 'iam.credential-report-entry',
    title: 'Each IAM user has at most one active access key',
    severity: 'low',
    categories: ['secrets', 'lifecycle'],
    liveOnly: true,
    description: 'Counts the active access keys of each IAM user in the credential report. A user fails with two active keys. Two keys are expected for a short time during a rotation; a second key that stays active usually means the rotation was never finished.',
    risk: 'Every active key is another secret to protect. When both stay active after a rotation, the old one — the one most likely to have leaked — keeps working.',
    remediation: {
      text: 'Find which key is still in use (the credential report and `aws iam get-access-key-last-used` show the last use), move its consumers to one key, then deactivate and delete the other.',
      cli: 'aws iam list-access-keys --user-name <user>\naws iam get-access-key-last-used --access-key-id <key-id>\naws iam update-access-key --user-name <user> --access-key-id <unused-key-id> --status Inactive',
    },
    messages: {
      one: '{{name}} has one active access key.',
      two: '{{name}} has two active access keys.',
    },
  },
  evaluate(entry, { pass, fail, skip }) {
    if (entry.isRoot) return []
    const active = entry.accessKeys.filter((k) => k.active).length
    if (active === 0) return skip('no active access key')
    return active > 1 ? fail('two', { data: { name: entry.name }, at: 'accessKeys' }) : pass('one', { name: entry.name })
  },
})
