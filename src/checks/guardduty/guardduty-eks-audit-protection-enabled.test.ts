import check from './guardduty-eks-audit-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { guardDutyDetector } from '../../../test/factories/index.js'

const withFeature = (status: string) => guardDutyDetector({ features: [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }, { name: 'EKS_AUDIT_LOGS', status, additionalConfiguration: [] }] })

testCheck(check, {
  valid: [{ name: 'EKS_AUDIT_LOGS enabled', resource: withFeature('ENABLED') }],
  invalid: [
    { name: 'EKS_AUDIT_LOGS disabled', resource: withFeature('DISABLED'), messageId: 'disabled', at: 'features' },
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
      - Name: EKS_AUDIT_LOGS
        Status: ENABLED
`,
      ],
      bad: [
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true
    Features:
      - Name: EKS_AUDIT_LOGS
        Status: DISABLED
`,
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: false
`,
        `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true
    DataSources:
      Kubernetes: { AuditLogs: { Enable: false } }
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
  name        = "EKS_AUDIT_LOGS"
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
  name        = "EKS_AUDIT_LOGS"
  status      = "DISABLED"
}
`,
        `
resource "aws_guardduty_detector" "main" {
  enable = false
}
`,
        `
resource "aws_guardduty_detector" "main" {
  enable = true
  datasources {
    kubernetes {
      audit_logs {
        enable = false
      }
    }
  }
}
`,
      ],
    },
  },
})
