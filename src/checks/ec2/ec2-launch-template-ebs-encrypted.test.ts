import check from './ec2-launch-template-ebs-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { launchTemplate } from '../../../test/factories/index.js'

const cfn = (mappings: string) => `Template:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateData:\n      ImageId: ami-1\n      BlockDeviceMappings:\n${mappings}`
const cfnEbs = (device: string, ebs: string) => `        - DeviceName: ${device}\n          Ebs: { VolumeSize: 20${ebs} }\n`
const tf = (mappings: string) => `resource "aws_launch_template" "web" {\n  name     = "web"\n  image_id = "ami-1"\n${mappings}}\n`
const tfEbs = (device: string, encrypted?: string) => `  block_device_mappings {\n    device_name = "${device}"\n    ebs {\n      volume_size = 20\n${encrypted ? `      encrypted   = ${encrypted}\n` : ''}    }\n  }\n`

testCheck(check, {
  valid: [
    { name: 'root volume encrypted', resource: launchTemplate() },
    { name: 'two volumes encrypted, one from a snapshot', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf', encrypted: true, snapshotId: 'snap-1' }] }) },
  ],
  invalid: [
    { name: 'encryption turned off', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false }] }), messageId: 'unencrypted', at: 'ebsVolumes' },
    { name: 'encryption left unset', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda' }] }), messageId: 'notSet', at: 'ebsVolumes' },
    { name: 'a snapshot volume without the flag still fails', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf', snapshotId: 'snap-1' }] }), messageId: 'notSet', count: 1 },
    { name: 'one off and one unset: both reported', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false }, { deviceName: '/dev/sdf' }] }), messageId: 'unencrypted', count: 2 },
  ],
  unknown: [
    { name: 'flag from a parameter', resource: launchTemplate({ ebsVolumes: [{ deviceName: '/dev/xvda' }], unresolved: { ebsVolumes: '/dev/xvda: Encrypted !Ref Encrypt' } }) },
    { name: 'templates not listed', resource: launchTemplate(), gaps: [{ resourceType: 'ec2.launch-template', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'no EBS mapping (the AMI decides)', resource: launchTemplate({ ebsVolumes: [] }) }],
  iac: {
    cloudformation: {
      good: [cfn(cfnEbs('/dev/xvda', ', Encrypted: true') + '        - DeviceName: /dev/sdb\n          VirtualName: ephemeral0\n')],
      bad: [cfn(cfnEbs('/dev/xvda', ', Encrypted: false')), cfn(cfnEbs('/dev/xvda', ''))],
    },
    terraform: {
      good: [tf(tfEbs('/dev/xvda', '"true"')), tf(tfEbs('/dev/xvda', 'true'))],
      bad: [tf(tfEbs('/dev/xvda', '"false"')), tf(tfEbs('/dev/xvda'))],
    },
  },
})
