import check from './lambda-vpc-sg-no-open-ingress.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, securityGroup } from '../../../test/factories/index.js'
import type { SecurityGroupRule } from '../../model/ec2.js'
import { cfnSubnetScenario, ec2ListingDenied, sgRule, tfRuleBlock, tfSubnetScenario, withGroups } from '../../../test/builders/lambda-network.js'

const rule = (over: Partial<SecurityGroupRule>) => sgRule({ protocol: 'tcp', fromPort: 443, toPort: 443, ...over })
// The factory function uses sg-1.
const fn = lambdaFunction()
const group = (...ingress: SecurityGroupRule[]) => withGroups(securityGroup({ ingress }))
const sgGap = ec2ListingDenied('ec2.security-group', 'ec2:DescribeSecurityGroups denied')

testCheck(check, {
  valid: [
    { name: 'no inbound rules', resource: fn, related: group() },
    { name: 'inbound from the VPC and from another group only', resource: fn, related: group(rule({ ipv4Ranges: ['10.0.0.0/16'] }), rule({ securityGroupIds: ['sg-alb'] }), rule({ prefixListIds: ['pl-1'] })) },
    { name: 'inbound from most but not all of the internet', resource: fn, related: group(rule({ ipv4Ranges: ['0.0.0.0/1'] })) },
  ],
  invalid: [
    { name: 'HTTPS from 0.0.0.0/0', resource: fn, related: group(rule({ ipv4Ranges: ['0.0.0.0/0'] })), messageId: 'openIngress', at: 'vpc.securityGroupIds.0' },
    { name: 'all traffic from ::/0', resource: fn, related: group(rule({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv6Ranges: ['::/0'] })), messageId: 'openIngress' },
    { name: 'split blocks in two rules cover the internet', resource: fn, related: group(rule({ ipv4Ranges: ['0.0.0.0/1'] }), rule({ fromPort: 22, toPort: 22, ipv4Ranges: ['128.0.0.0/1'] })), messageId: 'openIngress' },
    {
      name: 'only the second of two groups is open',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a'], securityGroupIds: ['sg-1', 'sg-2'] } }),
      related: withGroups(securityGroup(), securityGroup({ id: 'sg-2', ingress: [rule({ fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] })] })),
      messageId: 'openIngress',
      at: 'vpc.securityGroupIds.1',
      count: 1,
    },
  ],
  unknown: [
    { name: 'security groups could not be listed', resource: fn, gaps: [sgGap] },
    { name: 'the group is not in the inventory', resource: fn },
    { name: 'ingress from an unresolved parameter', resource: fn, related: withGroups(securityGroup({ ingress: [rule({ ipv4Ranges: ['0.0.0.0/0'] })], unresolved: { ingress: '!Ref AllowedCidr' } })) },
  ],
  skip: [
    { name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) },
    { name: 'no security group', resource: lambdaFunction({ vpc: { subnetIds: ['subnet-a'], securityGroupIds: [] } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        cfnSubnetScenario({ ingress: '[{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }]' }),
        // No ingress at all: a function needs none.
        cfnSubnetScenario(),
      ],
      bad: [cfnSubnetScenario({ ingress: '[{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]' }), cfnSubnetScenario({ ingress: "[{ IpProtocol: '-1', CidrIpv6: '::/0' }]" })],
    },
    terraform: {
      good: [tfSubnetScenario({ sg: tfRuleBlock('ingress', { from: 443, to: 443, protocol: 'tcp', cidr: '10.0.0.0/16' }) })],
      bad: [
        tfSubnetScenario({ sg: tfRuleBlock('ingress', { from: 0, to: 0, protocol: '-1', cidr: '0.0.0.0/0' }) }),
        // The open rule is a separate resource.
        tfSubnetScenario({
          rules: `resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.fn.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
`,
        }),
      ],
    },
  },
})
