import check from './ec2-vpc-endpoints-s3-dynamodb.js'
import { testCheck } from '../../../test/check-tester.js'
import { vpc, vpcEndpoint } from '../../../test/factories/index.js'

const s3 = vpcEndpoint({ id: 'vpce-s3', serviceName: 'com.amazonaws.us-east-1.s3', endpointType: 'Gateway', subnetIds: [], routeTableIds: ['rtb-private'] })
const ddb = vpcEndpoint({ id: 'vpce-ddb', serviceName: 'com.amazonaws.us-east-1.dynamodb', endpointType: 'Gateway', subnetIds: [], routeTableIds: ['rtb-private'] })

testCheck(check, {
  valid: [
    { name: 'both gateway endpoints', resource: vpc(), related: { 'ec2.vpc-endpoint': [s3, ddb] } },
    { name: 'S3 interface endpoint and DynamoDB gateway', resource: vpc(), related: { 'ec2.vpc-endpoint': [vpcEndpoint({ id: 'vpce-s3i', serviceName: 'com.amazonaws.us-east-1.s3' }), ddb] } },
  ],
  invalid: [
    { name: 'no endpoints', resource: vpc(), messageId: 'missing' },
    { name: 'S3 only', resource: vpc(), related: { 'ec2.vpc-endpoint': [s3] }, messageId: 'missing' },
    { name: 'endpoints of another VPC', resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...s3, vpcId: 'vpc-2' }, { ...ddb, vpcId: 'vpc-2' }] }, messageId: 'missing' },
    { name: 'S3 Express is not S3', resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...s3, serviceName: 'com.amazonaws.us-east-1.s3express' }, ddb] }, messageId: 'missing' },
  ],
  unknown: [{ name: 'endpoints not listed', resource: vpc(), gaps: [{ resourceType: 'ec2.vpc-endpoint', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeVpcEndpoints denied' }] }],
  iac: {
    cloudformation: {
      good: ['Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\nS3:\n  Type: AWS::EC2::VPCEndpoint\n  Properties: { VpcId: !Ref Vpc, VpcEndpointType: Gateway, ServiceName: !Sub "com.amazonaws.${AWS::Region}.s3" }\nDdb:\n  Type: AWS::EC2::VPCEndpoint\n  Properties: { VpcId: !Ref Vpc, VpcEndpointType: Gateway, ServiceName: !Sub "com.amazonaws.${AWS::Region}.dynamodb" }\n'],
      bad: ['Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\n'],
    },
    terraform: {
      good: ['resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_vpc_endpoint" "s3" {\n  vpc_id       = aws_vpc.main.id\n  service_name = "com.amazonaws.us-east-1.s3"\n}\n\nresource "aws_vpc_endpoint" "dynamodb" {\n  vpc_id       = aws_vpc.main.id\n  service_name = "com.amazonaws.us-east-1.dynamodb"\n}\n'],
      bad: ['resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_vpc_endpoint" "s3" {\n  vpc_id       = aws_vpc.main.id\n  service_name = "com.amazonaws.us-east-1.s3"\n}\n'],
    },
  },
})
