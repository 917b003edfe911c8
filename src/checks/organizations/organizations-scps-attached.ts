import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'organizations-scps-attached',
    resourceType: 'organizations.organization',
    title: 'Service control policies set guardrails for the organization\'s accounts',
    severity: 'medium',
    categories: ['governance', 'least-privilege'],
    description:
      'For an account in AWS Organizations: checks that the organization has all features enabled, that the SERVICE_CONTROL_POLICY type is enabled on its root, and that at least one service control policy other than the AWS managed FullAWSAccess (which restricts nothing) is attached to the root, an OU or an account. Only the management account and delegated administrators can list policies: from other accounts the answer is unknown. Accounts outside an organization are skipped. What the SCPs deny is not judged.',
    risk: 'SCPs are the only control a member account\'s own administrators cannot remove: they stop anyone in the account from leaving the organization, disabling CloudTrail or GuardDuty, using unapproved regions or creating IAM users with keys. Without them every account is exactly as safe as its least careful administrator.',
    remediation: {
      text: 'From the management account, enable all features and the SCP policy type, then attach guardrail SCPs (deny leaving the organization, deny stopping CloudTrail/GuardDuty/Config, deny unused regions) to the root or to the OUs of workload accounts.',
      cli: 'aws organizations enable-policy-type --root-id <root-id> --policy-type SERVICE_CONTROL_POLICY\naws organizations create-policy --type SERVICE_CONTROL_POLICY --name guardrails --description "baseline guardrails" --content file://guardrails.json\naws organizations attach-policy --policy-id <policy-id> --target-id <root-or-ou-id>',
      cloudformation: 'Type: AWS::Organizations::Policy\nProperties:\n  Name: guardrails\n  Type: SERVICE_CONTROL_POLICY\n  TargetIds: [!Ref WorkloadsOu]\n  Content:\n    Version: "2012-10-17"\n    Statement:\n      - Sid: DenyLeavingOrganization\n        Effect: Deny\n        Action: organizations:LeaveOrganization\n        Resource: "*"\n      - Sid: ProtectCloudTrail\n        Effect: Deny\n        Action: [cloudtrail:StopLogging, cloudtrail:DeleteTrail]\n        Resource: "*"',
      terraform: 'resource "aws_organizations_policy" "guardrails" {\n  name    = "guardrails"\n  type    = "SERVICE_CONTROL_POLICY"\n  content = data.aws_iam_policy_document.guardrails.json\n}\n\nresource "aws_organizations_policy_attachment" "workloads" {\n  policy_id = aws_organizations_policy.guardrails.id\n  target_id = aws_organizations_organizational_unit.workloads.id\n}',
    },
    messages: {
      attached: 'Organization {{organization}} attaches {{count}} guardrail SCP(s), e.g. {{policy}}.',
      consolidatedBilling: 'Organization {{organization}} has consolidated billing only: service control policies are not available.',
      notEnabled: 'The SERVICE_CONTROL_POLICY type is not enabled on the root of organization {{organization}}.',
      onlyFullAccess: 'Organization {{organization}} attaches no service control policy other than FullAWSAccess: nothing is restricted.',
    },
    liveOnly: true,
  },
  evaluate(org, { pass, fail, skip }) {
    if (!org.member) return skip('the account is not in an AWS organization')
    const data = { organization: org.organizationId }
    if (org.featureSet === 'CONSOLIDATED_BILLING') return fail('consolidatedBilling', { data, at: 'featureSet' })
    if (!org.enabledPolicyTypes.includes('SERVICE_CONTROL_POLICY')) return fail('notEnabled', { data, at: 'enabledPolicyTypes' })
    const guardrails = org.serviceControlPolicies.filter((p) => !p.awsManaged && p.targets.length > 0)
    if (guardrails.length === 0) return fail('onlyFullAccess', { data, at: 'serviceControlPolicies' })
    return pass('attached', { ...data, count: guardrails.length, policy: guardrails[0]!.name })
  },
})
