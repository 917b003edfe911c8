import check from './ec2-instance-profile-attached.js'
import { testCheck } from '../../../test/check-tester.js'
import { ec2Instance } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'profile attached', resource: ec2Instance() }],
  invalid: [{ name: 'no profile', resource: ec2Instance({ instanceProfileArn: null }), messageId: 'missing', at: 'instanceProfileArn' }],
  unknown: [
    { name: 'profile from an unresolved import', resource: ec2Instance({ instanceProfileArn: '{{unresolved}}', unresolved: { instanceProfileArn: '!ImportValue Profile' } }) },
    { name: 'instances not listed', resource: ec2Instance(), gaps: [{ resourceType: 'ec2.instance', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Role:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }\nProfile:\n  Type: AWS::IAM::InstanceProfile\n  Properties: { Roles: [!Ref Role] }\nApp:\n  Type: AWS::EC2::Instance\n  Properties: { ImageId: ami-1, IamInstanceProfile: !Ref Profile }\n'],
      bad: ['Type: AWS::EC2::Instance\nProperties: { ImageId: ami-1 }\n'],
    },
    terraform: {
      good: ['resource "aws_instance" "app" {\n  ami                  = "ami-1"\n  instance_type        = "t3.micro"\n  iam_instance_profile = "app-profile"\n}\n'],
      bad: ['resource "aws_instance" "app" {\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n}\n'],
    },
  },
})
