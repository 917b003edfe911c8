import { defineCheck } from '../../core/check.js'
import { protectionState } from '../../analysis/guardduty-features.js'

const FEATURES = ["EKS_AUDIT_LOGS"]

export default defineCheck({
  meta: {
    id: 'guardduty-eks-audit-protection-enabled',
    resourceType: 'guardduty.detector',
    title: "GuardDuty EKS Protection monitors Kubernetes audit logs in the region",
    severity: 'medium',
    categories: ['monitoring'],
    description: "EKS audit log monitoring reads the Kubernetes audit logs of every EKS cluster in the region (GuardDuty collects them itself; cluster logging need not be on) and raises findings for anonymous access, privileged containers, exposed dashboards and credential theft inside clusters. A region without GuardDuty, or with a suspended detector, fails; guardduty-enabled reports that too.",
    risk: "Attacks on a cluster's control plane \u2014 an anonymous API call that succeeds, a pod that mounts the host filesystem, a service-account token used from outside \u2014 leave no GuardDuty finding without it.",
    remediation: {
      text: "Turn the EKS Protection (audit log monitoring) plan on for the detector in every region (in an organization, from the GuardDuty delegated administrator with auto-enable for member accounts). The plan is billed by the volume it analyses.",
      cli: "aws guardduty update-detector --detector-id <detector-id> --features '[{\"Name\":\"EKS_AUDIT_LOGS\",\"Status\":\"ENABLED\"}]'",
      cloudformation: "Type: AWS::GuardDuty::Detector\nProperties:\n  Enable: true\n  Features:\n    - Name: EKS_AUDIT_LOGS\n      Status: ENABLED",
      terraform: "resource \"aws_guardduty_detector_feature\" \"eks_audit_logs\" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = \"EKS_AUDIT_LOGS\"\n  status      = \"ENABLED\"\n}",
    },
    messages: {
      enabled: "GuardDuty EKS Protection (audit log monitoring) is enabled in {{region}} (detector {{detector}}).",
      noDetector: "GuardDuty is not enabled in {{region}}: there is no detector, so no EKS Protection (audit log monitoring) either.",
      suspended: "The GuardDuty detector {{detector}} in {{region}} is suspended: EKS Protection (audit log monitoring) does nothing.",
      disabled: "GuardDuty runs in {{region}} (detector {{detector}}) but EKS Protection (audit log monitoring) ({{feature}}) is {{status}}.",
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
        return unknown(`the detector does not report ${FEATURES.join(' or ')} (EKS Protection (audit log monitoring) may not be offered in ${detector.region})`, { at: 'features' })
      case 'enabled':
        return pass('enabled', { ...data, feature: s.feature })
      default:
        return fail('disabled', { data: { ...data, feature: s.feature, status: s.status }, at: 'features' })
    }
  },
})
