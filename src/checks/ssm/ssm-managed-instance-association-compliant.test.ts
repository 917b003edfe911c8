import check from './ssm-managed-instance-association-compliant.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, ssmManagedInstance } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'associations compliant', resource: ssmManagedInstance({ associationStatus: 'COMPLIANT', associationNonCompliantCount: 0 }) }],
  invalid: [
    { name: 'a failed association', resource: ssmManagedInstance({ associationStatus: 'NON_COMPLIANT', associationNonCompliantCount: 2 }), messageId: 'non-compliant', at: 'associationStatus' },
    { name: 'failed, count unknown', resource: ssmManagedInstance({ associationStatus: 'NON_COMPLIANT' }), messageId: 'non-compliant' },
  ],
  unknown: [
    { name: 'compliance summaries unreadable', resource: ssmManagedInstance({ unresolved: { associationStatus: 'AccessDenied (ssm:ListResourceComplianceSummaries)' } }) },
    { name: 'managed nodes could not be listed', resource: ssmManagedInstance({ associationStatus: 'COMPLIANT' }), gaps: [{ resourceType: 'ssm.managed-instance', region: REGION, code: 'AccessDenied', message: 'ssm:DescribeInstanceInformation was denied' }] },
  ],
  skip: [{ name: 'no association ever ran', resource: ssmManagedInstance() }],
})
