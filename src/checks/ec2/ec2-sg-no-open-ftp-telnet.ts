import { defineCheck } from '../../core/check.js'
import { openPortFinding } from '../../analysis/sg-port-verdict.js'

export default defineCheck({
  meta: {
    id: 'ec2-sg-no-open-ftp-telnet',
    resourceType: 'ec2.security-group',
    title: 'Security group does not open FTP or Telnet to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Fails when the group lets 0.0.0.0/0 or ::/0 reach FTP (TCP 20-21) or Telnet (TCP 23), through a rule for the port, a range that includes it, or an all-traffic rule.',
    risk: 'FTP and Telnet send user names, passwords and data in clear text, and their servers are old, rarely patched software: exposing them invites credential theft on the network path and brute-force attacks from everywhere.',
    remediation: {
      text: 'Remove the internet sources for ports 20, 21 and 23, and replace the services: SFTP (AWS Transfer Family, or SSH with Session Manager) instead of FTP, Session Manager instead of Telnet.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=21,ToPort=21,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'\naws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=21,ToPort=21,IpRanges=[{CidrIp=203.0.113.0/24}]'",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: partner network only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 21\n      ToPort: 21\n      CidrIp: 203.0.113.0/24  # not 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "ftp_telnet" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 21\n  to_port           = 21\n  cidr_ipv4         = "203.0.113.0/24" # not 0.0.0.0/0\n}',
    },
    messages: {
      closed: 'Security group {{name}} opens no FTP or Telnet to the internet.',
      open: 'Security group {{name}} opens {{ports}} ({{services}}) to {{sources}}.',
    },
  },
  evaluate(sg, { pass, fail }) {
    const open = openPortFinding(sg, 'ftp-telnet')
    return open ? fail('open', open) : pass('closed', { name: sg.name })
  },
})
