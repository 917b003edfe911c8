import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-launch-template-imdsv2-required',
    resourceType: 'ec2.launch-template',
    title: 'EC2 launch template requires IMDSv2',
    severity: 'medium',
    categories: ['least-privilege'],
    description:
      'Checks the metadata options of the launch template\'s default version: HttpTokens must be `required` (IMDSv2 only), or the metadata endpoint turned off. A version that does not set HttpTokens fails as well, as AWS Config\'s rule does: the template then leaves it to the AMI (ImdsSupport v2.0) or to the account\'s instance metadata defaults, which can change, so it does not guarantee IMDSv2 to the instances it launches.',
    risk: 'Instances launched from the template answer IMDSv1, which hands the instance role\'s credentials to anything that can make the instance send a plain HTTP GET to 169.254.169.254 (a server-side request forgery, an open proxy). Templates feed Auto Scaling groups, so one setting spreads to every instance they launch.',
    remediation: {
      text: 'Create a new template version with MetadataOptions HttpTokens `required` (and HttpEndpoint `enabled`), make it the default version, and let Auto Scaling replace the instances (instance refresh). Check first that the software on the instances uses SDKs and agents that support IMDSv2.',
      cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <default-version> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required","HttpEndpoint":"enabled"}}\'\naws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new-version>',
      cloudformation:
        'LaunchTemplate:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateName: web-servers\n    LaunchTemplateData:\n      ImageId: ami-0123456789abcdef0\n      InstanceType: t3.micro\n      MetadataOptions:\n        HttpTokens: required\n        HttpEndpoint: enabled\n        HttpPutResponseHopLimit: 1',
      terraform:
        'resource "aws_launch_template" "web" {\n  name          = "web-servers"\n  image_id      = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n\n  metadata_options {\n    http_tokens                 = "required"\n    http_endpoint               = "enabled"\n    http_put_response_hop_limit = 1\n  }\n}',
    },
    messages: {
      required: 'Launch template {{name}} requires IMDSv2 (session tokens).',
      disabled: 'Launch template {{name}} turns the instance metadata service off.',
      optional: 'Launch template {{name}} lets instances answer IMDSv1 requests (HttpTokens optional).',
      notSet: 'Launch template {{name}} does not set HttpTokens, so it does not require IMDSv2 (the AMI or the account default decides).',
    },
  },
  evaluate(template, { pass, fail }) {
    const m = template.metadataOptions
    const name = template.name
    // Tokens first: a template that requires them passes whatever its endpoint setting says.
    if (m.httpTokens === 'required') return pass('required', { name })
    if (m.httpEndpoint === 'disabled') return pass('disabled', { name })
    return fail(m.httpTokens === 'optional' ? 'optional' : 'notSet', { data: { name }, at: 'metadataOptions.httpTokens' })
  },
})
