import check from './guardduty-lambda-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, guardDutyDetector } from '../../../test/factories/index.js'
import { missingDetector } from '../../sources/aws/collectors/guardduty-detector.js'

const lambdaFeature = (status: string) => [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }, { name: 'LAMBDA_NETWORK_LOGS', status, additionalConfiguration: [] }]

testCheck(check, {
  valid: [{ name: 'enabled detector with Lambda Protection', resource: guardDutyDetector() }],
  invalid: [
    { name: 'a region without a detector (the collector\'s placeholder)', resource: missingDetector({ region: REGION, accountId: '111122223333', partition: 'aws' }), messageId: 'noDetector' },
    { name: 'Lambda Protection disabled', resource: guardDutyDetector({ features: lambdaFeature('DISABLED') }), messageId: 'disabled', at: 'features' },
    { name: 'a suspended detector', resource: guardDutyDetector({ enabled: false }), messageId: 'suspended', at: 'enabled' },
  ],
  unknown: [
    { name: 'GuardDuty could not be listed in the region', resource: guardDutyDetector(), gaps: [{ resourceType: 'guardduty.detector', region: REGION, code: 'AccessDenied', message: 'guardduty:ListDetectors denied' }] },
    { name: 'GetDetector denied', resource: guardDutyDetector({ enabled: false, features: [], unresolved: { enabled: 'AccessDenied (guardduty:GetDetector)', features: 'AccessDenied (guardduty:GetDetector)' } }) },
    { name: 'the feature is not reported in this region', resource: guardDutyDetector({ features: [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }] }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true
`,
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true
    Features:
      - Name: LAMBDA_NETWORK_LOGS
        Status: ENABLED
`,
      ],
      bad: [
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true
    Features:
      - Name: LAMBDA_NETWORK_LOGS
        Status: DISABLED
`,
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: false
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_guardduty_detector" "main" {
  enable = true
}
`,
        `
resource "aws_guardduty_detector" "main" {
  enable = true
}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "LAMBDA_NETWORK_LOGS"
  status      = "ENABLED"
}
`,
      ],
      bad: [
        `
resource "aws_guardduty_detector" "main" {
  enable = true
}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "LAMBDA_NETWORK_LOGS"
  status      = "DISABLED"
}
`,
        `
resource "aws_guardduty_detector" "main" {
  enable = false
}
`,
      ],
    },
  },
})
