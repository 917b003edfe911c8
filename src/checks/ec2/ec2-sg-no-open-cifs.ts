import { defineCheck } from '../../core/check.js'
import { openPortFinding } from '../../analysis/sg-port-verdict.js'

export default defineCheck({
  meta: {
    id: 'ec2-sg-no-open-cifs',
    resourceType: 'ec2.security-group',
    title: 'Security group does not open SMB/CIFS or NetBIOS ports to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Fails when the group lets 0.0.0.0/0 or ::/0 reach Windows file sharing: TCP 445 (SMB/CIFS) or the NetBIOS ports (UDP 137-138, TCP 139), through a rule for the port, a range that includes it, or an all-traffic rule.',
    risk: 'SMB exposed to the internet has carried self-spreading worms (WannaCry, NotPetya through EternalBlue) and gives attackers a direct path to file shares, password hashes (NTLM relay) and lateral movement.',
    remediation: {
      text: 'Remove the internet sources for 445 and 137-139. File shares should only be reachable from inside the VPC or over a VPN; Amazon FSx for Windows File Server security groups should name client security groups, not CIDR blocks of the internet.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'\naws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges=[{CidrIp=10.0.0.0/16}]'",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: VPC only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 445\n      ToPort: 445\n      CidrIp: 10.0.0.0/16  # not 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "cifs" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 445\n  to_port           = 445\n  cidr_ipv4         = "10.0.0.0/16" # not 0.0.0.0/0\n}',
    },
    messages: {
      closed: 'Security group {{name}} opens no SMB/CIFS or NetBIOS ports to the internet.',
      open: 'Security group {{name}} opens {{ports}} ({{services}}) to {{sources}}.',
    },
  },
  evaluate(sg, { pass, fail }) {
    const open = openPortFinding(sg, 'cifs')
    return open ? fail('open', open) : pass('closed', { name: sg.name })
  },
})
