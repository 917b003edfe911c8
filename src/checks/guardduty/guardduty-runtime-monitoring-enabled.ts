import { defineCheck } from '../../core/check.js'
import { protectionState } from '../../analysis/guardduty-features.js'

const FEATURES = ["RUNTIME_MONITORING", "EKS_RUNTIME_MONITORING"]

export default defineCheck({
  meta: {
    id: 'guardduty-runtime-monitoring-enabled',
    resourceType: 'guardduty.detector',
    title: "GuardDuty Runtime Monitoring watches processes on EC2, ECS and EKS workloads",
    severity: 'medium',
    categories: ['monitoring'],
    description: "Runtime Monitoring uses a GuardDuty agent on EC2 instances, ECS tasks (Fargate included) and EKS nodes to see process, file and network activity inside the workload, and raises findings for crypto-miners, reverse shells and privilege escalation. The older EKS-only runtime monitoring counts as partial: it leaves EC2 and ECS unwatched. A region without GuardDuty, or with a suspended detector, fails; guardduty-enabled reports that too.",
    risk: "Attacks that stay inside a running workload \u2014 a web shell, a miner started through a vulnerable dependency, a container breakout \u2014 show up in process activity long before they show up in API calls or network flows.",
    remediation: {
      text: "Turn the Runtime Monitoring plan on for the detector in every region (in an organization, from the GuardDuty delegated administrator with auto-enable for member accounts). The plan is billed by the volume it analyses.",
      cli: "aws guardduty update-detector --detector-id <detector-id> --features '[{\"Name\":\"RUNTIME_MONITORING\",\"Status\":\"ENABLED\"}]'",
      cloudformation: "Type: AWS::GuardDuty::Detector\nProperties:\n  Enable: true\n  Features:\n    - Name: RUNTIME_MONITORING\n      Status: ENABLED",
      terraform: "resource \"aws_guardduty_detector_feature\" \"runtime_monitoring\" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = \"RUNTIME_MONITORING\"\n  status      = \"ENABLED\"\n}",
    },
    messages: {
      enabled: "GuardDuty Runtime Monitoring is enabled in {{region}} (detector {{detector}}).",
      noDetector: "GuardDuty is not enabled in {{region}}: there is no detector, so no Runtime Monitoring either.",
      suspended: "The GuardDuty detector {{detector}} in {{region}} is suspended: Runtime Monitoring does nothing.",
      disabled: "GuardDuty runs in {{region}} (detector {{detector}}) but Runtime Monitoring ({{feature}}) is {{status}}.",
      partial: "GuardDuty in {{region}} (detector {{detector}}) only has the EKS-only runtime monitoring ({{feature}}): EC2 instances and ECS tasks are not watched.",
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
        return unknown(`the detector does not report ${FEATURES.join(' or ')} (Runtime Monitoring may not be offered in ${detector.region})`, { at: 'features' })
      case 'enabled':
        return s.feature === FEATURES[0] ? pass('enabled', { ...data, feature: s.feature }) : fail('partial', { data: { ...data, feature: s.feature }, at: 'features' })
      default:
        return fail('disabled', { data: { ...data, feature: s.feature, status: s.status }, at: 'features' })
    }
  },
})
