import { defineCheck } from '../../core/check.js'
import { protectionState } from '../../analysis/guardduty-features.js'

/** The detector feature behind GuardDuty Lambda Protection (network activity monitoring of functions). */
const LAMBDA_FEATURE = 'LAMBDA_NETWORK_LOGS'

export default defineCheck({
  meta: {
    id: 'guardduty-lambda-protection-enabled',
    resourceType: 'guardduty.detector',
    title: 'GuardDuty Lambda Protection is enabled in every scanned region',
    severity: 'medium',
    categories: ['monitoring'],
    description:
      'One verdict per scanned region: the region\'s GuardDuty detector must be enabled and its LAMBDA_NETWORK_LOGS feature (Lambda Protection) ENABLED. A region without any detector is collected as a placeholder detector (`detectorId: null`, `enabled: false`) so that it fails instead of going unreported; a region where GuardDuty could not be listed (AccessDenied, not offered) is unknown. A detector that does not report the feature at all (Lambda Protection not offered in that region) is unknown too. In an organisation, the delegated administrator usually switches features on for members: fix it there, not in each account.',
    risk: 'Lambda Protection watches the network activity of every function invocation (including functions outside a VPC) and raises findings for calls to cryptocurrency pools, known command-and-control hosts and other malicious destinations. Without it a compromised function — a poisoned dependency, stolen credentials used to update code — can mine, exfiltrate or beacon out unnoticed.',
    remediation: {
      text: 'Enable GuardDuty in the region (a detector) and turn on the Lambda Protection feature; in an organisation, enable it for all member accounts from the delegated GuardDuty administrator with auto-enable.',
      cli: 'aws guardduty create-detector --enable --features \'[{"Name":"LAMBDA_NETWORK_LOGS","Status":"ENABLED"}]\'  # in a region without a detector\naws guardduty update-detector --detector-id <detector-id> --enable --features \'[{"Name":"LAMBDA_NETWORK_LOGS","Status":"ENABLED"}]\'',
      cloudformation: 'Type: AWS::GuardDuty::Detector\nProperties:\n  Enable: true\n  Features:\n    - Name: LAMBDA_NETWORK_LOGS\n      Status: ENABLED',
      terraform:
        'resource "aws_guardduty_detector" "this" {\n  enable = true\n}\n\nresource "aws_guardduty_detector_feature" "lambda" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = "LAMBDA_NETWORK_LOGS"\n  status      = "ENABLED"\n}',
    },
    messages: {
      enabled: 'GuardDuty Lambda Protection is enabled in {{region}} (detector {{detector}}).',
      noDetector: 'GuardDuty is not enabled in {{region}}: there is no detector, so no Lambda Protection either.',
      suspended: 'The GuardDuty detector {{detector}} in {{region}} is suspended: nothing is monitored, Lambda Protection included.',
      disabled: 'GuardDuty runs in {{region}} (detector {{detector}}) but Lambda Protection (LAMBDA_NETWORK_LOGS) is {{status}}.',
    },
  },
  evaluate(detector, { pass, fail, unknown }) {
    const data = { region: detector.region, detector: detector.detectorId ?? undefined }
    const s = protectionState(detector, [LAMBDA_FEATURE])
    switch (s.state) {
      case 'noDetector':
        return fail('noDetector', { region: detector.region })
      case 'suspended':
        return fail('suspended', { data, at: 'enabled' })
      case 'unreported':
        return unknown(`the detector does not report the ${LAMBDA_FEATURE} feature (Lambda Protection may not be offered in ${detector.region})`, { at: 'features' })
      case 'enabled':
        return pass('enabled', data)
      case 'disabled':
        return fail('disabled', { data: { ...data, status: s.status }, at: 'features' })
    }
  },
})
