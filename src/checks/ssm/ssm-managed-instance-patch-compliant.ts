import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ssm-managed-instance-patch-compliant',
    resourceType: 'ssm.managed-instance',
    title: 'Systems Manager managed nodes are patch compliant',
    severity: 'high',
    categories: ['lifecycle'],
    description: 'Reads the patch compliance Systems Manager records for each managed node (Patch Manager scans and installs): COMPLIANT passes, NON_COMPLIANT fails with the number of missing or failed patches. A node for which no patch compliance has ever been reported fails too: nobody knows whether it is patched. Live only.',
    risk: 'Nodes missing security patches run software with known, often publicly exploited vulnerabilities.',
    remediation: {
      text: 'Run AWS-RunPatchBaseline with Operation=Install (or a patch policy in Quick Setup) on the node and schedule it in a maintenance window; for nodes that were never scanned, add them to a patch scan schedule.',
      cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<instance-id> --parameters Operation=Install',
    },
    messages: {
      compliant: 'Node {{name}} is patch compliant (last report {{reported}}).',
      'non-compliant': 'Node {{name}} is missing {{count}} patch(es) according to Patch Manager.',
      'no-data': 'No patch compliance has ever been reported for node {{name}}.',
    },
    liveOnly: true,
  },
  evaluate(node, { pass, fail }) {
    if (node.patchStatus === 'COMPLIANT') return pass('compliant', { name: node.name, reported: node.patchReportedAt?.slice(0, 10) ?? 'date unknown' })
    if (node.patchStatus === undefined) return fail('no-data', { data: { name: node.name }, at: 'patchStatus' })
    return fail('non-compliant', { data: { name: node.name, count: node.nonCompliantCount ?? 'some' }, at: 'patchStatus' })
  },
})
