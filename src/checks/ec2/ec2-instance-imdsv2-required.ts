import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-instance-imdsv2-required',
    resourceType: 'ec2.instance',
    title: 'EC2 instance requires IMDSv2 for its metadata',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Passes when the instance metadata service requires session tokens (HttpTokens `required`, IMDSv2 only) or is turned off (HttpEndpoint `disabled`). With `optional`, IMDSv1 still answers plain GET requests. In a template, an instance without MetadataOptions gets the default of its AMI (ImdsSupport v2.0) or of the account\'s instance metadata defaults, which the template cannot tell: it is reported unknown.',
    risk: 'IMDSv1 hands the instance role\'s credentials to anything that can make the instance send an HTTP GET to 169.254.169.254 — a server-side request forgery in a web application, an open proxy, a misconfigured reverse proxy. That is how the 2019 Capital One breach took its credentials.',
    remediation: {
      text: 'Require IMDSv2 on every instance (check first that the software on it uses an SDK or agent version that supports tokens), set it in launch templates, and set the account-level instance metadata defaults so that new instances get it.',
      cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled\naws ec2 modify-instance-metadata-defaults --http-tokens required',
      cloudformation: 'Type: AWS::EC2::Instance\nProperties:\n  ImageId: ami-0123456789abcdef0\n  InstanceType: t3.micro\n  MetadataOptions:\n    HttpTokens: required\n    HttpEndpoint: enabled',
      terraform: 'resource "aws_instance" "app" {\n  ami           = data.aws_ami.app.id\n  instance_type = "t3.micro"\n  metadata_options {\n    http_tokens   = "required"\n    http_endpoint = "enabled"\n  }\n}',
    },
    messages: {
      required: 'Instance {{name}} accepts only IMDSv2 (session tokens required).',
      disabled: 'Instance {{name}} has the instance metadata service turned off.',
      optional: 'Instance {{name}} still answers IMDSv1 requests (HttpTokens optional).',
    },
  },
  evaluate(instance, { pass, fail }) {
    const m = instance.metadataOptions
    if (m.httpEndpoint === 'disabled') return pass('disabled', { name: instance.name })
    return m.httpTokens === 'required' ? pass('required', { name: instance.name }) : fail('optional', { data: { name: instance.name }, at: 'metadataOptions.httpTokens' })
  },
})
