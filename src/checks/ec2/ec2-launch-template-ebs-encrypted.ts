import { unsetEncryption } from '../../analysis/ebs-unset-encryption.js'
import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-launch-template-ebs-encrypted',
    resourceType: 'ec2.launch-template',
    title: 'EC2 launch template encrypts the EBS volumes it maps',
    severity: 'medium',
    categories: ['encryption'],
    reads: ['ec2.ebs-default-encryption'],
    description:
      'Checks every EBS block device mapping of the launch template\'s default version. Encrypted set to false fails, as in Security Hub (EC2.181), which judges only what the template states. A mapping that leaves Encrypted unset is judged by the region\'s EBS encryption-by-default setting, because that decides the volume: on, the volume is encrypted and the mapping passes; off, a new empty volume is unencrypted and fails, and a volume from a snapshot is unknown (it is encrypted only if the snapshot is); a setting that could not be read (or a template scan that does not declare it) gives unknown. A version without EBS mappings is skipped: the AMI\'s mappings apply.',
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
      notSet: 'Launch template {{name}} leaves encryption unset for EBS volume(s) {{devices}}, and EBS encryption by default is off in {{region}}.',
    },
  },
  evaluate(template, { pass, fail, skip, unknown, inventory }) {
    const volumes = template.ebsVolumes
    if (!volumes.length) return skip('the default version maps no EBS volume')
    const name = template.name
    const off = volumes.filter((v) => v.encrypted === false).map((v) => v.deviceName)
    const unset = unsetEncryption(volumes, template.region, inventory)
    const failures = [
      ...(off.length ? [fail('unencrypted', { data: { name, devices: off.join(', ') }, at: 'ebsVolumes' })] : []),
      ...(unset.kind === 'off' && unset.devices.length ? [fail('notSet', { data: { name, devices: unset.devices.join(', '), region: template.region }, at: 'ebsVolumes' })] : []),
    ]
    if (failures.length) return failures
    if (unset.kind === 'unknown') return unknown(`Encrypted is unset for ${unset.devices.join(', ')} and the region's EBS encryption-by-default setting is not known`)
    if (unset.kind === 'off') return unknown(`Encrypted is unset for the snapshot volume(s) ${unset.fromSnapshot.join(', ')}: they are encrypted only if their snapshot is`)
    return pass('encrypted', { name, count: volumes.length })
  },
})
