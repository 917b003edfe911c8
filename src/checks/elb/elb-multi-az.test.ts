import check from './elb-multi-az.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'two zones', resource: loadBalancer() }],
  invalid: [
    { name: 'one zone NLB', resource: loadBalancer({ type: 'network', availabilityZones: ['us-east-1a'] }), messageId: 'single-az', at: 'availabilityZones' },
    { name: 'two zones when three are required', resource: loadBalancer(), options: { minimumZones: 3 }, messageId: 'single-az' },
  ],
  unknown: [{ name: 'subnet zones not known (template)', resource: loadBalancer({ unresolved: { availabilityZones: 'subnet-x: Availability Zone not known' } }) }],
  iac: {
    cloudformation: {
      good: ['A:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a }\nB:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.2.0/24, AvailabilityZone: us-east-1b }\nLb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Type: network, Subnets: [!Ref A, !Ref B] }\n'],
      bad: ['A:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a }\nLb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Type: network, Subnets: [!Ref A] }\n'],
    },
    terraform: {
      good: ['resource "aws_subnet" "a" {\n  vpc_id            = "vpc-1"\n  cidr_block        = "10.0.1.0/24"\n  availability_zone = "us-east-1a"\n}\nresource "aws_subnet" "b" {\n  vpc_id            = "vpc-1"\n  cidr_block        = "10.0.2.0/24"\n  availability_zone = "us-east-1b"\n}\nresource "aws_lb" "this" {\n  name               = "orders"\n  load_balancer_type = "network"\n  subnets            = [aws_subnet.a.id, aws_subnet.b.id]\n}\n'],
      bad: ['resource "aws_subnet" "a" {\n  vpc_id            = "vpc-1"\n  cidr_block        = "10.0.1.0/24"\n  availability_zone = "us-east-1a"\n}\nresource "aws_lb" "this" {\n  name               = "orders"\n  load_balancer_type = "network"\n  subnets            = [aws_subnet.a.id]\n}\n'],
    },
  },
})
