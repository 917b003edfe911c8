import { defineCheck } from '../../core/check.js'
import { listForMessage } from '../../analysis/identity/attachments.js'

export default defineCheck({
  meta: {
    id: 'iam-identity-federation-used',
    resourceType: 'iam.account',
    reads: ['iam.saml-provider', 'iam.oidc-provider', 'iam.credential-report-entry'],
    title: 'People sign in through federation, not IAM user passwords',
    severity: 'low',
    categories: ['governance', 'least-privilege'],
    liveOnly: true,
    description:
      'Inventories the account\'s identity providers — SAML providers (IAM Identity Center creates one named AWSSSO_…_DO_NOT_DELETE in each account it manages) and OpenID Connect providers (usually CI/CD or Kubernetes workloads) — and counts the IAM users with a console password from the credential report. The account passes when a SAML provider exists or no IAM user has a console password; it fails when people sign in with IAM user passwords and no SAML federation is set up. OIDC providers are listed for review only: they serve workloads, not people.',
    risk: 'IAM user passwords live outside the organization\'s identity lifecycle: when someone leaves, nothing disables their AWS access, and password and MFA rules are set per account instead of once in the identity provider.',
    remediation: {
      text: 'Connect the account to your identity provider through IAM Identity Center (or a SAML 2.0 provider and roles), move people to it, then remove the IAM users\' console passwords.',
      cli: 'aws iam list-saml-providers\naws iam list-open-id-connect-providers\naws iam delete-login-profile --user-name <user>   # once the user signs in through federation',
    },
    messages: {
      federated: 'SAML federation is configured ({{saml}}); OIDC providers: {{oidc}}.',
      'no-console-users': 'No IAM user has a console password; OIDC providers: {{oidc}}.',
      local: '{{count}} IAM user(s) sign in with a console password ({{users}}) and no SAML identity provider is configured; OIDC providers: {{oidc}}.',
    },
  },
  evaluate(account, { pass, fail, inventory }) {
    const oidcList = inventory.list('iam.oidc-provider').map((p) => p.url)
    const oidc = oidcList.length ? listForMessage(oidcList) : 'none'
    const saml = inventory.list('iam.saml-provider')
    if (saml.length > 0) return pass('federated', { saml: listForMessage(saml.map((p) => p.name)), oidc })
    const consoleUsers = inventory.list('iam.credential-report-entry').filter((e) => !e.isRoot && e.passwordEnabled === true)
    if (consoleUsers.length === 0) return pass('no-console-users', { oidc })
    return fail('local', { count: consoleUsers.length, users: listForMessage(consoleUsers.map((u) => u.name), 5), oidc })
  },
})
