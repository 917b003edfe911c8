import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'iam-user-no-direct-policies',
    resourceType: 'iam.user',
    title: 'IAM users receive permissions only through groups',
    severity: 'low',
    categories: ['least-privilege', 'governance'],
    description: 'Fails an IAM user that has inline policies or managed policies attached to the user itself. Permissions that come from the groups it belongs to are what this control expects and do not count.',
    risk: 'Permissions attached one user at a time drift apart: nobody reviews them as a set, they survive job changes, and removing a person\'s access means finding every policy on every user. Group-based access keeps who-can-do-what reviewable.',
    remediation: {
      text: 'Move the user\'s permissions to a group that matches the job (create one if needed), add the user to it, then detach the managed policies from the user and delete its inline policies.',
      cli: 'aws iam add-user-to-group --group-name <group> --user-name <user>\naws iam detach-user-policy --user-name <user> --policy-arn <policy-arn>\naws iam delete-user-policy --user-name <user> --policy-name <inline-policy>',
      cloudformation: 'Developers:\n  Type: AWS::IAM::Group\n  Properties:\n    ManagedPolicyArns:\n      - arn:aws:iam::aws:policy/ReadOnlyAccess\nAlice:\n  Type: AWS::IAM::User\n  Properties:\n    Groups: [!Ref Developers]\n    # no Policies and no ManagedPolicyArns on the user',
      terraform: 'resource "aws_iam_group" "developers" { name = "developers" }\n\nresource "aws_iam_group_policy_attachment" "developers_ro" {\n  group      = aws_iam_group.developers.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n\nresource "aws_iam_user_group_membership" "alice" {\n  user   = aws_iam_user.alice.name\n  groups = [aws_iam_group.developers.name]\n}\n# and no aws_iam_user_policy / aws_iam_user_policy_attachment for the user',
    },
    messages: {
      'groups-only': '{{name}} has no policies of its own.',
      direct: '{{name}} has {{inline}} inline and {{attached}} attached policies of its own ({{policies}}).',
    },
  },
  evaluate(user, { pass, fail }) {
    const inline = user.inlinePolicies.length
    const attached = user.attachedPolicies.length
    if (inline + attached === 0) return pass('groups-only', { name: user.name })
    const names = [...user.inlinePolicies.map((p) => p.name), ...user.attachedPolicies.map((p) => p.name || p.arn)]
    return fail('direct', { data: { name: user.name, inline, attached, policies: names.slice(0, 5).join(', ') + (names.length > 5 ? ' …' : '') }, at: inline > 0 ? 'inlinePolicies' : 'attachedPolicies' })
  },
})
