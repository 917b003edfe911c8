import check from './ec2-vpn-tunnel-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { vpnConnection } from '../../../test/factories/index.js'

const logOptions = (on: boolean) => `LogOptions:\n          CloudwatchLogOptions:\n            LogEnabled: ${on}\n            LogGroupArn: arn:aws:logs:us-east-1:111122223333:log-group:vpn`
const cfn = (specs: string) =>
  `Vpn:\n  Type: AWS::EC2::VPNConnection\n  Properties:\n    Type: ipsec.1\n    CustomerGatewayId: cgw-0123456789abcdef0\n    VpnGatewayId: vgw-0123456789abcdef0\n${specs}`
const cfnSpecs = (...on: boolean[]) => `    VpnTunnelOptionsSpecifications:\n${on.map((o) => `      - ${logOptions(o)}\n`).join('')}`
const tfTunnel = (n: number, on: boolean) =>
  `  tunnel${n}_log_options {\n    cloudwatch_log_options {\n      log_enabled       = ${on}\n      log_group_arn     = "arn:aws:logs:us-east-1:111122223333:log-group:vpn"\n      log_output_format = "json"\n    }\n  }\n`
const tf = (tunnels: string) =>
  `resource "aws_vpn_connection" "office" {\n  customer_gateway_id = "cgw-0123456789abcdef0"\n  vpn_gateway_id      = "vgw-0123456789abcdef0"\n  type                = "ipsec.1"\n${tunnels}}\n`

testCheck(check, {
  valid: [{ name: 'both tunnels log', resource: vpnConnection() }],
  invalid: [
    { name: 'second tunnel does not log', resource: vpnConnection({ tunnels: [{ outsideIpAddress: '203.0.113.10', status: 'UP', logEnabled: true }, { outsideIpAddress: '203.0.113.20', status: 'UP', logEnabled: false }] }), messageId: 'notLogged', at: 'tunnels', count: 1 },
    { name: 'neither tunnel logs', resource: vpnConnection({ tunnels: [{ outsideIpAddress: '203.0.113.10', logEnabled: false }, { outsideIpAddress: '203.0.113.20', logEnabled: false }] }), messageId: 'notLogged' },
    { name: 'only one tunnel known, and it logs', resource: vpnConnection({ tunnels: [{ outsideIpAddress: '203.0.113.10', logEnabled: true }] }), messageId: 'notLogged' },
  ],
  unknown: [
    { name: 'log options from a parameter', resource: vpnConnection({ unresolved: { tunnels: '!Ref TunnelOptions' } }) },
    { name: 'connections not listed', resource: vpnConnection(), gaps: [{ resourceType: 'ec2.vpn-connection', region: 'us-east-1', code: 'Throttling', message: 'rate exceeded' }] },
  ],
  iac: {
    cloudformation: {
      good: [cfn(cfnSpecs(true, true))],
      bad: [cfn(''), cfn(cfnSpecs(true, false)), cfn(cfnSpecs(true))],
    },
    terraform: {
      good: [tf(tfTunnel(1, true) + tfTunnel(2, true))],
      bad: [tf(''), tf(tfTunnel(1, true)), tf(tfTunnel(1, true) + tfTunnel(2, false))],
    },
  },
})
