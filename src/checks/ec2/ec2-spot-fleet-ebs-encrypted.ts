import { unsetEncryption } from '../../analysis/ebs-unset-encryption.js'
import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-spot-fleet-ebs-encrypted',
    resourceType: 'ec2.spot-fleet-request',
    title: 'Spot Fleet request encrypts the EBS volumes of its launch specifications',
    severity: 'medium',
    categories: ['encryption'],
    reads: ['ec2.ebs-default-encryption'],
    description:
      'Checks the open Spot Fleet requests that carry their own launch specifications: every EBS block device mapping must set Encrypted to true, and one that sets it to false fails. As in Security Hub, requests that launch from launch templates are skipped (ec2-launch-template-ebs-encrypted judges the templates), and so are specifications that map no EBS volume. A mapping that leaves Encrypted unset (Security Hub gives no finding for it) is judged by the region\'s EBS encryption by default: on, the volume is encrypted; off, a new empty volume is unencrypted and fails, and a volume from a snapshot is unknown (it takes the snapshot\'s encryption); a setting that is not known gives unknown.',
    risk: 'The fleet keeps launching replacement instances with unencrypted volumes, whose snapshots and copies are unencrypted too and can be shared or made public.',
    remediation: {
      text: 'Spot Fleet requests cannot be changed: submit a new request whose launch specifications set Encrypted to true on every EBS mapping (or, better, one that uses a launch template that does), then cancel the old request. Turn on EBS encryption by default in the region as a safety net.',
      cli: 'aws ec2 request-spot-fleet --spot-fleet-request-config file://fleet.json   # every LaunchSpecifications[].BlockDeviceMappings[].Ebs has "Encrypted": true\naws ec2 cancel-spot-fleet-requests --spot-fleet-request-ids <old-sfr-id> --terminate-instances\naws ec2 enable-ebs-encryption-by-default',
      cloudformation:
        'SpotFleet:\n  Type: AWS::EC2::SpotFleet\n  Properties:\n    SpotFleetRequestConfigData:\n      IamFleetRole: arn:aws:iam::123456789012:role/aws-ec2-spot-fleet-tagging-role\n      TargetCapacity: 2\n      AllocationStrategy: capacityOptimized\n      LaunchSpecifications:\n        - ImageId: ami-0123456789abcdef0\n          InstanceType: c5.large\n          SubnetId: subnet-0123456789abcdef0\n          BlockDeviceMappings:\n            - DeviceName: /dev/xvda\n              Ebs:\n                VolumeSize: 20\n                VolumeType: gp3\n                Encrypted: true',
      terraform:
        'resource "aws_spot_fleet_request" "workers" {\n  iam_fleet_role      = "arn:aws:iam::123456789012:role/aws-ec2-spot-fleet-tagging-role"\n  target_capacity     = 2\n  allocation_strategy = "capacityOptimized"\n\n  launch_specification {\n    ami           = "ami-0123456789abcdef0"\n    instance_type = "c5.large"\n    subnet_id     = "subnet-0123456789abcdef0"\n\n    root_block_device {\n      volume_size = 20\n      volume_type = "gp3"\n      encrypted   = true\n    }\n  }\n}',
    },
    messages: {
      encrypted: 'Spot Fleet request {{name}} encrypts all {{count}} EBS volume(s) of its launch specifications.',
      unencrypted: 'Spot Fleet request {{name}} launches unencrypted EBS volume(s): {{devices}}.',
      notSet: 'Spot Fleet request {{name}} leaves encryption unset for EBS volume(s) {{devices}}, and EBS encryption by default is off in {{region}}.',
    },
  },
  evaluate(request, { pass, fail, skip, unknown, inventory }) {
    if (!request.launchSpecifications.length) return skip('the request launches from launch templates')
    const volumes = request.launchSpecifications.flatMap((s) => s.ebsVolumes)
    if (!volumes.length) return skip('the launch specifications map no EBS volume')
    const name = request.name
    const off = volumes.filter((v) => v.encrypted === false).map((v) => v.deviceName)
    if (off.length) return fail('unencrypted', { data: { name, devices: [...new Set(off)].join(', ') }, at: 'launchSpecifications' })
    const unset = unsetEncryption(volumes, request.region, inventory)
    if (unset.kind === 'off' && unset.devices.length) return fail('notSet', { data: { name, devices: unset.devices.join(', '), region: request.region }, at: 'launchSpecifications' })
    if (unset.kind === 'unknown') return unknown(`encryption of ${unset.devices.join(', ')} is left to the region's EBS encryption by default, which is not known`, { at: 'launchSpecifications' })
    if (unset.kind === 'off') return unknown(`encryption of ${unset.fromSnapshot.join(', ')} is left to their snapshot (EBS encryption by default is off)`, { at: 'launchSpecifications' })
    return pass('encrypted', { name, count: volumes.length })
  },
})
