import check from './iam-access-analyzer-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { accessAnalyzer, accountRegion } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'an active account analyzer', resource: accountRegion(), related: { 'accessanalyzer.analyzer': [accessAnalyzer()] } },
    { name: 'an organization analyzer', resource: accountRegion(), related: { 'accessanalyzer.analyzer': [accessAnalyzer({ type: 'ORGANIZATION', name: 'org' })] } },
  ],
  invalid: [
    { name: 'no analyzer', resource: accountRegion(), messageId: 'none' },
    { name: 'only in another region', resource: accountRegion(), related: { 'accessanalyzer.analyzer': [accessAnalyzer({ region: 'eu-west-1' })] }, messageId: 'none' },
    { name: 'only an unused-access analyzer', resource: accountRegion(), related: { 'accessanalyzer.analyzer': [accessAnalyzer({ type: 'ACCOUNT_UNUSED_ACCESS' })] }, messageId: 'none' },
    { name: 'an external analyzer that failed', resource: accountRegion(), related: { 'accessanalyzer.analyzer': [accessAnalyzer({ status: 'FAILED' })] }, messageId: 'inactive' },
  ],
  unknown: [
    { name: 'analyzers could not be listed here', resource: accountRegion(), gaps: [{ resourceType: 'accessanalyzer.analyzer', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
})
