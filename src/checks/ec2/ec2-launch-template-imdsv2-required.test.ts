import check from './ec2-launch-template-imdsv2-required.js'
import { testCheck } from '../../../test/check-tester.js'
import { launchTemplate } from '../../../test/factories/index.js'

const cfn = (options: string) => `Template:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateData:\n      ImageId: ami-1\n${options}`
const tf = (options: string) => `resource "aws_launch_template" "web" {\n  name     = "web"\n  image_id = "ami-1"\n${options}}\n`

testCheck(check, {
  valid: [
    { name: 'tokens required', resource: launchTemplate() },
    { name: 'metadata endpoint off', resource: launchTemplate({ metadataOptions: { httpEndpoint: 'disabled', httpTokens: 'optional' } }) },
    { name: 'tokens required, endpoint from a parameter', resource: launchTemplate({ metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' }, unresolved: { 'metadataOptions.httpEndpoint': '!Ref Endpoint' } }) },
  ],
  invalid: [
    { name: 'IMDSv1 allowed', resource: launchTemplate({ metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }), messageId: 'optional', at: 'metadataOptions.httpTokens' },
    { name: 'left to the AMI and account defaults', resource: launchTemplate({ metadataOptions: {} }), messageId: 'notSet', at: 'metadataOptions.httpTokens' },
  ],
  unknown: [
    { name: 'endpoint from a parameter, tokens optional', resource: launchTemplate({ metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' }, unresolved: { 'metadataOptions.httpEndpoint': '!Ref Endpoint' } }) },
    { name: 'tokens from a parameter', resource: launchTemplate({ metadataOptions: { httpTokens: 'optional' }, unresolved: { 'metadataOptions.httpTokens': '!Ref Tokens' } }) },
    { name: 'templates not listed', resource: launchTemplate(), gaps: [{ resourceType: 'ec2.launch-template', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [cfn('      MetadataOptions:\n        HttpTokens: required\n'), cfn('      MetadataOptions:\n        HttpEndpoint: disabled\n')],
      bad: [cfn('      MetadataOptions:\n        HttpTokens: optional\n'), cfn('      InstanceType: t3.micro\n')],
    },
    terraform: {
      good: [tf('  metadata_options {\n    http_tokens = "required"\n  }\n')],
      bad: [tf('  metadata_options {\n    http_tokens = "optional"\n  }\n'), tf('')],
    },
  },
})
