import { defineCheck } from '../../core/check.js'
import { protectionState } from '../../analysis/guardduty-features.js'

const FEATURES = ["RDS_LOGIN_EVENTS"]

export default defineCheck({
  meta: {
    id: 'guardduty-rds-protection-enabled',
    resourceType: 'guardduty.detector',
    title: "GuardDuty RDS Protection analyses Aurora and RDS login activity in the region",
    severity: 'low',
    categories: ['monitoring'],
    description: "RDS Protection profiles login activity to Aurora and RDS databases (supported engines) in the region and raises findings for brute force, logins from unusual places and successful logins after many failures. A region without GuardDuty, or with a suspended detector, fails; guardduty-enabled reports that too.",
    risk: "A database password guessed or reused from a leak lets an attacker read the data directly, and database login failures are rarely watched otherwise.",
    remediation: {
      text: "Turn the RDS Protection plan on for the detector in every region (in an organization, from the GuardDuty delegated administrator with auto-enable for member accounts). The plan is billed by the volume it analyses.",
      cli: "aws guardduty update-detector --detector-id <detector-id> --features '[{\"Name\":\"RDS_LOGIN_EVENTS\",\"Status\":\"ENABLED\"}]'",
      cloudformation: "Type: AWS::GuardDuty::Detector\nProperties:\n  Enable: true\n  Features:\n    - Name: RDS_LOGIN_EVENTS\n      Status: ENABLED",
      terraform: "resource \"aws_guardduty_detector_feature\" \"rds_login_events\" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = \"RDS_LOGIN_EVENTS\"\n  status      = \"ENABLED\"\n}",
    },
    messages: {
      enabled: "GuardDuty RDS Protection is enabled in {{region}} (detector {{detector}}).",
      noDetector: "GuardDuty is not enabled in {{region}}: there is no detector, so no RDS Protection either.",
      suspended: "The GuardDuty detector {{detector}} in {{region}} is suspended: RDS Protection does nothing.",
      disabled: "GuardDuty runs in {{region}} (detector {{detector}}) but RDS Protection ({{feature}}) is {{status}}.",
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
        return unknown(`the detector does not report ${FEATURES.join(' or ')} (RDS Protection may not be offered in ${detector.region})`, { at: 'features' })
      case 'enabled':
        return pass('enabled', { ...data, feature: s.feature })
      default:
        return fail('disabled', { data: { ...data, feature: s.feature, status: s.status }, at: 'features' })
    }
  },
})
