import check from './ec2-default-sg-restricts-all-traffic.js'
import { testCheck } from '../../../test/check-tester.js'
import { securityGroup } from '../../../test/factories/index.js'

const selfRef = { protocol: '-1', ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: ['sg-default'], prefixListIds: [] }
const allOut = { protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [] }
const defaultGroup = (over: Parameters<typeof securityGroup>[0] = {}) => securityGroup({ id: 'sg-default', groupId: 'sg-default', groupName: 'default', ingress: [], egress: [], ...over })

testCheck(check, {
  valid: [{ name: 'default group emptied', resource: defaultGroup() }],
  invalid: [
    { name: 'the rules AWS creates', resource: defaultGroup({ ingress: [selfRef], egress: [allOut] }), messageId: 'open', at: 'ingress' },
    { name: 'outbound rule left', resource: defaultGroup({ egress: [allOut] }), messageId: 'open', at: 'egress' },
  ],
  unknown: [{ name: 'rules unreadable', resource: defaultGroup({ unresolved: { ingress: 'ParseError' } }) }],
  skip: [{ name: 'not a default group', resource: securityGroup({ groupName: 'app' }) }],
  iac: {
    terraform: {
      good: ['resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n}\n'],
      bad: ['resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n  egress {\n    protocol    = "-1"\n    from_port   = 0\n    to_port     = 0\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n'],
    },
  },
})
