import { defineCheck } from '../../core/check.js'
import { protectionState } from '../../analysis/guardduty-features.js'

const FEATURES = ["S3_DATA_EVENTS"]

export default defineCheck({
  meta: {
    id: 'guardduty-s3-protection-enabled',
    resourceType: 'guardduty.detector',
    title: "GuardDuty S3 Protection watches S3 data events in the region",
    severity: 'medium',
    categories: ['monitoring'],
    description: "S3 Protection analyses S3 data-plane events (GetObject, PutObject, DeleteObject \u2026) for every bucket of the region, without a CloudTrail data-event trail, and raises findings for exfiltration, anomalous access from Tor or known-bad addresses, and disabled bucket protections. A region without GuardDuty, or with a suspended detector, fails; guardduty-enabled reports that too.",
    risk: "Without it GuardDuty sees who changed a bucket but not who read or deleted its objects: mass downloads with stolen credentials or a ransomware sweep through a bucket produce no finding.",
    remediation: {
      text: "Turn the S3 Protection plan on for the detector in every region (in an organization, from the GuardDuty delegated administrator with auto-enable for member accounts). The plan is billed by the volume it analyses.",
      cli: "aws guardduty update-detector --detector-id <detector-id> --features '[{\"Name\":\"S3_DATA_EVENTS\",\"Status\":\"ENABLED\"}]'",
      cloudformation: "Type: AWS::GuardDuty::Detector\nProperties:\n  Enable: true\n  Features:\n    - Name: S3_DATA_EVENTS\n      Status: ENABLED",
      terraform: "resource \"aws_guardduty_detector_feature\" \"s3_data_events\" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = \"S3_DATA_EVENTS\"\n  status      = \"ENABLED\"\n}",
    },
    messages: {
      enabled: "GuardDuty S3 Protection is enabled in {{region}} (detector {{detector}}).",
      noDetector: "GuardDuty is not enabled in {{region}}: there is no detector, so no S3 Protection either.",
      suspended: "The GuardDuty detector {{detector}} in {{region}} is suspended: S3 Protection does nothing.",
      disabled: "GuardDuty runs in {{region}} (detector {{detector}}) but S3 Protection ({{feature}}) is {{status}}.",
    },
  },
  evaluate(detector, { pass, fail, unknown }) {
    const data = { region: detector.region, detector: detector.detectorId ?? undefined }
    const s = protectionState(detector, FEATURES)
    switch (s.state) {
      case 'noDetector':
        return fail('noDetector', { region: detector.region })
      case 'suspended':
        return fail('suspended', { data, at: 'enabled' })
      case 'unreported':
        return unknown(`the detector does not report ${FEATURES.join(' or ')} (S3 Protection may not be offered in ${detector.region})`, { at: 'features' })
      case 'enabled':
        return pass('enabled', { ...data, feature: s.feature })
      default:
        return fail('disabled', { data: { ...data, feature: s.feature, status: s.status }, at: 'features' })
    }
  },
})
