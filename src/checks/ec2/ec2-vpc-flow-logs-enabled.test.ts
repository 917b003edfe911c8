import check from './ec2-vpc-flow-logs-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { flowLog, vpc } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'active flow log on the VPC', resource: vpc(), related: { 'ec2.flow-log': [flowLog()] } },
    { name: 'rejected traffic only', resource: vpc(), related: { 'ec2.flow-log': [flowLog({ trafficType: 'REJECT' })] } },
  ],
  invalid: [
    { name: 'no flow log', resource: vpc(), messageId: 'none' },
    { name: 'flow log on a subnet only', resource: vpc(), related: { 'ec2.flow-log': [flowLog({ resourceId: 'subnet-a' })] }, messageId: 'none' },
    { name: 'flow log whose delivery fails', resource: vpc(), related: { 'ec2.flow-log': [flowLog({ deliverLogsStatus: 'FAILED' })] }, messageId: 'inactive' },
    { name: 'flow log in another region', resource: vpc(), related: { 'ec2.flow-log': [flowLog({ region: 'eu-west-1' })] }, messageId: 'none' },
  ],
  unknown: [
    { name: 'flow logs not listed', resource: vpc(), gaps: [{ resourceType: 'ec2.flow-log', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeFlowLogs denied' }] },
    { name: 'flow log target unresolved', resource: vpc(), related: { 'ec2.flow-log': [flowLog({ resourceId: '{{unresolved}}', unresolved: { resourceId: '!ImportValue SharedVpc' } })] } },
  ],
  iac: {
    cloudformation: {
      good: ['Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\nFlowLog:\n  Type: AWS::EC2::FlowLog\n  Properties: { ResourceType: VPC, ResourceId: !Ref Vpc, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::flow-logs }\n'],
      bad: ['Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\n'],
    },
    terraform: {
      good: ['resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = "arn:aws:s3:::flow-logs"\n}\n'],
      bad: ['resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n'],
    },
  },
})
