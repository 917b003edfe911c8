import check from './ec2-launch-template-no-public-ip.js'
import { testCheck } from '../../../test/check-tester.js'
import { launchTemplate } from '../../../test/factories/index.js'

const cfn = (nics: string) => `Template:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateName: web\n    LaunchTemplateData:\n      ImageId: ami-1\n${nics}`
const tf = (nics: string) => `resource "aws_launch_template" "web" {\n  name     = "web"\n  image_id = "ami-1"\n${nics}}\n`
const tfNic = (index: number, value: string) => `  network_interfaces {\n    device_index                = ${index}\n    associate_public_ip_address = ${value}\n  }\n`

testCheck(check, {
  valid: [
    { name: 'interface without a public address', resource: launchTemplate() },
    { name: 'no interfaces at all', resource: launchTemplate({ networkInterfaces: [] }) },
    { name: 'left to the subnet', resource: launchTemplate({ networkInterfaces: [{ deviceIndex: 0 }] }) },
  ],
  invalid: [
    { name: 'primary interface public', resource: launchTemplate({ networkInterfaces: [{ deviceIndex: 0, associatePublicIp: true }] }), messageId: 'publicIp', at: 'networkInterfaces' },
    { name: 'second interface public', resource: launchTemplate({ networkInterfaces: [{ deviceIndex: 0, associatePublicIp: false }, { deviceIndex: 1, associatePublicIp: true }] }), messageId: 'publicIp', count: 1 },
  ],
  unknown: [
    { name: 'interfaces from a parameter', resource: launchTemplate({ unresolved: { networkInterfaces: '!Ref Interfaces' } }) },
    { name: 'templates not listed', resource: launchTemplate(), gaps: [{ resourceType: 'ec2.launch-template', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [cfn('      NetworkInterfaces:\n        - DeviceIndex: 0\n          AssociatePublicIpAddress: false\n'), cfn('      InstanceType: t3.micro\n')],
      bad: [cfn('      NetworkInterfaces:\n        - DeviceIndex: 0\n          AssociatePublicIpAddress: true\n')],
    },
    terraform: {
      good: [tf(tfNic(0, '"false"')), tf(tfNic(0, 'false')), tf('')],
      bad: [tf(tfNic(0, '"true"')), tf(tfNic(0, '"false"') + tfNic(1, 'true'))],
    },
  },
})
