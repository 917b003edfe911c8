import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-launch-template-ebs-encrypted',
    resourceType: 'ec2.launch-template',
    title: 'EC2 launch template encrypts the EBS volumes it maps',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks every EBS block device mapping of the launch template\'s default version: each must set Encrypted to true. Like Security Hub, only what the template states counts: a mapping that leaves Encrypted unset fails too, because its volume is then encrypted only while the region has EBS encryption by default on or when its snapshot happens to be encrypted, and the template is often used where neither holds. A version that maps no EBS volume is skipped (its AMI\'s mappings apply; ec2-volume-encrypted and ec2-ebs-default-encryption-enabled cover those).',
    risk: 'Instances launched from the template get unencrypted volumes, and so do their snapshots and every copy of them, which can then be shared or made public; the data is readable by anyone who gets raw access to a snapshot.',
    remediation: {
      text: 'Create a new template version whose EBS mappings set Encrypted to true (optionally with a customer managed KMS key), make it the default version, and replace the instances launched from the old one. Also turn on EBS encryption by default in every region.',
      cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <default-version> --launch-template-data \'{"BlockDeviceMappings":[{"DeviceName":"/dev/xvda","Ebs":{"Encrypted":true,"VolumeSize":20,"VolumeType":"gp3"}}]}\'\naws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new-version>\naws ec2 enable-ebs-encryption-by-default',
      cloudformation:
        'LaunchTemplate:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateName: web-servers\n    LaunchTemplateData:\n      ImageId: ami-0123456789abcdef0\n      InstanceType: t3.micro\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n            VolumeSize: 20\n            VolumeType: gp3\n            Encrypted: true',
      terraform:
        'resource "aws_launch_template" "web" {\n  name          = "web-servers"\n  image_id      = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      volume_size = 20\n      volume_type = "gp3"\n      encrypted   = "true"\n    }\n  }\n}',
    },
    messages: {
      encrypted: 'Launch template {{name}} encrypts all {{count}} EBS volume(s) it maps.',
      unencrypted: 'Launch template {{name}} maps unencrypted EBS volume(s): {{devices}}.',
      notSet: 'Launch template {{name}} leaves encryption unset for EBS volume(s) {{devices}} (encrypted only if the region default or the snapshot says so).',
    },
  },
  evaluate(template, { pass, fail, skip }) {
    const volumes = template.ebsVolumes
    if (!volumes.length) return skip('the default version maps no EBS volume')
    const name = template.name
    const off = volumes.filter((v) => v.encrypted === false).map((v) => v.deviceName)
    const open = volumes.filter((v) => v.encrypted === undefined).map((v) => v.deviceName)
    const failures = [
      ...(off.length ? [fail('unencrypted', { data: { name, devices: off.join(', ') }, at: 'ebsVolumes' })] : []),
      ...(open.length ? [fail('notSet', { data: { name, devices: open.join(', ') }, at: 'ebsVolumes' })] : []),
    ]
    return failures.length ? failures : pass('encrypted', { name, count: volumes.length })
  },
})
