import check from './ec2-nacl-no-open-admin-ports.js'
import { testCheck } from '../../../test/check-tester.js'
import { CATCH_ALL_DENY, naclEntry, networkAcl } from '../../../test/factories/index.js'

const allowAllIn = naclEntry({ ruleNumber: 100, protocol: '-1', cidr: '0.0.0.0/0', portRange: undefined })
const allowAllIn6 = naclEntry({ ruleNumber: 101, protocol: '-1', cidr: undefined, ipv6Cidr: '::/0', portRange: undefined })
const denySsh = naclEntry({ ruleNumber: 50, action: 'deny', cidr: '0.0.0.0/0', portRange: { from: 22, to: 22 } })
const denyRdp = naclEntry({ ruleNumber: 51, action: 'deny', cidr: '0.0.0.0/0', portRange: { from: 3389, to: 3389 } })
const denyRdpUdp = naclEntry({ ruleNumber: 52, action: 'deny', protocol: '17', cidr: '0.0.0.0/0', portRange: { from: 3389, to: 3389 } })
const acl = (...entries: ReturnType<typeof naclEntry>[]) => networkAcl({ entries: [...entries, ...CATCH_ALL_DENY] })

testCheck(check, {
  valid: [
    { name: 'HTTPS from anywhere, SSH from the VPC', resource: networkAcl() },
    { name: 'deny entries before the broad allow', resource: acl(denySsh, denyRdp, denyRdpUdp, allowAllIn) },
    { name: 'the world denied in two halves before the allow', resource: acl(naclEntry({ ruleNumber: 10, action: 'deny', protocol: '-1', cidr: '0.0.0.0/1', portRange: undefined }), naclEntry({ ruleNumber: 11, action: 'deny', protocol: '-1', cidr: '128.0.0.0/1', portRange: undefined }), allowAllIn) },
    { name: 'egress allow-all is not inbound', resource: acl(naclEntry({ ruleNumber: 100, egress: true, protocol: '-1', cidr: '0.0.0.0/0', portRange: undefined })) },
  ],
  invalid: [
    { name: 'allow all inbound (the default ACL)', resource: acl(allowAllIn), messageId: 'open', at: 'entries', count: 3 },
    { name: 'allow all inbound for IPv4 and IPv6', resource: acl(allowAllIn, allowAllIn6), messageId: 'open', count: 6 },
    { name: 'deny placed after the allow has no effect', resource: acl(allowAllIn, naclEntry({ ...denySsh, ruleNumber: 200 })), messageId: 'open' },
    { name: 'deny for part of the internet does not close the port', resource: acl(naclEntry({ ...denySsh, cidr: '10.0.0.0/8' }), naclEntry({ ruleNumber: 100, cidr: '0.0.0.0/0', portRange: { from: 22, to: 22 } })), messageId: 'open', count: 1 },
    { name: 'SSH in a port range', resource: acl(naclEntry({ ruleNumber: 100, cidr: '0.0.0.0/0', portRange: { from: 0, to: 1024 } })), messageId: 'open', count: 1 },
  ],
  unknown: [
    { name: 'entries from an unresolved template value', resource: networkAcl({ entries: [allowAllIn, ...CATCH_ALL_DENY], unresolved: { entries: 'Deny50: CidrBlock !Ref AdminCidr' } }) },
    { name: 'network ACLs not listed', resource: networkAcl(), gaps: [{ resourceType: 'ec2.network-acl', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeNetworkAcls denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Acl:\n  Type: AWS::EC2::NetworkAcl\n  Properties: { VpcId: vpc-1 }\nHttpsIn:\n  Type: AWS::EC2::NetworkAclEntry\n  Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 443, To: 443 } }\n'],
      bad: ['Acl:\n  Type: AWS::EC2::NetworkAcl\n  Properties: { VpcId: vpc-1 }\nAllIn:\n  Type: AWS::EC2::NetworkAclEntry\n  Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0 }\n'],
    },
    terraform: {
      good: ['resource "aws_network_acl" "app" {\n  vpc_id = "vpc-1"\n  ingress {\n    rule_no    = 100\n    protocol   = "tcp"\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 443\n    to_port    = 443\n  }\n}\n'],
      bad: ['resource "aws_network_acl" "app" {\n  vpc_id = "vpc-1"\n  ingress {\n    rule_no    = 100\n    protocol   = "-1"\n    action     = "allow"\n    cidr_block = "0.0.0.0/0"\n    from_port  = 0\n    to_port    = 0\n  }\n}\n'],
    },
  },
})
