import check from './ec2-instance-imdsv2-required.js'
import { testCheck } from '../../../test/check-tester.js'
import { ec2Instance } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'tokens required', resource: ec2Instance() },
    { name: 'metadata endpoint off', resource: ec2Instance({ metadataOptions: { httpEndpoint: 'disabled', httpTokens: 'optional' } }) },
  ],
  invalid: [{ name: 'IMDSv1 allowed', resource: ec2Instance({ metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'optional' } }), messageId: 'optional', at: 'metadataOptions.httpTokens' }],
  unknown: [
    { name: 'template leaves it to the AMI', resource: ec2Instance({ metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'optional' }, unresolved: { 'metadataOptions.httpTokens': 'MetadataOptions.HttpTokens is not set' } }) },
    { name: 'instances not listed', resource: ec2Instance(), gaps: [{ resourceType: 'ec2.instance', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::EC2::Instance\nProperties: { ImageId: ami-1, MetadataOptions: { HttpTokens: required } }\n'],
      bad: ['Type: AWS::EC2::Instance\nProperties: { ImageId: ami-1, MetadataOptions: { HttpTokens: optional } }\n'],
    },
    terraform: {
      good: ['resource "aws_instance" "app" {\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n'],
      bad: ['resource "aws_instance" "app" {\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n  metadata_options {\n    http_tokens = "optional"\n  }\n}\n'],
    },
  },
})
