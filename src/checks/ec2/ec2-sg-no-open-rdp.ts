import { defineCheck } from '../../core/check.js'
import { openPortFinding } from '../../analysis/sg-port-verdict.js'

export default defineCheck({
  meta: {
    id: 'ec2-sg-no-open-rdp',
    resourceType: 'ec2.security-group',
    title: 'Security group does not open RDP (port 3389) to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      "Fails when the group's inbound rules let 0.0.0.0/0 or ::/0 reach port 3389 (Remote Desktop, TCP or UDP), through a rule for that port, a range that includes it, or an all-traffic rule; split CIDR blocks that together cover the address space count too.",
    risk: 'Exposed Remote Desktop is one of the most common ransomware entry points: it is brute-forced continuously, and RDP vulnerabilities (BlueKeep and its successors) have allowed unauthenticated code execution.',
    remediation: {
      text: 'Remove the 0.0.0.0/0 and ::/0 sources for port 3389. Reach Windows instances through Fleet Manager / Session Manager port forwarding, a VPN, or a bastion whose security group is the only allowed source.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'\naws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=[{CidrIp=203.0.113.0/24}]'",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: admin network only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 3389\n      ToPort: 3389\n      CidrIp: 203.0.113.0/24  # not 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "rdp" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 3389\n  to_port           = 3389\n  cidr_ipv4         = "203.0.113.0/24" # not 0.0.0.0/0\n}',
    },
    messages: {
      closed: 'Security group {{name}} opens no RDP (port 3389) to the internet.',
      open: 'Security group {{name}} opens {{ports}} ({{services}}) to {{sources}}.',
    },
  },
  evaluate(sg, { pass, fail }) {
    const open = openPortFinding(sg, 'rdp')
    return open ? fail('open', open) : pass('closed', { name: sg.name })
  },
})
