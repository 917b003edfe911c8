import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-instance-profile-attached',
    resourceType: 'ec2.instance',
    title: 'EC2 instance has an IAM instance profile',
    severity: 'low',
    categories: ['least-privilege', 'secrets'],
    description: 'Passes when an IAM instance profile (a role) is attached to the instance. Software on an instance without one that calls AWS has to use long-lived access keys stored on disk or in the environment. Instances that need no AWS access still benefit from a role with only the Systems Manager core policy, to be managed without SSH.',
    risk: 'Access keys copied onto instances end up in images, snapshots, backups and shell histories, never rotate, and keep working after the instance is gone. Role credentials are temporary and rotated automatically.',
    remediation: {
      text: 'Create a role with the permissions the workload needs (at least AmazonSSMManagedInstanceCore), attach it through an instance profile, and remove any access keys from the instance.',
      cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<instance-profile>',
      cloudformation: 'Type: AWS::EC2::Instance\nProperties:\n  ImageId: ami-0123456789abcdef0\n  InstanceType: t3.micro\n  IamInstanceProfile: !Ref AppInstanceProfile',
      terraform: 'resource "aws_instance" "app" {\n  ami                  = data.aws_ami.app.id\n  instance_type        = "t3.micro"\n  iam_instance_profile = aws_iam_instance_profile.app.name\n}',
    },
    messages: {
      attached: 'Instance {{name}} runs with an IAM instance profile.',
      missing: 'Instance {{name}} has no IAM instance profile.',
    },
  },
  evaluate(instance, { pass, fail }) {
    return instance.instanceProfileArn ? pass('attached', { name: instance.name }) : fail('missing', { data: { name: instance.name }, at: 'instanceProfileArn' })
  },
})
