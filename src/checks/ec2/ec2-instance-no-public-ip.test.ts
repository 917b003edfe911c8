import check from './ec2-instance-no-public-ip.js'
import { testCheck } from '../../../test/check-tester.js'
import { ec2Instance } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'private instance', resource: ec2Instance() }],
  invalid: [{ name: 'public address', resource: ec2Instance({ publicIp: '203.0.113.10' }), messageId: 'public', at: 'publicIp' }],
  unknown: [
    { name: 'subnet outside the template', resource: ec2Instance({ unresolved: { publicIp: 'subnet subnet-x is not in this template' } }) },
    { name: 'instances not listed', resource: ec2Instance(), gaps: [{ resourceType: 'ec2.instance', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeInstances denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        'Subnet:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a }\nApp:\n  Type: AWS::EC2::Instance\n  Properties: { ImageId: ami-1, SubnetId: !Ref Subnet }\n',
        'App:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: ami-1\n    NetworkInterfaces: [{ DeviceIndex: "0", SubnetId: subnet-x, AssociatePublicIpAddress: false }]\n',
      ],
      bad: [
        'Subnet:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a, MapPublicIpOnLaunch: true }\nApp:\n  Type: AWS::EC2::Instance\n  Properties: { ImageId: ami-1, SubnetId: !Ref Subnet }\n',
        'App:\n  Type: AWS::EC2::Instance\n  Properties: { ImageId: ami-1, SubnetId: subnet-x }\nIp:\n  Type: AWS::EC2::EIP\n  Properties: { InstanceId: !Ref App }\n',
      ],
    },
    terraform: {
      good: ['resource "aws_instance" "app" {\n  ami                         = "ami-1"\n  instance_type               = "t3.micro"\n  subnet_id                   = "subnet-x"\n  associate_public_ip_address = false\n}\n'],
      bad: ['resource "aws_instance" "app" {\n  ami                         = "ami-1"\n  instance_type               = "t3.micro"\n  subnet_id                   = "subnet-x"\n  associate_public_ip_address = true\n}\n'],
    },
  },
})
