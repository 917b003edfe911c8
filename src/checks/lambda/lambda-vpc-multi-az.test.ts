import check from './lambda-vpc-multi-az.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, subnet } from '../../../test/factories/index.js'
import { cfnBody, tfFile, tfFunction } from '../../../test/builders/iac-fragments.js'
import { cfnTwoZoneVpc, ec2ListingDenied, tfSecurityGroup, tfSubnet, tfVpcConfig } from '../../../test/builders/lambda-network.js'

const subnetA = subnet({ id: 'subnet-a', availabilityZone: 'us-east-1a' })
const subnetB = subnet({ id: 'subnet-b', availabilityZone: 'us-east-1b' })
const subnetA2 = subnet({ id: 'subnet-a2', availabilityZone: 'us-east-1a' })
const subnetGap = ec2ListingDenied('ec2.subnet', 'ec2:DescribeSubnets denied')
// Templates: subnets A and B in the given zones, the function in both.
const cfnScenario = (zoneOfA: string, zoneOfB: string) =>
  cfnBody(
    'Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    Runtime: nodejs22.x\n    Handler: index.handler\n    Role: arn:aws:iam::123456789012:role/fn\n    Code: { ZipFile: x }\n    VpcConfig: { SubnetIds: [!Ref A, !Ref B], SecurityGroupIds: [!Ref Sg] }\n',
    cfnTwoZoneVpc(zoneOfA, zoneOfB),
    'Sg: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: fn, VpcId: !Ref Vpc } }\n',
  )
// Template: subnet a in us-east-1a, subnet b in the given zone, the function in the given subnets.
const tfScenario = (zoneOfB = 'us-east-1b', fnSubnets = ['a', 'b']) =>
  tfFile(
    tfSubnet('a', { cidr: '10.0.0.0/24', az: 'us-east-1a' }),
    tfSubnet('b', { cidr: '10.0.1.0/24', az: zoneOfB }),
    tfSecurityGroup(),
    tfFunction({ body: tfVpcConfig(...fnSubnets) }),
  )

testCheck(check, {
  valid: [
    { name: 'two subnets in two zones', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA, subnetB] } },
    {
      name: 'three subnets, two zones',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a2', 'subnet-b'], securityGroupIds: ['sg-1'] } }),
      related: { 'ec2.subnet': [subnetA, subnetA2, subnetB] },
    },
    {
      name: 'two zones known even though a third subnet is not in the inventory',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b', 'subnet-gone'], securityGroupIds: ['sg-1'] } }),
      related: { 'ec2.subnet': [subnetA, subnetB] },
    },
  ],
  invalid: [
    {
      name: 'a single subnet (no inventory needed)',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a'], securityGroupIds: ['sg-1'] } }),
      messageId: 'singleSubnet',
      at: 'vpc.subnetIds',
    },
    {
      name: 'two subnets in the same zone',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a2'], securityGroupIds: ['sg-1'] } }),
      related: { 'ec2.subnet': [subnetA, subnetA2] },
      messageId: 'singleAz',
      at: 'vpc.subnetIds',
    },
    {
      name: 'duplicate subnet ids count once',
      resource: lambdaFunction({ vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a'], securityGroupIds: ['sg-1'] } }),
      messageId: 'singleSubnet',
    },
  ],
  unknown: [
    { name: 'subnets could not be listed', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA] }, gaps: [subnetGap] },
    { name: 'a subnet is missing from the inventory', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA] } },
    { name: 'subnet ids from an unresolved parameter', resource: lambdaFunction({ unresolved: { 'vpc.subnetIds': '!Ref SubnetIds' } }), related: { 'ec2.subnet': [subnetA, subnetB] } },
    { name: 'zone of a subnet unresolved', resource: lambdaFunction(), related: { 'ec2.subnet': [subnetA, subnet({ id: 'subnet-b', availabilityZone: 'us-east-1a', unresolved: { availabilityZone: '!Select [1, !GetAZs]' } })] } },
  ],
  skip: [
    { name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) },
    { name: 'empty VPC config', resource: lambdaFunction({ vpc: { subnetIds: [], securityGroupIds: [] } }) },
  ],
  iac: {
    terraform: {
      good: [tfScenario()],
      bad: [
        // Two subnets, one Availability Zone.
        tfScenario('us-east-1a'),
        // The function uses one subnet only.
        tfScenario('us-east-1b', ['a']),
      ],
    },
    cloudformation: {
      good: [cfnScenario("!Select [0, !GetAZs '']", "!Select [1, !GetAZs '']")],
      bad: [cfnScenario('us-east-1a', 'us-east-1a')],
    },
  },
})
