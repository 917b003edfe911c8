import check from './ec2-subnet-no-auto-public-ip.js'
import { testCheck } from '../../../test/check-tester.js'
import { subnet } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'no automatic public addresses', resource: subnet() }],
  invalid: [{ name: 'auto-assign on', resource: subnet({ mapPublicIpOnLaunch: true }), messageId: 'automatic', at: 'mapPublicIpOnLaunch' }],
  unknown: [
    { name: 'from a parameter', resource: subnet({ unresolved: { mapPublicIpOnLaunch: '!Ref Public' } }) },
    { name: 'subnets not listed', resource: subnet(), gaps: [{ resourceType: 'ec2.subnet', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::EC2::Subnet\nProperties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a }\n'],
      bad: ['Type: AWS::EC2::Subnet\nProperties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a, MapPublicIpOnLaunch: true }\n'],
    },
    terraform: {
      good: ['resource "aws_subnet" "app" {\n  vpc_id            = "vpc-1"\n  cidr_block        = "10.0.1.0/24"\n  availability_zone = "us-east-1a"\n}\n'],
      bad: ['resource "aws_subnet" "app" {\n  vpc_id                  = "vpc-1"\n  cidr_block              = "10.0.1.0/24"\n  availability_zone       = "us-east-1a"\n  map_public_ip_on_launch = true\n}\n'],
    },
  },
})
