import { defineCheck } from '../../core/check.js'
import { awsManagedPolicyMatcher, listForMessage, policyHolders } from '../../analysis/identity/attachments.js'

export default defineCheck({
  meta: {
    id: 'iam-cloudshell-full-access-not-attached',
    resourceType: 'iam.account',
    reads: ['iam.role', 'iam.user', 'iam.group'],
    title: 'Nobody has the AWSCloudShellFullAccess policy attached',
    severity: 'medium',
    categories: ['least-privilege', 'public-exposure'],
    description: 'Lists every role, user and group with the AWS managed AWSCloudShellFullAccess policy attached (and the users who get it through a group). The account fails when there is any. Live-only: it judges every principal in the account, which no single template holds.',
    risk: 'AWSCloudShellFullAccess includes uploading and downloading files between CloudShell and the user\'s computer, and a CloudShell environment has internet access: together they make an easy, unlogged path to move data out of the account or tools into it.',
    remediation: {
      text: 'Detach AWSCloudShellFullAccess and, where CloudShell is needed, grant a custom policy that allows cloudshell:CreateSession and related actions but denies cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls.',
      cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-group-policy --group-name <group> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
      terraform: 'resource "aws_iam_policy" "cloudshell_no_transfer" {\n  name = "cloudshell-no-file-transfer"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      { Effect = "Allow", Action = ["cloudshell:*"], Resource = "*" },\n      { Effect = "Deny", Action = ["cloudshell:GetFileDownloadUrls", "cloudshell:GetFileUploadUrls"], Resource = "*" }\n    ]\n  })\n}\n# attach this instead of arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    },
    messages: {
      none: 'No role, user or group has AWSCloudShellFullAccess attached.',
      attached: 'AWSCloudShellFullAccess is attached to {{count}} principal(s): {{holders}}.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    const h = policyHolders(inventory, awsManagedPolicyMatcher('AWSCloudShellFullAccess'))
    if (h.all.length === 0) return pass('none')
    return fail('attached', { count: h.all.length, holders: listForMessage(h.all) })
  },
})
