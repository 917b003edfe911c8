import check from './guardduty-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { guardDutyDetector } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'enabled detector', resource: guardDutyDetector() }],
  invalid: [
    { name: 'no detector', resource: guardDutyDetector({ detectorId: null, enabled: false, features: [] }), messageId: 'noDetector' },
    { name: 'suspended', resource: guardDutyDetector({ enabled: false }), messageId: 'suspended', at: 'enabled' },
  ],
  unknown: [
    { name: 'GetDetector denied', resource: guardDutyDetector({ enabled: false, unresolved: { enabled: 'AccessDenied (guardduty:GetDetector)' } }) },
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
      ],
      bad: [
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
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
`,
      ],
      bad: [
        `
resource "aws_guardduty_detector" "main" {
  enable = false
}
`,
      ],
    },
  },
})
