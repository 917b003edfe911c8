import check from './ec2-spot-fleet-ebs-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ebsDefaultEncryption, spotFleetRequest } from '../../../test/factories/index.js'

const byDefault = (enabled: boolean) => ({ 'ec2.ebs-default-encryption': [ebsDefaultEncryption({ enabled })] })

const cfn = (specs: string) =>
  `Fleet:\n  Type: AWS::EC2::SpotFleet\n  Properties:\n    SpotFleetRequestConfigData:\n      IamFleetRole: arn:aws:iam::111122223333:role/fleet\n      TargetCapacity: 1\n${specs}`
const cfnSpec = (ebs: string) => `      LaunchSpecifications:\n        - ImageId: ami-1\n          InstanceType: c5.large\n          BlockDeviceMappings:\n            - DeviceName: /dev/xvda\n              Ebs: { VolumeSize: 20${ebs} }\n`
const tf = (specs: string) => `resource "aws_spot_fleet_request" "workers" {\n  iam_fleet_role  = "arn:aws:iam::111122223333:role/fleet"\n  target_capacity = 1\n${specs}}\n`
const tfSpec = (root: string, ebs = '') => `  launch_specification {\n    ami           = "ami-1"\n    instance_type = "c5.large"\n    root_block_device {\n      volume_size = 20\n${root}    }\n${ebs}  }\n`

testCheck(check, {
  valid: [
    { name: 'every volume encrypted', resource: spotFleetRequest() },
    { name: 'two specifications, all encrypted', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }] }, { ebsVolumes: [{ deviceName: '/dev/sdf', encrypted: true, snapshotId: 'snap-1' }] }] }) },
    { name: 'flag unset, encryption by default on', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/xvda' }, { deviceName: '/dev/sdf', snapshotId: 'snap-1' }] }] }), related: byDefault(true) },
  ],
  invalid: [
    { name: 'flag unset, encryption by default off', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/xvda' }] }] }), related: byDefault(false), messageId: 'notSet', at: 'launchSpecifications' },
    { name: 'root volume unencrypted', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: false }] }] }), messageId: 'unencrypted', at: 'launchSpecifications' },
    { name: 'an unset volume beside an unencrypted one', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/xvda' }, { deviceName: '/dev/sdf', encrypted: false }] }] }), messageId: 'unencrypted', count: 1 },
  ],
  unknown: [
    { name: 'flag unset and the region default not known', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/xvda' }] }] }) },
    { name: 'snapshot volume unset with the default off', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/sdf', snapshotId: 'snap-1' }] }] }), related: byDefault(false) },
    { name: 'encryption-by-default setting unreadable', resource: spotFleetRequest({ launchSpecifications: [{ ebsVolumes: [{ deviceName: '/dev/xvda' }] }] }), gaps: [{ resourceType: 'ec2.ebs-default-encryption', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:GetEbsEncryptionByDefault was denied' }] },
    { name: 'specifications from a parameter', resource: spotFleetRequest({ unresolved: { launchSpecifications: '!Ref Specs' } }) },
    { name: 'requests not listed', resource: spotFleetRequest(), gaps: [{ resourceType: 'ec2.spot-fleet-request', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [
    { name: 'launches from launch templates', resource: spotFleetRequest({ launchSpecifications: [], launchTemplateConfigCount: 1 }) },
    { name: 'no EBS mapping', resource: spotFleetRequest({ launchSpecifications: [{ instanceType: 'c5.large', ebsVolumes: [] }] }) },
  ],
  iac: {
    cloudformation: {
      good: [cfn(cfnSpec(', Encrypted: true')), cfn('      LaunchTemplateConfigs:\n        - LaunchTemplateSpecification: { LaunchTemplateId: lt-1, Version: "1" }\n')],
      bad: [cfn(cfnSpec(', Encrypted: false'))],
    },
    terraform: {
      good: [tf(tfSpec('      encrypted   = true\n', '    ebs_block_device {\n      device_name = "/dev/sdf"\n      volume_size = 50\n      encrypted   = true\n    }\n'))],
      bad: [tf(tfSpec('      encrypted   = false\n')), tf(tfSpec('      encrypted   = true\n', '    ebs_block_device {\n      device_name = "/dev/sdf"\n      encrypted   = false\n    }\n'))],
    },
  },
})
