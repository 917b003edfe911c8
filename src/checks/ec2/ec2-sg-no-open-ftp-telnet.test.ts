import check from './ec2-sg-no-open-ftp-telnet.js'
import { testCheck } from '../../../test/check-tester.js'
import { securityGroup } from '../../../test/factories/index.js'
import type { SecurityGroupRule } from '../../model/ec2.js'

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: 'tcp', fromPort: 23, toPort: 23, ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })

testCheck(check, {
  valid: [
    { name: 'no inbound rules', resource: securityGroup() },
    { name: 'port 23 from a private range', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['10.0.0.0/8'] })] }) },
    { name: 'port 23 from another security group', resource: securityGroup({ ingress: [rule({ securityGroupIds: ['sg-bastion'] })] }) },
    { name: 'port 22 from the internet (another family)', resource: securityGroup({ ingress: [rule({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] })] }) },
    { name: 'port 23 from half of the internet', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['0.0.0.0/1'] })] }) },
  ],
  invalid: [
    { name: 'port 23 from 0.0.0.0/0', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['0.0.0.0/0'] })] }), messageId: 'open', at: 'ingress.0', count: 1 },
    { name: 'port 23 from ::/0', resource: securityGroup({ ingress: [rule({ fromPort: undefined, toPort: undefined }), rule({ ipv6Ranges: ['::/0'] })] }), messageId: 'open', at: 'ingress.1' },
    { name: 'a wide port range', resource: securityGroup({ ingress: [rule({ fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })] }), messageId: 'open' },
    { name: 'all traffic', resource: securityGroup({ ingress: [rule({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv4Ranges: ['0.0.0.0/0'] })] }), messageId: 'open' },
    { name: 'two halves of the address space in two rules', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['0.0.0.0/1'] }), rule({ ipv4Ranges: ['128.0.0.0/1'] })] }), messageId: 'open', count: 1 },
  ],
  unknown: [
    { name: 'rule source from a template parameter', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['{{unresolved}}'] })], unresolved: { 'ingress.0': 'CidrIp: !Ref AdminCidr' } }) },
    { name: 'security groups not listed', resource: securityGroup(), gaps: [{ resourceType: 'ec2.security-group', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeSecurityGroups denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: internal\n  SecurityGroupIngress:\n    - { IpProtocol: tcp, FromPort: 21, ToPort: 21, CidrIp: 10.0.0.0/16 }\n'],
      bad: ['Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: open\n  SecurityGroupIngress:\n    - { IpProtocol: tcp, FromPort: 21, ToPort: 21, CidrIp: 0.0.0.0/0 }\n'],
    },
    terraform: {
      good: ['resource "aws_security_group" "app" {\n  name = "app"\n  ingress {\n    protocol    = "tcp"\n    from_port   = 21\n    to_port     = 21\n    cidr_blocks = ["10.0.0.0/16"]\n  }\n}\n'],
      bad: ['resource "aws_security_group" "app" {\n  name = "app"\n  ingress {\n    protocol         = "tcp"\n    from_port        = 21\n    to_port          = 21\n    ipv6_cidr_blocks = ["::/0"]\n  }\n}\n'],
    },
  },
})
