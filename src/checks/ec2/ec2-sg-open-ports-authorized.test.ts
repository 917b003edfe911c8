import check from './ec2-sg-open-ports-authorized.js'
import { testCheck } from '../../../test/check-tester.js'
import { securityGroup } from '../../../test/factories/index.js'
import type { SecurityGroupRule } from '../../model/ec2.js'

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })

testCheck(check, {
  valid: [
    { name: 'HTTP and HTTPS from the internet', resource: securityGroup({ ingress: [rule({}), rule({ fromPort: 80, toPort: 80, ipv6Ranges: ['::/0'] })] }) },
    { name: 'any port from a private range', resource: securityGroup({ ingress: [rule({ fromPort: 0, toPort: 65535, ipv4Ranges: ['10.0.0.0/8'] })] }) },
    { name: 'an extra port authorized by option', resource: securityGroup({ ingress: [rule({ fromPort: 8443, toPort: 8443 })] }), options: { authorizedTcpPorts: [443, 8443] } },
    { name: 'no inbound rules', resource: securityGroup() },
  ],
  invalid: [
    { name: 'port 8080 from the internet', resource: securityGroup({ ingress: [rule({}), rule({ fromPort: 8080, toPort: 8080 })] }), messageId: 'unauthorized', at: 'ingress.1', count: 1 },
    { name: 'a range that goes beyond 443', resource: securityGroup({ ingress: [rule({ fromPort: 443, toPort: 444 })] }), messageId: 'unauthorized' },
    { name: 'all traffic from ::/0', resource: securityGroup({ ingress: [rule({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv4Ranges: [], ipv6Ranges: ['::/0'] })] }), messageId: 'unauthorized' },
    { name: 'UDP 53 from the internet (no UDP port authorized)', resource: securityGroup({ ingress: [rule({ protocol: 'udp', fromPort: 53, toPort: 53 })] }), messageId: 'unauthorized' },
    { name: 'split CIDR blocks for port 22', resource: securityGroup({ ingress: [rule({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/1'] }), rule({ fromPort: 22, toPort: 22, ipv4Ranges: ['128.0.0.0/1'] })] }), messageId: 'unauthorized', count: 1 },
  ],
  unknown: [{ name: 'port from a template parameter', resource: securityGroup({ ingress: [rule({ fromPort: 0, toPort: 0 })], unresolved: { 'ingress.0': 'FromPort: !Ref Port' } }) }],
  iac: {
    cloudformation: {
      good: ['Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: web\n  SecurityGroupIngress:\n    - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }\n'],
      bad: ['Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: dev\n  SecurityGroupIngress:\n    - { IpProtocol: tcp, FromPort: 3000, ToPort: 3000, CidrIp: 0.0.0.0/0 }\n'],
    },
    terraform: {
      good: ['resource "aws_security_group" "web" {\n  name = "web"\n  ingress {\n    protocol    = "tcp"\n    from_port   = 443\n    to_port     = 443\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n'],
      bad: ['resource "aws_security_group" "web" {\n  name = "web"\n  ingress {\n    protocol    = "tcp"\n    from_port   = 8080\n    to_port     = 8080\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n'],
    },
  },
})
