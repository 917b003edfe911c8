import { defineCheck } from '../../core/check.js'
import { assessAdministratorAccess } from '../../analysis/iam/admin.js'
import { analyzeEscalation, describeEscalation } from '../../analysis/iam/escalation.js'
import { missingPolicies, userContext, scannedRegions } from '../../analysis/identity/principal-scope.js'

export default defineCheck({
  meta: {
    id: 'iam-user-no-privilege-escalation',
    resourceType: 'iam.user',
    reads: ['iam.policy', 'iam.group', 'account.region'],
    title: 'IAM users cannot escalate their own privileges',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Evaluates the user\'s inline and attached managed policies, capped by its permissions boundary, against every privilege-escalation method in data/privilege-escalation.json (the same engine as lambda-execution-role-no-privilege-escalation): writing or attaching policies to itself or others, creating access keys or login profiles for other users, passing a role to new compute, changing another role\'s trust, replacing function code … Each action is asked against a resource the policies do not name and against the user itself, with conditions evaluated: a method that works only under request conditions (source IP, MFA, region) is reported as conditional. Principals with full administrator access are left to iam-administrator-access-holders and the admin-policy checks. The policies of the user\'s groups count. Not considered: SCPs, the trust policies of roles it could pass or assume, and paths through specific named resources.',
    risk: 'Anyone holding the user\'s password or access keys can turn its permissions into much broader ones — often administrator access — and create new credentials that survive the user\'s removal.',
    remediation: {
      text: 'Remove the IAM write actions, iam:PassRole on broad resources, and the compute-creation or code-update actions the user does not need, and scope the rest to named resources. If the user really must manage IAM, give it a permissions boundary and require that boundary on everything it creates (see iam-user-delegated-admin-bounded).',
      cli: 'aws iam list-attached-user-policies --user-name <user>\naws iam list-user-policies --user-name <user>\naws iam put-user-permissions-boundary --user-name <user> --permissions-boundary arn:aws:iam::<account>:policy/<boundary>',
    },
    messages: {
      'no-escalation': '{{name}} allows none of the known privilege-escalation methods.',
      escalation: '{{name}} can escalate its privileges: {{methods}}.',
      'escalation-conditional': '{{name}} can escalate its privileges when request conditions hold: {{methods}}.',
    },
  },
  evaluate(user, { pass, fail, skip, unknown, inventory }) {
    const { identity, facts, scope } = userContext(user, inventory, scannedRegions(inventory))
    if (!identity.boundaryMissing && assessAdministratorAccess(identity.policies, identity.boundary).level === 'unconditional') return skip('administrator access (see iam-administrator-access-holders)')
    const matches = analyzeEscalation(identity, facts, scope)
    const missing = missingPolicies(identity)
    const name = user.name
    if (matches.length === 0) return missing ? unknown(missing) : pass('no-escalation', { name })
    // A boundary that could not be read may cap every method found.
    if (identity.boundaryMissing) return unknown(missing!)
    const unconditional = matches.filter((m) => !m.conditional)
    if (unconditional.length > 0) return fail('escalation', { data: { name, methods: describeEscalation(unconditional) }, at: 'inlinePolicies' })
    return fail('escalation-conditional', { data: { name, methods: describeEscalation(matches) }, at: 'inlinePolicies' })
  },
})
