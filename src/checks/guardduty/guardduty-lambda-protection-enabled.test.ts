import check from './guardduty-lambda-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, guardDutyDetector } from '../../../test/factories/index.js'
import { missingDetector } from '../../sources/aws/collectors/guardduty-detector.js'
import { DETECTORS_GAP, GUARDDUTY_FEATURES, cfnGuardDutyFeatureCases, tfGuardDutyFeatureCases } from '../../../test/builders/guardduty-features.js'

const lambdaFeature = (status: string) => [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }, { name: 'LAMBDA_NETWORK_LOGS', status, additionalConfiguration: [] }]

testCheck(check, {
  valid: [{ name: 'enabled detector with Lambda Protection', resource: guardDutyDetector() }],
  invalid: [
    { name: 'a region without a detector (the collector\'s placeholder)', resource: missingDetector({ region: REGION, accountId: '111122223333', partition: 'aws' }), messageId: 'noDetector' },
    { name: 'Lambda Protection disabled', resource: guardDutyDetector({ features: lambdaFeature('DISABLED') }), messageId: 'disabled', at: 'features' },
    { name: 'a suspended detector', resource: guardDutyDetector({ enabled: false }), messageId: 'suspended', at: 'enabled' },
  ],
  unknown: [
    { name: 'GuardDuty could not be listed in the region', resource: guardDutyDetector(), gaps: [DETECTORS_GAP] },
    { name: 'GetDetector denied', resource: guardDutyDetector({ enabled: false, features: [], unresolved: { enabled: 'AccessDenied (guardduty:GetDetector)', features: 'AccessDenied (guardduty:GetDetector)' } }) },
    { name: 'the feature is not reported in this region', resource: guardDutyDetector({ features: [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }] }) },
  ],
  iac: { cloudformation: cfnGuardDutyFeatureCases(GUARDDUTY_FEATURES.lambdaNetworkLogs), terraform: tfGuardDutyFeatureCases(GUARDDUTY_FEATURES.lambdaNetworkLogs) },
})
