import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'organizations-policy-management-delegated',
    resourceType: 'organizations.organization',
    title: 'Organizations policy management is delegated out of the management account',
    severity: 'low',
    categories: ['governance'],
    description:
      'For an account in AWS Organizations: checks that the organization has a resource-based delegation policy (organizations:DescribeResourcePolicy), which lets a member account manage SCPs, tag and backup policies without signing in to the management account. Readable from the management account or a delegated administrator only; accounts outside an organization are skipped.',
    risk: 'When every policy change needs the management account, its powerful, SCP-exempt principals are used routinely, and more people hold them. Delegating policy management to a member account keeps the management account for the few tasks only it can do.',
    remediation: {
      text: 'From the management account, put a delegation policy that lets a governance account manage Organizations policies (organizations:Describe*, List*, CreatePolicy, UpdatePolicy, AttachPolicy, DetachPolicy …).',
      cli: 'aws organizations put-resource-policy --content file://delegation-policy.json',
      cloudformation: 'Type: AWS::Organizations::ResourcePolicy\nProperties:\n  Content:\n    Version: "2012-10-17"\n    Statement:\n      - Sid: DelegatePolicyManagement\n        Effect: Allow\n        Principal: { AWS: arn:aws:iam::444455556666:root }\n        Action: [organizations:DescribeOrganization, organizations:ListPolicies, organizations:CreatePolicy, organizations:UpdatePolicy, organizations:AttachPolicy, organizations:DetachPolicy]\n        Resource: "*"',
      terraform: 'resource "aws_organizations_resource_policy" "delegation" {\n  content = data.aws_iam_policy_document.delegate_policy_management.json\n}',
    },
    messages: {
      delegated: 'Organization {{organization}} has a delegation policy for policy management.',
      notDelegated: 'Organization {{organization}} has no delegation policy: SCPs and other policies are managed from the management account.',
    },
    liveOnly: true,
  },
  evaluate(org, { pass, fail, skip }) {
    if (!org.member) return skip('the account is not in an AWS organization')
    const data = { organization: org.organizationId }
    return org.hasDelegationPolicy ? pass('delegated', data) : fail('notDelegated', { data, at: 'hasDelegationPolicy' })
  },
})
