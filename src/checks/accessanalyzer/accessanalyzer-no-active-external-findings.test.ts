import check from './accessanalyzer-no-active-external-findings.js'
import { testCheck } from '../../../test/check-tester.js'
import { accessAnalyzer } from '../../../test/factories/index.js'

const none = { count: 0, truncated: false, sample: [] }
const some = { count: 2, truncated: false, sample: [{ resource: 'arn:aws:s3:::shared-exports', resourceType: 'AWS::S3::Bucket' }] }

testCheck(check, {
  valid: [
    { name: 'no active findings', resource: accessAnalyzer({ activeFindings: none }) },
    { name: 'organization analyzer, no active findings', resource: accessAnalyzer({ type: 'ORGANIZATION', activeFindings: none }) },
  ],
  invalid: [
    { name: 'active findings', resource: accessAnalyzer({ activeFindings: some }), messageId: 'activeFindings', at: 'activeFindings' },
    { name: 'more findings than listed', resource: accessAnalyzer({ activeFindings: { ...some, count: 1000, truncated: true } }), messageId: 'activeFindings' },
  ],
  unknown: [
    { name: 'findings could not be listed', resource: accessAnalyzer({ unresolved: { activeFindings: 'AccessDenied (access-analyzer:ListFindingsV2)' } }) },
    { name: 'findings not collected', resource: accessAnalyzer() },
  ],
  skip: [
    { name: 'unused-access analyzer', resource: accessAnalyzer({ type: 'ACCOUNT_UNUSED_ACCESS' }) },
    { name: 'analyzer still being created', resource: accessAnalyzer({ status: 'CREATING' }) },
  ],
})
