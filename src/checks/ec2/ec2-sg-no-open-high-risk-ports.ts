import { defineCheck } from '../../core/check.js'
import { openPortFinding } from '../../analysis/sg-port-verdict.js'

export default defineCheck({
  meta: {
    id: 'ec2-sg-no-open-high-risk-ports',
    resourceType: 'ec2.security-group',
    title: 'Security group does not open other high-risk service ports to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Fails when the group lets 0.0.0.0/0 or ::/0 reach one of the remaining ports AWS Security Hub (EC2.19) treats as high risk, or VNC: SMTP (25), POP3 (110), Microsoft RPC (135), IMAP (143), development and dashboard ports (3000, 5000, 5601, 8080, 8088, 8888), mSQL (4333) and VNC (5500, 5900). SSH, RDP, SMB, FTP/Telnet and database ports have their own checks.',
    risk: 'These ports usually carry administration consoles, development servers, mail services or remote desktops that were meant for internal use: exposed, they give attackers unauthenticated dashboards, open mail relays and remote-control sessions.',
    remediation: {
      text: 'Remove the internet sources for these ports; publish web applications through a load balancer on 443 with authentication, and keep consoles and development servers reachable only from inside the VPC or a VPN.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=8080,ToPort=8080,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'\naws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=8080,ToPort=8080,IpRanges=[{CidrIp=10.0.0.0/16}]'",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: VPC only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 8080\n      ToPort: 8080\n      CidrIp: 10.0.0.0/16  # not 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "other_high_risk" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 8080\n  to_port           = 8080\n  cidr_ipv4         = "10.0.0.0/16" # not 0.0.0.0/0\n}',
    },
    messages: {
      closed: 'Security group {{name}} opens no other high-risk service ports to the internet.',
      open: 'Security group {{name}} opens {{ports}} ({{services}}) to {{sources}}.',
    },
  },
  evaluate(sg, { pass, fail }) {
    const open = openPortFinding(sg, 'other-high-risk')
    return open ? fail('open', open) : pass('closed', { name: sg.name })
  },
})
