import check from './guardduty-runtime-monitoring-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { guardDutyDetector } from '../../../test/factories/index.js'

const withFeature = (status: string) => guardDutyDetector({ features: [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }, { name: 'RUNTIME_MONITORING', status, additionalConfiguration: [] }] })

testCheck(check, {
  valid: [{ name: 'RUNTIME_MONITORING enabled', resource: withFeature('ENABLED') }],
  invalid: [
    { name: 'RUNTIME_MONITORING disabled', resource: withFeature('DISABLED'), messageId: 'disabled', at: 'features' },
    { name: 'no detector in the region', resource: guardDutyDetector({ detectorId: null, enabled: false, features: [] }), messageId: 'noDetector' },
    { name: 'detector suspended', resource: guardDutyDetector({ enabled: false }), messageId: 'suspended' },
    { name: 'only the EKS-only runtime monitoring', resource: guardDutyDetector({ features: [{ name: 'RUNTIME_MONITORING', status: 'DISABLED', additionalConfiguration: [] }, { name: 'EKS_RUNTIME_MONITORING', status: 'ENABLED', additionalConfiguration: [] }] }), messageId: 'partial' },
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
    Features:
      - Name: RUNTIME_MONITORING
        Status: ENABLED
`,
      ],
      bad: [
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
      - Name: RUNTIME_MONITORING
        Status: DISABLED
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_guardduty_detector" "main" {
  enable = true
}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "RUNTIME_MONITORING"
  status      = "ENABLED"
}
`,
      ],
      bad: [
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
  name        = "RUNTIME_MONITORING"
  status      = "DISABLED"
}
`,
      ],
    },
  },
})
