import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-vpn-tunnels-up',
    resourceType: 'ec2.vpn-connection',
    title: 'Both tunnels of each Site-to-Site VPN connection are up',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Reads the tunnel telemetry of every Site-to-Site VPN connection and passes when both of its tunnels report UP. Each connection has two tunnels on separate AWS endpoints so that one can carry the traffic while the other is down or under maintenance. A tunnel state exists only in a live account, so this check does not run on templates.',
    risk: 'With one tunnel down the connection runs without redundancy: the next AWS endpoint maintenance or a single device fault on the other tunnel cuts the link between the VPC and the remote network. With both down the link is already cut.',
    remediation: {
      text: 'Configure both tunnels on the customer gateway device with the parameters from the downloaded configuration (pre-shared key, IKE and IPsec settings, inside CIDRs, BGP or static routes), then check that both report UP. Where the device needs other settings, change the tunnel options to match.',
      cli: 'aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id> --query "VpnConnections[].VgwTelemetry[].[OutsideIpAddress,Status,StatusMessage]"\n# adjust a tunnel to what the device supports, e.g. the IKE version:\naws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel-outside-ip> --tunnel-options IKEVersions=[{Value=ikev2}]',
      cloudformation:
        'Vpn:\n  Type: AWS::EC2::VPNConnection\n  Properties:\n    Type: ipsec.1\n    CustomerGatewayId: !Ref CustomerGateway\n    VpnGatewayId: !Ref VpnGateway\n    StaticRoutesOnly: false\n    # configure BOTH tunnels on the customer gateway device; the template cannot bring a tunnel up',
      terraform:
        'resource "aws_vpn_connection" "office" {\n  customer_gateway_id = aws_customer_gateway.office.id\n  vpn_gateway_id      = aws_vpn_gateway.main.id\n  type                = "ipsec.1"\n  # configure both tunnels (tunnel1_address, tunnel2_address …) on the customer gateway device\n}',
    },
    messages: {
      up: 'Both tunnels of VPN connection {{name}} are up.',
      down: 'VPN connection {{name}}: {{up}} of {{total}} tunnel(s) up; down: {{down}}.',
    },
    liveOnly: true,
  },
  evaluate(vpn, { pass, fail }) {
    const down = vpn.tunnels.filter((t) => t.status !== 'UP')
    // A connection always has two tunnels; telemetry that lists fewer leaves a tunnel unaccounted for.
    const missing = Math.max(0, 2 - vpn.tunnels.length)
    if (!down.length && !missing) return pass('up', { name: vpn.name })
    const names = [...down.map((t) => `${t.outsideIpAddress} (${t.status ?? 'no state'})`), ...Array.from({ length: missing }, () => 'a tunnel without telemetry')]
    return fail('down', { data: { name: vpn.name, up: vpn.tunnels.length - down.length, total: Math.max(2, vpn.tunnels.length), down: names.join(', ') }, at: 'tunnels' })
  },
})
