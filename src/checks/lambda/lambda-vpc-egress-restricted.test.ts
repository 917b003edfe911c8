import check from './lambda-vpc-egress-restricted.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, securityGroup } from '../../../test/factories/index.js'
import { cfnBody, cfnFunction, tfFile, tfFunction } from '../../../test/builders/iac-fragments.js'
import { cfnTwoZoneVpc, ec2ListingDenied, sgRule as rule, tfRuleBlock, tfSecurityGroup, tfSubnet, tfVpcConfig, withGroups } from '../../../test/builders/lambda-network.js'

const awsDefaultEgress = [rule({ ipv4Ranges: ['0.0.0.0/0'] })]
const twoGroups = lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1', 'sg-open'] } })
const sgGap = ec2ListingDenied('ec2.security-group', 'ec2:DescribeSecurityGroups denied')
// Templates: the function in two subnets of two zones with the group Sg (fn).
const cfnScenario = (sgProps = '') =>
  cfnBody(
    cfnTwoZoneVpc(),
    `Sg:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    GroupDescription: fn\n    VpcId: !Ref Vpc\n${sgProps}`,
    cfnFunction({ props: ', VpcConfig: { SubnetIds: [!Ref A, !Ref B], SecurityGroupIds: [!Ref Sg] }' }),
  )
const tfScenario = (sgBody = '', rules = '') =>
  tfFile(tfFunction({ name: 'api', runtime: 'nodejs22.x', body: tfVpcConfig('a', 'b') }), tfSubnet('a', { az: 'us-east-1a' }), tfSubnet('b', { az: 'us-east-1b' }), tfSecurityGroup(sgBody), rules)

testCheck(check, {
  valid: [
    { name: 'HTTPS to the VPC only', resource: lambdaFunction(), related: withGroups(securityGroup()) },
    { name: 'no egress rule at all', resource: lambdaFunction(), related: withGroups(securityGroup({ egress: [] })) },
    {
      name: 'all traffic, but only to another security group and a prefix list',
      resource: lambdaFunction(),
      related: withGroups(securityGroup({ egress: [rule({ securityGroupIds: ['sg-db'], prefixListIds: ['pl-63a5400a'] })] })),
    },
    {
      name: 'every TCP port to the world is not the all-traffic rule',
      resource: lambdaFunction(),
      related: withGroups(securityGroup({ egress: [rule({ protocol: 'tcp', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })] })),
    },
    {
      name: 'a group found by its group id when the inventory keys groups by ARN',
      resource: lambdaFunction(),
      related: withGroups(securityGroup({ id: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-1', groupId: 'sg-1' })),
    },
  ],
  invalid: [
    { name: 'the AWS default egress rule', resource: lambdaFunction(), related: withGroups(securityGroup({ egress: awsDefaultEgress })), messageId: 'allEgress', at: 'vpc.securityGroupIds.0' },
    {
      name: 'IPv6 only',
      resource: lambdaFunction(),
      related: withGroups(securityGroup({ egress: [rule({ ipv6Ranges: ['::/0'] })] })),
      messageId: 'allEgress',
    },
    {
      name: 'the internet split into two halves',
      resource: lambdaFunction(),
      related: withGroups(securityGroup({ egress: [rule({ ipv4Ranges: ['0.0.0.0/1'] }), rule({ ipv4Ranges: ['128.0.0.0/1'] })] })),
      messageId: 'allEgress',
    },
    {
      name: 'one fail for the second of two groups',
      resource: twoGroups,
      related: withGroups(securityGroup(), securityGroup({ id: 'sg-open', egress: awsDefaultEgress })),
      messageId: 'allEgress',
      at: 'vpc.securityGroupIds.1',
      count: 1,
    },
    {
      name: 'two offending groups give two fails',
      resource: twoGroups,
      related: withGroups(securityGroup({ egress: awsDefaultEgress }), securityGroup({ id: 'sg-open', egress: awsDefaultEgress })),
      messageId: 'allEgress',
      count: 2,
    },
  ],
  unknown: [
    { name: 'security groups could not be listed', resource: lambdaFunction(), gaps: [sgGap] },
    { name: 'a group is missing from the inventory', resource: twoGroups, related: withGroups(securityGroup()) },
    { name: 'egress rules unreadable', resource: lambdaFunction(), related: withGroups(securityGroup({ unresolved: { egress: 'AccessDenied' } })) },
    { name: 'group ids from a parameter', resource: lambdaFunction({ unresolved: { 'vpc.securityGroupIds': '!Ref SecurityGroupIds' } }), related: withGroups(securityGroup()) },
  ],
  skip: [
    { name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) },
    { name: 'empty VPC config', resource: lambdaFunction({ vpc: { subnetIds: [], securityGroupIds: [] } }) },
  ],
  iac: {
    cloudformation: {
      // Declaring SecurityGroupEgress replaces the allow-all rule AWS adds.
      good: [cfnScenario('    SecurityGroupEgress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }]\n')],
      bad: [
        // Without SecurityGroupEgress the group keeps the default allow-all egress rule.
        cfnScenario(),
        cfnScenario("    SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: 0.0.0.0/0 }]\n"),
      ],
    },
    terraform: {
      good: [
        // No egress block: Terraform removes the allow-all rule AWS adds, so the group has no egress.
        tfScenario(),
        tfScenario(tfRuleBlock('egress', { from: 443, to: 443, protocol: 'tcp', cidr: '10.0.0.0/16' })),
      ],
      bad: [
        tfScenario(tfRuleBlock('egress', { from: 0, to: 0, protocol: '-1', cidr: '0.0.0.0/0' })),
        // The allow-all rule re-created by a separate rule resource.
        tfScenario(
          '',
          'resource "aws_vpc_security_group_egress_rule" "all" {\n  security_group_id = aws_security_group.fn.id\n  ip_protocol       = "-1"\n  cidr_ipv4         = "0.0.0.0/0"\n}\n',
        ),
      ],
    },
  },
})
