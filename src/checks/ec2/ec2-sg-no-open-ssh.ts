import { defineCheck } from '../../core/check.js'
import { openPortFinding } from '../../analysis/sg-port-verdict.js'

export default defineCheck({
  meta: {
    id: 'ec2-sg-no-open-ssh',
    resourceType: 'ec2.security-group',
    title: 'Security group does not open SSH (port 22) to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      "Fails when the group's inbound rules let the whole IPv4 internet (0.0.0.0/0) or the whole IPv6 internet (::/0) reach TCP port 22, through a rule for that port, a port range that includes it, or an all-traffic rule. Several rules whose CIDR blocks together cover the address space (0.0.0.0/1 + 128.0.0.0/1) count as one open rule. Sources that are other security groups or prefix lists are not the internet.",
    risk: 'Internet-wide scanners find an open SSH port within minutes and start password guessing and exploit attempts at once; a weak key, a leaked key or an unpatched sshd is then enough for a foothold inside the VPC.',
    remediation: {
      text: "Remove the 0.0.0.0/0 and ::/0 sources for port 22. Use AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint instead of inbound SSH, or allow only your administrators' address ranges or a bastion's security group.",
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'\naws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=203.0.113.0/24}]'",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: admin network only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 22\n      ToPort: 22\n      CidrIp: 203.0.113.0/24  # not 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = "203.0.113.0/24" # not 0.0.0.0/0\n}',
    },
    messages: {
      closed: 'Security group {{name}} opens no SSH (port 22) to the internet.',
      open: 'Security group {{name}} opens {{ports}} ({{services}}) to {{sources}}.',
    },
  },
  evaluate(sg, { pass, fail }) {
    const open = openPortFinding(sg, 'ssh')
    return open ? fail('open', open) : pass('closed', { name: sg.name })
  },
})
