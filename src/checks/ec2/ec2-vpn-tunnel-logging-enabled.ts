import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-vpn-tunnel-logging-enabled',
    resourceType: 'ec2.vpn-connection',
    title: 'Site-to-Site VPN connections log both tunnels to CloudWatch Logs',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Passes when tunnel activity logging to CloudWatch Logs is on for both tunnels of a Site-to-Site VPN connection. The logs record IKE negotiation, IPsec tunnel establishment and dead peer detection events. A connection that logs only one tunnel fails. Logging is off unless the tunnel options turn it on.',
    risk: 'Without tunnel logs, a tunnel that flaps, a negotiation that fails after a key or policy change, or connection attempts from an unexpected peer leave no record: outages take longer to diagnose and the VPN has no audit trail.',
    remediation: {
      text: 'Turn on CloudWatch Logs for each tunnel in the tunnel options, naming a log group (the tunnel restarts briefly when its options change, so change one tunnel at a time).',
      cli: 'aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel-1-outside-ip> --tunnel-options \'{"LogOptions":{"CloudWatchLogOptions":{"LogEnabled":true,"LogGroupArn":"arn:aws:logs:<region>:<account>:log-group:<name>","LogOutputFormat":"json"}}}\'\n# then the same for the second tunnel\'s outside IP address',
      cloudformation:
        'Vpn:\n  Type: AWS::EC2::VPNConnection\n  Properties:\n    Type: ipsec.1\n    CustomerGatewayId: !Ref CustomerGateway\n    VpnGatewayId: !Ref VpnGateway\n    VpnTunnelOptionsSpecifications:\n      - LogOptions:\n          CloudwatchLogOptions: { LogEnabled: true, LogGroupArn: !GetAtt VpnLogs.Arn, LogOutputFormat: json }\n      - LogOptions:\n          CloudwatchLogOptions: { LogEnabled: true, LogGroupArn: !GetAtt VpnLogs.Arn, LogOutputFormat: json }',
      terraform:
        'resource "aws_vpn_connection" "office" {\n  customer_gateway_id = aws_customer_gateway.office.id\n  vpn_gateway_id      = aws_vpn_gateway.main.id\n  type                = "ipsec.1"\n\n  tunnel1_log_options {\n    cloudwatch_log_options {\n      log_enabled       = true\n      log_group_arn     = aws_cloudwatch_log_group.vpn.arn\n      log_output_format = "json"\n    }\n  }\n\n  tunnel2_log_options {\n    cloudwatch_log_options {\n      log_enabled       = true\n      log_group_arn     = aws_cloudwatch_log_group.vpn.arn\n      log_output_format = "json"\n    }\n  }\n}',
    },
    messages: {
      logged: 'VPN connection {{name}} logs both tunnels to CloudWatch Logs.',
      notLogged: 'VPN connection {{name}}: tunnel logging is off for {{tunnels}}.',
    },
  },
  evaluate(vpn, { pass, fail }) {
    const silent = vpn.tunnels.filter((t) => !t.logEnabled).map((t) => t.outsideIpAddress)
    // Both tunnels must log; a connection reported with fewer than two tunnels has an unlogged one.
    if (vpn.tunnels.length < 2) silent.push(...Array.from({ length: 2 - vpn.tunnels.length }, (_, i) => `tunnel ${vpn.tunnels.length + i + 1}`))
    return silent.length ? fail('notLogged', { data: { name: vpn.name, tunnels: silent.join(', ') }, at: 'tunnels' }) : pass('logged', { name: vpn.name })
  },
})
