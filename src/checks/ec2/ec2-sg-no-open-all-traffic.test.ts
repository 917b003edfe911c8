import check from './ec2-sg-no-open-all-traffic.js'
import { testCheck } from '../../../test/check-tester.js'
import { securityGroup } from '../../../test/factories/index.js'
import type { SecurityGroupRule } from '../../model/ec2.js'

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: '-1', ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })

testCheck(check, {
  valid: [
    { name: 'HTTPS only', resource: securityGroup({ ingress: [rule({ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'] })] }) },
    { name: 'all traffic from the VPC', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['10.0.0.0/16'] })] }) },
    { name: 'all TCP ports open but not UDP', resource: securityGroup({ ingress: [rule({ protocol: 'tcp', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })] }) },
  ],
  invalid: [
    { name: 'all traffic from 0.0.0.0/0', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['0.0.0.0/0'] })] }), messageId: 'open', at: 'ingress.0' },
    { name: 'all traffic from ::/0', resource: securityGroup({ ingress: [rule({ ipv6Ranges: ['::/0'] })] }), messageId: 'open' },
    { name: 'every TCP and UDP port', resource: securityGroup({ ingress: [rule({ protocol: 'tcp', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] }), rule({ protocol: '17', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })] }), messageId: 'open' },
  ],
  unknown: [{ name: 'rules from an unresolved template value', resource: securityGroup({ ingress: [rule({ ipv4Ranges: ['{{unresolved}}'] })], unresolved: { ingress: '!If OpenToAll' } }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: web\n  SecurityGroupIngress:\n    - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }\n'],
      bad: ['Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: everything\n  SecurityGroupIngress:\n    - { IpProtocol: "-1", CidrIp: 0.0.0.0/0 }\n'],
    },
    terraform: {
      good: ['resource "aws_security_group" "web" {\n  name = "web"\n  ingress {\n    protocol    = "tcp"\n    from_port   = 443\n    to_port     = 443\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n'],
      bad: ['resource "aws_security_group" "web" {\n  name = "web"\n  ingress {\n    protocol    = "-1"\n    from_port   = 0\n    to_port     = 0\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n'],
    },
  },
})
