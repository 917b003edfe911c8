import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-serial-console-access-disabled',
    resourceType: 'ec2.serial-console-access',
    title: 'EC2 serial console access is off in the region',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Passes when EC2 serial console access is disabled for the account in the region (the default). When it is on, any principal allowed ec2-instance-connect:SendSerialConsoleSSHPublicKey can open a console session on supported instances, below the network layer and outside security groups.',
    risk: 'The serial console bypasses security groups, network ACLs and SSH configuration: with a password-enabled OS user, whoever can call the API gets an interactive login. It is a break-glass tool and should stay off except during an incident.',
    remediation: {
      text: 'Disable serial console access and enable it only for the duration of a troubleshooting session, ideally under an SCP that restricts who may turn it on.',
      cli: 'aws ec2 disable-serial-console-access --region <region>',
      terraform: 'resource "aws_ec2_serial_console_access" "this" {\n  enabled = false\n}',
    },
    messages: {
      disabled: 'EC2 serial console access is off in {{region}}.',
      enabled: 'EC2 serial console access is on in {{region}}.',
    },
  },
  evaluate(setting, { pass, fail }) {
    return setting.enabled ? fail('enabled', { data: { region: setting.region }, at: 'enabled' }) : pass('disabled', { region: setting.region })
  },
})
