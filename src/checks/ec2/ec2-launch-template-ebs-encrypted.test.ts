import check from './ec2-launch-template-ebs-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ebsDefaultEncryption, launchTemplate } from '../../../test/factories/index.js'

const byDefault = (enabled: boolean) => ({ 'ec2.ebs-default-encryption': [ebsDefaultEncryption({ enabled })] })

const cfn = (mappings: string) => `Template:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateData:\n      ImageId: ami-1\n      BlockDeviceMappings:\n${mappings}`
const cfnEbs = (device: string, ebs: string) => `        - DeviceName: ${device}\n          Ebs: { VolumeSize: 20${ebs} }\n`
const tf = (mappings: string) => `resource "aws_launch_template" "web" {\n  name     = "web"\n  image_id = "ami-1"\n${mappings}}\n`
const tfEbs = (device: string, encrypted?: string) => `  block_device_mappings {\n    device_name = "${device}"\n    ebs {\n      volume_size = 20\n${encrypted ? `      encrypted   = ${encrypted}\n` : ''}    }\n  }\n`

testCheck(check, {
  valid: [
    { name: 'root volume encrypted', resource: launchTemplate() },
    { name: 'two volumes encrypted, one from a snapshot', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf', encrypted: true, snapshotId: 'snap-1' }] }) },
    { name: 'flag unset, encryption by default on', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda' }] }), related: byDefault(true) },
    { name: 'snapshot volume unset, encryption by default on', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/sdf', snapshotId: 'snap-1' }] }), related: byDefault(true) },
  ],
  invalid: [
    { name: 'encryption turned off', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false }] }), messageId: 'unencrypted', at: 'ebsVolumes' },
    { name: 'encryption left unset, encryption by default off', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda' }] }), related: byDefault(false), messageId: 'notSet', at: 'ebsVolumes' },
    { name: 'one off and one unset with the default off: both reported', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false }, { deviceName: '/dev/sdf' }] }), related: byDefault(false), messageId: 'unencrypted', count: 2 },
    { name: 'explicitly off fails whatever the region default', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false }] }), related: byDefault(true), messageId: 'unencrypted' },
  ],
  unknown: [
    { name: 'flag from a parameter', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda' }], unresolved: { ebsVolumes: '/dev/xvda: Encrypted !Ref Encrypt' } }) },
    { name: 'flag unset and the region default not known', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda' }] }) },
    { name: 'snapshot volume unset with the default off: depends on the snapshot', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf', snapshotId: 'snap-1' }] }), related: byDefault(false) },
    { name: 'encryption-by-default setting unreadable', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda' }] }), gaps: [{ resourceType: 'ec2.ebs-default-encryption', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:GetEbsEncryptionByDefault was denied' }] },
    { name: 'templates not listed', resource: launchTemplate(), gaps: [{ resourceType: 'ec2.launch-template', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'no EBS mapping (the AMI decides)', resource: launchTemplate({ ebsVolumes: [] }) }],
  iac: {
    cloudformation: {
      good: [cfn(cfnEbs('/dev/xvda', ', Encrypted: true') + '        - DeviceName: /dev/sdb\n          VirtualName: ephemeral0\n')],
      bad: [cfn(cfnEbs('/dev/xvda', ', Encrypted: false'))],
    },
    terraform: {
      good: [tf(tfEbs('/dev/xvda', '"true"')), tf(tfEbs('/dev/xvda', 'true')), tf(tfEbs('/dev/xvda')) + 'resource "aws_ebs_encryption_by_default" "on" {\n  enabled = true\n}\n'],
      bad: [tf(tfEbs('/dev/xvda', '"false"')), tf(tfEbs('/dev/xvda')) + 'resource "aws_ebs_encryption_by_default" "off" {\n  enabled = false\n}\n'],
    },
  },
})
