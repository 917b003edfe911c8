import { defineCheck } from '../../core/check.js'
import { assessAdministratorAccess } from '../../analysis/iam/admin.js'
import { assessDelegation } from '../../analysis/identity/delegation.js'
import { missingPolicies, roleContext } from '../../analysis/identity/principal-scope.js'
import { listForMessage } from '../../analysis/identity/attachments.js'

export default defineCheck({
  meta: {
    id: 'iam-role-delegated-admin-bounded',
    resourceType: 'iam.role',
    reads: ['iam.policy'],
    title: 'IAM roles that administer other roles and users must apply a permissions boundary',
    severity: 'high',
    categories: ['least-privilege', 'governance'],
    description:
      'Finds roles that may create roles or users, write or attach their policies, change a role\'s trust, or replace or remove a permissions boundary (the actions in data/iam-delegation-actions.json) on principals other than themselves. Each such action is evaluated with the role\'s identity policies, capped by its own boundary, for a request that carries no iam:PermissionsBoundary key — on an arbitrary role or user and on the names its policies grant the action on. The role fails when any of them is allowed that way: it could create or change a principal without a boundary and give it more than it has itself. Delegates whose grants require `iam:PermissionsBoundary` to be a given policy pass. Principals with full administrator access are not evaluated (they need no delegation), nor are principals without any of these actions.',
    risk: 'A team or pipeline allowed to create roles "for its own services" can create a role with AdministratorAccess and assume it, or attach AdministratorAccess to an existing role: delegated IAM administration without a boundary is administrator access with extra steps.',
    remediation: {
      text: 'Allow the delegated actions only under a condition that the created or changed principal carries your boundary policy (StringEquals iam:PermissionsBoundary = the boundary ARN), deny changes to the boundary policy itself and DeleteRolePermissionsBoundary / DeleteUserPermissionsBoundary, and scope the actions to a name prefix.',
      cli: 'aws iam put-role-policy --role-name <role> --policy-name delegated-iam --policy-document file://delegation-with-boundary.json',
      terraform: 'data "aws_iam_policy_document" "delegated_iam" {\n  statement {\n    actions   = ["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:PutRolePermissionsBoundary"]\n    resources = ["arn:aws:iam::111122223333:role/app-*"]\n    condition {\n      test     = "StringEquals"\n      variable = "iam:PermissionsBoundary"\n      values   = ["arn:aws:iam::111122223333:policy/app-boundary"]\n    }\n  }\n  statement {\n    effect    = "Deny"\n    actions   = ["iam:DeleteRolePermissionsBoundary", "iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:SetDefaultPolicyVersion"]\n    resources = ["*"]\n  }\n}',
    },
    messages: {
      bounded: '{{name}} administers other principals only with a permissions boundary ({{actions}}).',
      unbounded: '{{name}} can create or change roles and users without a permissions boundary: {{actions}}.',
      'unbounded-conditional': '{{name}} can create or change roles and users without a permissions boundary when request conditions hold: {{actions}}.',
    },
  },
  evaluate(role, { pass, fail, skip, unknown, inventory }) {
    const { identity, facts, scope } = roleContext(role, inventory)
    const missing = missingPolicies(identity)
    if (!missing && assessAdministratorAccess(identity.policies, identity.boundary).level === 'unconditional') return skip('administrator access (see iam-administrator-access-holders)')
    const d = assessDelegation(identity, facts, scope)
    const name = role.name
    if (d.unbounded.length > 0) return fail('unbounded', { data: { name, actions: listForMessage(d.unbounded, 5) }, at: 'inlinePolicies' })
    if (d.unboundedConditional.length > 0) return fail('unbounded-conditional', { data: { name, actions: listForMessage(d.unboundedConditional, 5) }, at: 'inlinePolicies' })
    if (missing) return unknown(missing)
    if (d.delegated.length === 0) return skip('no IAM administration actions')
    return pass('bounded', { name, actions: listForMessage(d.delegated, 5) })
  },
})
