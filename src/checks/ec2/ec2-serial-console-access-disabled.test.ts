import check from './ec2-serial-console-access-disabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { serialConsoleAccess } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'disabled', resource: serialConsoleAccess() }],
  invalid: [{ name: 'enabled', resource: serialConsoleAccess({ enabled: true }), messageId: 'enabled', at: 'enabled' }],
  unknown: [{ name: 'status not readable', resource: serialConsoleAccess(), gaps: [{ resourceType: 'ec2.serial-console-access', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:GetSerialConsoleAccessStatus denied' }] }],
  iac: {
    terraform: {
      good: ['resource "aws_ec2_serial_console_access" "this" {\n  enabled = false\n}\n'],
      bad: ['resource "aws_ec2_serial_console_access" "this" {}\n'],
    },
  },
})
