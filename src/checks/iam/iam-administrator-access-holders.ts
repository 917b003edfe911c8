import { defineCheck } from '../../core/check.js'
import { isKnownAdminPolicyArn } from '../../analysis/iam/admin-policies.js'
import { listForMessage, policyHolders } from '../../analysis/identity/attachments.js'

export default defineCheck({
  meta: {
    id: 'iam-administrator-access-holders',
    resourceType: 'iam.account',
    reads: ['iam.role', 'iam.user', 'iam.group'],
    title: 'No role, user or group holds an AWS managed administrator policy',
    severity: 'info',
    categories: ['least-privilege', 'governance'],
    description:
      'Lists every role, user and group with AdministratorAccess (or another AWS managed policy that data/aws-admin-policies.json lists as administrator-equivalent) attached, and the users who get it through a group. It is informational: some administrators are expected. The finding is there so the list gets reviewed — anything unexpected on it, especially users with long-lived keys or roles that workloads assume, is a real problem. Customer managed and inline administrator policies are reported by iam-policy-no-full-admin and the inline-policy checks. Live-only: it judges every principal in the account, which no single template holds.',
    risk: 'Every holder of an administrator policy can do anything in the account, including erasing the evidence. The more holders, and the less they are reviewed, the more likely one of them is compromised or misused.',
    remediation: {
      text: 'Review the list. Keep administrator access on a few roles assumed through IAM Identity Center or with MFA, remove it from users, groups and workload roles, and give those the permissions they need instead.',
      cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    },
    messages: {
      none: 'No role, user or group has an AWS managed administrator policy attached.',
      holders: '{{count}} principal(s) hold an AWS managed administrator policy: {{holders}}.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    const h = policyHolders(inventory, isKnownAdminPolicyArn)
    if (h.all.length === 0) return pass('none')
    return fail('holders', { count: h.all.length, holders: listForMessage(h.all) })
  },
})
