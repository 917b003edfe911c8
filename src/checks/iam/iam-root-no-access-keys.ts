import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-root-no-access-keys',
    resourceType: 'iam.credential-report-entry',
    title: 'The root user has no access keys',
    severity: 'critical',
    categories: ['least-privilege', 'secrets'],
    liveOnly: true,
    description:
      'Reads the root user\'s row of the IAM credential report. The root user fails when either of its two access key slots holds a key: an active key, or an inactive one that still exists and could be switched back on. Rows of IAM users are not evaluated by this check.',
    risk:
      'A root access key signs API calls with unlimited power over the account, and no IAM policy or permissions boundary can restrict it (only an organization SCP can). A key that leaks from a laptop, a script or a CI variable hands over the whole account, including billing and account closure.',
    remediation: {
      text: 'Sign in as the root user, open Security credentials, and delete every access key listed there (deactivate it first if you need to confirm nothing depends on it). Use IAM roles or IAM Identity Center for programmatic access instead. Root access keys can only be managed while signed in as root, so there is no CLI, CloudFormation or Terraform fix to run with another identity.',
    },
    messages: {
      none: 'The root user has no access keys.',
      active: 'The root user has {{count}} active access key(s).',
      inactive: 'The root user has {{count}} inactive access key(s) that still exist.',
    },
  },
  evaluate(entry, { pass, fail }) {
    if (!entry.isRoot) return []
    const active = entry.accessKeys.filter((k) => k.active).length
    if (active > 0) return fail('active', { data: { count: active }, at: 'accessKeys' })
    if (entry.accessKeys.length > 0) return fail('inactive', { data: { count: entry.accessKeys.length }, at: 'accessKeys' })
    return pass('none')
  },
})
