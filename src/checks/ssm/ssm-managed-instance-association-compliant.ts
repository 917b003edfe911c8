import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ssm-managed-instance-association-compliant',
    resourceType: 'ssm.managed-instance',
    title: 'Systems Manager managed nodes are compliant with their State Manager associations',
    severity: 'low',
    categories: ['lifecycle', 'governance'],
    description:
      'Reads the association compliance Systems Manager records for each managed node (ListResourceComplianceSummaries, compliance type Association): COMPLIANT passes, NON_COMPLIANT — at least one State Manager association failed the last time it ran on the node — fails. A node on which no association has ever run is skipped, as AWS Config does (no association, nothing to comply with). Live only.',
    risk: 'A State Manager association holds a node in a wanted state: an agent installed, a port closed, a configuration applied. When it fails, the node drifts from that baseline without anyone noticing, and the controls it was meant to enforce are silently missing.',
    remediation: {
      text: 'Find the failed association in the node\'s association history, read the output of its last execution, fix the cause (missing permissions, a document parameter, a target that no longer fits) and run it again.',
      cli: 'aws ssm list-compliance-items --resource-ids <instance-id> --resource-types ManagedInstance --filters Key=ComplianceType,Values=Association\naws ssm describe-association-executions --association-id <association-id>\n# after fixing it:\naws ssm start-associations-once --association-ids <association-id>',
    },
    messages: {
      compliant: 'Node {{name}} is compliant with its State Manager associations.',
      'non-compliant': 'Node {{name}} failed {{count}} State Manager association(s) the last time they ran.',
    },
    liveOnly: true,
  },
  evaluate(node, { pass, fail, skip }) {
    if (node.associationStatus === undefined) return skip('no State Manager association has run on the node')
    if (node.associationStatus === 'COMPLIANT') return pass('compliant', { name: node.name })
    return fail('non-compliant', { data: { name: node.name, count: node.associationNonCompliantCount ?? 'some' }, at: 'associationStatus' })
  },
})
