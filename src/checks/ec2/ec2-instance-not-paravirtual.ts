import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-instance-not-paravirtual',
    resourceType: 'ec2.instance',
    title: 'EC2 instance uses hardware virtualization (HVM), not paravirtual',
    severity: 'medium',
    categories: ['lifecycle'],
    description:
      'Fails for an instance whose virtualization type is `paravirtual` (PV). The virtualization type comes from the AMI the instance was launched from and is only known once it runs, so the check is live-only.',
    risk: 'Paravirtual instances can only run on previous-generation instance types, boot through a legacy PV-GRUB kernel path and cannot use enhanced networking, NVMe storage or Nitro security features; their AMIs no longer get updates, so they fall behind on patches.',
    remediation: {
      text: 'Rebuild the workload on an HVM AMI (every current Amazon Linux, Ubuntu, Windows and other AWS-provided AMI is HVM) and a current-generation instance type, move the data over, then terminate the paravirtual instance. A PV instance cannot be converted in place.',
      cli: 'aws ec2 describe-images --image-ids <new-hvm-ami> --query "Images[].VirtualizationType"\naws ec2 run-instances --image-id <new-hvm-ami> --instance-type t3.micro --subnet-id <subnet-id>\naws ec2 terminate-instances --instance-ids <paravirtual-instance-id>',
      cloudformation: 'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: "{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}"   # an HVM AMI\n    InstanceType: t3.micro',
      terraform: 'data "aws_ami" "al2023" {\n  most_recent = true\n  owners      = ["amazon"]\n  filter {\n    name   = "virtualization-type"\n    values = ["hvm"]\n  }\n  filter {\n    name   = "name"\n    values = ["al2023-ami-*-x86_64"]\n  }\n}\n\nresource "aws_instance" "app" {\n  ami           = data.aws_ami.al2023.id\n  instance_type = "t3.micro"\n}',
    },
    messages: {
      hvm: 'Instance {{name}} uses {{type}} virtualization.',
      paravirtual: 'Instance {{name}} is a paravirtual (PV) instance.',
    },
    liveOnly: true,
  },
  evaluate(instance, { pass, fail, unknown }) {
    const type = instance.virtualizationType
    if (type === undefined) return unknown('the instance\'s virtualization type was not reported')
    return type === 'paravirtual' ? fail('paravirtual', { data: { name: instance.name }, at: 'virtualizationType' }) : pass('hvm', { name: instance.name, type })
  },
})
