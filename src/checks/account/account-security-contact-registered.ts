import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'account-security-contact-registered',
    resourceType: 'account.account',
    title: 'The account has a security contact registered',
    severity: 'medium',
    categories: ['governance'],
    description:
      'Checks that the SECURITY alternate contact of the account is registered with a name, an e-mail address and a phone number (account:GetAlternateContact). AWS sends security notifications — abuse reports, exposed credentials found on the internet, compromised-instance notices — to this contact as well as to the root e-mail address. If the scanning principal may not read the contact, the answer is unknown, not a failure.',
    risk: 'When AWS finds the account\'s access keys published on GitHub or sees an instance attacking others, it tells the security contact. Without one the notice goes only to the root e-mail address, often an unread alias or a former employee\'s mailbox, and the incident runs on.',
    remediation: {
      text: 'Register a security contact that reaches the team on call: a shared mailbox and a phone number that someone answers. In an organization, the management account can set it for every member account.',
      cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name "Security team" --title "Security operations" --email-address security@example.com --phone-number "+1-555-0100"',
      cloudformation: '# AWS::Account alternate contacts have no CloudFormation resource; set them with the CLI or the\n# Terraform aws_account_alternate_contact resource, or from the Organizations management account.',
      terraform: 'resource "aws_account_alternate_contact" "security" {\n  alternate_contact_type = "SECURITY"\n  name                   = "Security team"\n  title                  = "Security operations"\n  email_address          = "security@example.com"\n  phone_number           = "+1-555-0100"\n}',
    },
    messages: {
      registered: 'Account {{account}} has a security contact with a name, an e-mail address and a phone number.',
      missing: 'Account {{account}} has no security contact: AWS security notices go only to the root e-mail address.',
      incomplete: 'The security contact of account {{account}} lacks {{missing}}.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail }) {
    const c = account.securityContact
    if (!c) return fail('missing', { data: { account: account.accountId }, at: 'securityContact' })
    const missing = [c.hasName ? '' : 'a name', c.hasEmail ? '' : 'an e-mail address', c.hasPhone ? '' : 'a phone number'].filter(Boolean)
    if (missing.length) return fail('incomplete', { data: { account: account.accountId, missing: missing.join(' and ') }, at: 'securityContact' })
    return pass('registered', { account: account.accountId })
  },
})
