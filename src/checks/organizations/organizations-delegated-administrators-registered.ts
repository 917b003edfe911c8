import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'organizations-delegated-administrators-registered',
    resourceType: 'organizations.organization',
    title: 'Organization-integrated services are run from delegated administrator accounts',
    severity: 'low',
    categories: ['governance'],
    description:
      'For an account in AWS Organizations: checks that at least one member account is registered as delegated administrator for an integrated service (GuardDuty, Security Hub, Config, IAM Access Analyzer, CloudTrail …), so that day-to-day security work happens outside the management account. Readable from the management account or a delegated administrator only (unknown elsewhere); accounts outside an organization are skipped.',
    risk: 'Without delegated administrators, running GuardDuty, Security Hub or Config across the organization means working in the management account, whose principals are not limited by SCPs and can change every account: the most privileged account becomes the busiest one.',
    remediation: {
      text: 'Register a dedicated security tooling account as delegated administrator for each security service (from the management account or the service\'s own console), and run those services from it.',
      cli: 'aws organizations register-delegated-administrator --account-id <security-account-id> --service-principal securityhub.amazonaws.com\naws guardduty enable-organization-admin-account --admin-account-id <security-account-id>',
      cloudformation: '# Delegated administrators have no generic CloudFormation resource; per service, e.g.:\nType: AWS::SecurityHub::DelegatedAdmin\nProperties:\n  AdminAccountId: "444455556666"',
      terraform: 'resource "aws_organizations_delegated_administrator" "security_hub" {\n  account_id        = var.security_account_id\n  service_principal = "securityhub.amazonaws.com"\n}',
    },
    messages: {
      delegated: 'Organization {{organization}} delegates {{services}} to {{count}} member account(s), e.g. {{account}}.',
      none: 'Organization {{organization}} has no delegated administrator: integrated services are run from the management account.',
    },
    liveOnly: true,
  },
  evaluate(org, { pass, fail, skip }) {
    if (!org.member) return skip('the account is not in an AWS organization')
    const admins = org.delegatedAdministrators
    if (admins.length === 0) return fail('none', { data: { organization: org.organizationId }, at: 'delegatedAdministrators' })
    const services = [...new Set(admins.flatMap((a) => a.services))]
    return pass('delegated', { organization: org.organizationId, count: admins.length, account: admins[0]!.name ?? admins[0]!.accountId, services: services.length ? services.join(', ') : 'services' })
  },
})
