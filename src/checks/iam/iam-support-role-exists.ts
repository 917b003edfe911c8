import { defineCheck } from '../../core/check.js'
import { awsManagedPolicyMatcher, listForMessage } from '../../analysis/identity/attachments.js'

export default defineCheck({
  meta: {
    id: 'iam-support-role-exists',
    resourceType: 'iam.account',
    reads: ['iam.role'],
    title: 'A role exists for working with AWS Support',
    severity: 'low',
    categories: ['governance', 'resilience'],
    description: 'Looks for at least one IAM role with the AWS managed AWSSupportAccess policy attached. The account fails when there is none. Users and groups with the policy do not count: the control asks for a role that the incident responders assume. Live-only: the support role may be declared in any stack or created by hand, so one template cannot show it is missing.',
    risk: 'Without a dedicated role, opening and following AWS Support cases during an incident needs either the root user or a broadly privileged identity — or it waits while someone is given access.',
    remediation: {
      text: 'Create a role trusted by the identities that handle incidents (for example your account, restricted to the responders through their own policies or IAM Identity Center) and attach AWSSupportAccess to it.',
      cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust-responders.json\naws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
      cloudformation: 'SupportRole:\n  Type: AWS::IAM::Role\n  Properties:\n    RoleName: aws-support\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root" }\n          Action: sts:AssumeRole\n          Condition: { Bool: { aws:MultiFactorAuthPresent: "true" } }\n    ManagedPolicyArns:\n      - arn:aws:iam::aws:policy/AWSSupportAccess',
      terraform: 'resource "aws_iam_role" "support" {\n  name               = "aws-support"\n  assume_role_policy = data.aws_iam_policy_document.responders.json\n}\n\nresource "aws_iam_role_policy_attachment" "support" {\n  role       = aws_iam_role.support.name\n  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"\n}',
    },
    messages: {
      present: 'AWSSupportAccess is attached to the role(s) {{roles}}.',
      missing: 'No IAM role has the AWSSupportAccess policy attached.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    const isSupport = awsManagedPolicyMatcher('AWSSupportAccess')
    const roles = inventory.list('iam.role').filter((r) => r.attachedPolicies.some((p) => isSupport(p.arn)))
    return roles.length > 0 ? pass('present', { roles: listForMessage(roles.map((r) => r.name)) }) : fail('missing')
  },
})
