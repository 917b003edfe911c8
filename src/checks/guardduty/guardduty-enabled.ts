import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'guardduty-enabled',
    resourceType: 'guardduty.detector',
    title: 'GuardDuty threat detection is enabled in the region',
    severity: 'high',
    categories: ['monitoring'],
    description:
      'Checks that the region has a GuardDuty detector and that it is enabled (not suspended). GuardDuty is regional: a region without a detector is not watched at all, however well the others are. The individual protection plans (S3, EKS, malware, runtime, RDS, Lambda) each have their own check.',
    risk: 'GuardDuty is the service that notices compromised credentials used from unusual places, instances talking to crypto-mining pools or command-and-control servers, and reconnaissance. Attackers deliberately use regions the account does not otherwise use, so an unwatched region is where an intrusion goes unnoticed longest.',
    remediation: {
      text: 'Create a detector in every enabled region (in an organization, designate a GuardDuty delegated administrator and auto-enable it for all member accounts), or resume a suspended one.',
      cli: 'aws guardduty create-detector --enable --finding-publishing-frequency FIFTEEN_MINUTES --region <region>\n# suspended detector:\naws guardduty update-detector --detector-id <detector-id> --enable --region <region>',
      cloudformation: 'Type: AWS::GuardDuty::Detector\nProperties:\n  Enable: true\n  FindingPublishingFrequency: FIFTEEN_MINUTES',
      terraform: 'resource "aws_guardduty_detector" "this" {\n  enable                       = true\n  finding_publishing_frequency = "FIFTEEN_MINUTES"\n}',
    },
    messages: {
      enabled: 'GuardDuty is enabled in {{region}} (detector {{detector}}).',
      noDetector: 'GuardDuty is not enabled in {{region}}: there is no detector.',
      suspended: 'The GuardDuty detector {{detector}} in {{region}} is suspended.',
    },
  },
  evaluate(detector, { pass, fail }) {
    if (detector.detectorId === null) return fail('noDetector', { region: detector.region })
    const data = { region: detector.region, detector: detector.detectorId }
    return detector.enabled ? pass('enabled', data) : fail('suspended', { data, at: 'enabled' })
  },
})
