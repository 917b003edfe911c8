import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'macie-enabled',
    resourceType: 'account.region',
    reads: ['macie.session'],
    title: 'Amazon Macie is enabled in the region',
    severity: 'info',
    categories: ['monitoring', 'governance'],
    description:
      'Informational: checks that Macie is enabled (not paused) in the region, so that the S3 buckets there are inventoried and evaluated for public access, encryption and sharing, and can be scanned for sensitive data. Whether Macie is worth its cost depends on what the buckets hold.',
    risk: 'Knowing which buckets hold personal or secret data is the first step of protecting it (CIS 3.1.3). Without Macie, or another data-discovery process, sensitive data lands in buckets nobody classified.',
    remediation: {
      text: 'Enable Macie in the regions that hold S3 data (in an organization, from the Macie delegated administrator), and set up automated sensitive data discovery or discovery jobs for the buckets that matter.',
      cli: 'aws macie2 enable-macie --region <region>\naws macie2 update-automated-discovery-configuration --status ENABLED --region <region>',
      cloudformation: 'Type: AWS::Macie::Session\nProperties:\n  Status: ENABLED\n  FindingPublishingFrequency: FIFTEEN_MINUTES',
      terraform: 'resource "aws_macie2_account" "this" {\n  status                       = "ENABLED"\n  finding_publishing_frequency = "FIFTEEN_MINUTES"\n}',
    },
    messages: {
      enabled: 'Macie is enabled in {{region}}.',
      paused: 'Macie is paused in {{region}}.',
      notEnabled: 'Macie is not enabled in {{region}}.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    const session = inventory.list('macie.session', { region: account.region })[0]
    if (!session) return fail('notEnabled', { region: account.region })
    return session.status === 'ENABLED' ? pass('enabled', { region: account.region }) : fail('paused', { region: account.region })
  },
})
