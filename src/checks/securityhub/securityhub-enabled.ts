import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'securityhub-enabled',
    resourceType: 'account.region',
    reads: ['securityhub.hub'],
    title: 'AWS Security Hub is enabled in the region',
    severity: 'medium',
    categories: ['monitoring', 'governance'],
    description:
      'Checks that the account is subscribed to Security Hub in the region (DescribeHub answers instead of "not subscribed"). Security Hub is regional: it collects GuardDuty, Inspector, Macie, Access Analyzer and Config findings, and its own control checks, only in the regions where it is on.',
    risk: 'Without Security Hub, findings from the account\'s detection services stay scattered across services and regions, nobody gets one prioritised list, and the Security Hub standards (CIS, FSBP) are not evaluated continuously.',
    remediation: {
      text: 'Enable Security Hub in every enabled region — in an organization, from the delegated administrator with central configuration — with the standards you follow.',
      cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
      cloudformation: 'Type: AWS::SecurityHub::Hub\nProperties:\n  EnableDefaultStandards: true\n  AutoEnableControls: true',
      terraform: 'resource "aws_securityhub_account" "this" {\n  enable_default_standards = true\n  auto_enable_controls     = true\n}',
    },
    messages: {
      enabled: 'Security Hub is enabled in {{region}}.',
      notEnabled: 'Security Hub is not enabled in {{region}}.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    const hub = inventory.list('securityhub.hub', { region: account.region })[0]
    return hub ? pass('enabled', { region: account.region }) : fail('notEnabled', { region: account.region })
  },
})
