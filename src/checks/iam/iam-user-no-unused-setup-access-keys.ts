import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-user-no-unused-setup-access-keys',
    resourceType: 'iam.credential-report-entry',
    title: 'Console users have no access key that was never used',
    severity: 'low',
    categories: ['secrets', 'least-privilege'],
    liveOnly: true,
    description:
      'Finds IAM users with a console password that also have an active access key the credential report shows as never used. That is the typical trace of a key created "just in case" when the user was set up (the console\'s user wizard used to offer it). Users without a console password, and keys that were used, do not fail here.',
    risk: 'A key created at setup and never used serves no one, yet it is a working long-term credential — often shown once on screen, pasted into an e-mail or a chat, and forgotten there.',
    remediation: {
      text: 'Delete access keys that were never used. Create keys only when the user actually needs programmatic access, and prefer short-lived credentials (IAM Identity Center, `aws sso login`, roles) over user keys.',
      cli: 'aws iam list-access-keys --user-name <user>\naws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    },
    messages: {
      none: '{{name}} has no unused access key.',
      unused: '{{name}} has a console password and {{count}} active access key(s) that were never used.',
    },
  },
  evaluate(entry, { pass, fail, skip }) {
    if (entry.isRoot) return []
    if (!entry.passwordEnabled) return skip('no console password')
    const unused = entry.accessKeys.filter((k) => k.active && !k.lastUsedDate).length
    return unused > 0 ? fail('unused', { data: { name: entry.name, count: unused }, at: 'accessKeys' }) : pass('none', { name: entry.name })
  },
})
