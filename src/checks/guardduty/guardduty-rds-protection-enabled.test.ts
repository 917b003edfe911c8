import check from './guardduty-rds-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { guardDutyDetector } from '../../../test/factories/index.js'

const withFeature = (status: string) => guardDutyDetector({ features: [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }, { name: 'RDS_LOGIN_EVENTS', status, additionalConfiguration: [] }] })

testCheck(check, {
  valid: [{ name: 'RDS_LOGIN_EVENTS enabled', resource: withFeature('ENABLED') }],
  invalid: [
    { name: 'RDS_LOGIN_EVENTS disabled', resource: withFeature('DISABLED'), messageId: 'disabled', at: 'features' },
    { name: 'no detector in the region', resource: guardDutyDetector({ detectorId: null, enabled: false, features: [] }), messageId: 'noDetector' },
    { name: 'detector suspended', resource: guardDutyDetector({ enabled: false }), messageId: 'suspended' },
  ],
  unknown: [
    { name: 'the detector does not report the feature', resource: guardDutyDetector({ features: [] }) },
    { name: 'GetDetector denied', resource: guardDutyDetector({ enabled: false, features: [], unresolved: { enabled: 'AccessDenied (guardduty:GetDetector)', features: 'AccessDenied (guardduty:GetDetector)' } }) },
    { name: 'detectors could not be listed', resource: guardDutyDetector(), gaps: [{ resourceType: 'guardduty.detector', region: 'us-east-1', code: 'AccessDenied', message: 'guardduty:ListDetectors denied' }] },
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
      - Name: RDS_LOGIN_EVENTS
        Status: ENABLED
`,
      ],
      bad: [
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true
    Features:
      - Name: RDS_LOGIN_EVENTS
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
  name        = "RDS_LOGIN_EVENTS"
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
  name        = "RDS_LOGIN_EVENTS"
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
