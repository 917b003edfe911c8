import { defineCheck } from '../../core/check.js'

const DAY = 86_400_000

export default defineCheck({
  meta: {
    id: 'secretsmanager-secret-unused',
    resourceType: 'secretsmanager.secret',
    title: 'Secrets Manager secret has been used recently',
    severity: 'medium',
    categories: ['secrets', 'lifecycle'],
    description: 'Checks when each secret was last retrieved (LastAccessedDate, which Secrets Manager records to the day): a secret not read for more than the `unusedDays` option (default 90) fails, and so does a secret created more than that long ago that has never been read. Secrets managed by another service (RDS, Redshift …) are skipped. Live only: access dates exist only in the account.',
    risk: 'Unused secrets are credentials nobody watches: if one still works somewhere it is a way in that no application depends on, so its compromise would go unnoticed; each one also costs money.',
    remediation: {
      text: 'Confirm nothing uses the secret (CloudTrail GetSecretValue events), revoke the credential it holds at its source, and schedule the secret for deletion (with a recovery window).',
      cli: 'aws secretsmanager describe-secret --secret-id <secret> --query LastAccessedDate\naws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30',
    },
    messages: {
      used: 'Secret {{name}} was last read on {{lastAccessed}}.',
      unused: 'Secret {{name}} has not been read since {{lastAccessed}} ({{days}} days).',
      'never-used': 'Secret {{name}}, created on {{created}}, has never been read.',
    },
    options: { unusedDays: 90 },
    liveOnly: true,
  },
  evaluate(s, { pass, fail, skip, unknown, options, now }) {
    if (s.owningService) return skip(`the secret is managed by ${s.owningService}`)
    const limit = Number(options.unusedDays ?? 90)
    if (s.lastAccessedDate) {
      const days = Math.floor((now.getTime() - Date.parse(s.lastAccessedDate)) / DAY)
      if (days > limit) return fail('unused', { data: { name: s.name, lastAccessed: s.lastAccessedDate.slice(0, 10), days }, at: 'lastAccessedDate' })
      return pass('used', { name: s.name, lastAccessed: s.lastAccessedDate.slice(0, 10) })
    }
    if (!s.createdDate) return unknown('neither the last access nor the creation date of the secret is known', { at: 'lastAccessedDate' })
    const age = Math.floor((now.getTime() - Date.parse(s.createdDate)) / DAY)
    // A young secret may simply not have been read yet.
    if (age <= limit) return skip(`the secret is ${age} days old and has not been read yet`)
    return fail('never-used', { data: { name: s.name, created: s.createdDate.slice(0, 10) }, at: 'lastAccessedDate' })
  },
})
