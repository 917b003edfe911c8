import check from './ssm-managed-instance-patch-compliant.js'
import { testCheck } from '../../../test/check-tester.js'
import { ssmManagedInstance } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'compliant', resource: ssmManagedInstance() }],
  invalid: [
    { name: 'missing patches', resource: ssmManagedInstance({ patchStatus: 'NON_COMPLIANT', nonCompliantCount: 4 }), messageId: 'non-compliant', at: 'patchStatus' },
    { name: 'never scanned', resource: ssmManagedInstance({ patchStatus: undefined, nonCompliantCount: undefined, patchReportedAt: undefined }), messageId: 'no-data' },
  ],
  unknown: [{ name: 'compliance summaries unreadable', resource: ssmManagedInstance({ patchStatus: undefined, unresolved: { patchStatus: 'AccessDenied (ssm:ListResourceComplianceSummaries)' } }) }],
})
