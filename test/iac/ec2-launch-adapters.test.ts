/**
 * The launch template and Spot Fleet adapters of both IaC sources (FSBP EC2.25, EC2.170, EC2.173,
 * EC2.181): what a template states is kept, what it leaves out stays absent, instance-store
 * mappings are no EBS volumes, and values from parameters or variables are unresolved.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ResourceOf, ResourceType } from '../../src/model/resource-types.js'
import type { IacScan } from '../../src/sources/iac/load.js'
import { asTemplate, loadSnippet } from './snippets.js'
import { loadTerraform } from './terraform/snippets.js'

function only<T extends ResourceType>(scan: IacScan, type: T): ResourceOf<T> {
  const list = (scan.inventory.resources[type] ?? []) as ResourceOf<T>[]
  assert.equal(list.length, 1, `expected one ${type}, got ${list.length}`)
  return list[0]!
}

describe('launch template and Spot Fleet adapters', () => {
  it('CloudFormation launch template: interfaces, EBS mappings and metadata options as stated', () => {
    const t = only(
      loadSnippet(
        asTemplate(
          'Type: AWS::EC2::LaunchTemplate\nProperties:\n  LaunchTemplateName: web\n  LaunchTemplateData:\n    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }, { DeviceIndex: 1 }]\n    BlockDeviceMappings:\n      - { DeviceName: /dev/xvda, Ebs: { Encrypted: false } }\n      - { DeviceName: /dev/sdf, Ebs: { SnapshotId: snap-1 } }\n      - { DeviceName: /dev/sdb, VirtualName: ephemeral0 }\n    MetadataOptions: { HttpEndpoint: enabled }\n',
        ),
      ),
      'ec2.launch-template',
    )
    assert.equal(t.name, 'web')
    assert.deepEqual(t.networkInterfaces, [{ deviceIndex: 0, associatePublicIp: true }, { deviceIndex: 1 }])
    assert.deepEqual(t.ebsVolumes, [{ deviceName: '/dev/xvda', encrypted: false }, { deviceName: '/dev/sdf', snapshotId: 'snap-1' }])
    assert.deepEqual(t.metadataOptions, { httpEndpoint: 'enabled' })
    assert.equal(t.unresolved, undefined)
  })

  it('CloudFormation: parameters leave the fields unresolved', () => {
    const scan = loadSnippet(
      'Parameters:\n  Public: { Type: String }\n  Encrypt: { Type: String }\nResources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: !Ref Public }]\n        BlockDeviceMappings: [{ DeviceName: /dev/xvda, Ebs: { Encrypted: !Ref Encrypt } }]\n  Fleet:\n    Type: AWS::EC2::SpotFleet\n    Properties:\n      SpotFleetRequestConfigData:\n        IamFleetRole: arn:aws:iam::111122223333:role/fleet\n        TargetCapacity: 1\n        LaunchSpecifications:\n          - ImageId: ami-1\n            BlockDeviceMappings: [{ DeviceName: /dev/xvda, Ebs: { Encrypted: !Ref Encrypt } }]\n',
    )
    const t = only(scan, 'ec2.launch-template')
    assert.ok(t.unresolved?.networkInterfaces)
    assert.ok(t.unresolved?.ebsVolumes)
    const fleet = only(scan, 'ec2.spot-fleet-request')
    assert.ok(fleet.unresolved?.launchSpecifications)
    assert.equal(fleet.launchTemplateConfigCount, 0)
  })

  it('Terraform launch template: string booleans, ebs blocks, metadata options; variables unresolved', () => {
    const t = only(
      loadTerraform(
        'resource "aws_launch_template" "web" {\n  name = "web"\n  network_interfaces {\n    device_index                = 0\n    associate_public_ip_address = "true"\n  }\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n  block_device_mappings {\n    device_name  = "/dev/sdb"\n    virtual_name = "ephemeral0"\n  }\n  metadata_options {\n    http_tokens = "optional"\n  }\n}\n',
      ),
      'ec2.launch-template',
    )
    assert.deepEqual([t.name, t.networkInterfaces, t.ebsVolumes, t.metadataOptions], ['web', [{ deviceIndex: 0, associatePublicIp: true }], [{ deviceName: '/dev/xvda', encrypted: false }], { httpTokens: 'optional' }])
    const v = only(loadTerraform('variable "encrypt" {\n  type = string\n}\nresource "aws_launch_template" "web" {\n  name = "web"\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = var.encrypt\n    }\n  }\n}\n'), 'ec2.launch-template')
    assert.ok(v.unresolved?.ebsVolumes)
  })

  it('Terraform Spot Fleet: root and extra EBS volumes per launch specification; launch template configs counted', () => {
    const fleet = only(
      loadTerraform(
        'resource "aws_spot_fleet_request" "w" {\n  iam_fleet_role  = "arn:aws:iam::111122223333:role/fleet"\n  target_capacity = 1\n  launch_specification {\n    ami           = "ami-1"\n    instance_type = "c5.large"\n    root_block_device {\n      encrypted = true\n    }\n    ebs_block_device {\n      device_name = "/dev/sdf"\n    }\n  }\n}\n',
      ),
      'ec2.spot-fleet-request',
    )
    assert.deepEqual(fleet.launchSpecifications, [{ instanceType: 'c5.large', ebsVolumes: [{ deviceName: 'root', encrypted: true }, { deviceName: '/dev/sdf' }] }])
    const templated = only(
      loadTerraform('resource "aws_spot_fleet_request" "w" {\n  iam_fleet_role  = "arn:aws:iam::111122223333:role/fleet"\n  target_capacity = 1\n  launch_template_config {\n    launch_template_specification {\n      id      = "lt-1"\n      version = "1"\n    }\n  }\n}\n'),
      'ec2.spot-fleet-request',
    )
    assert.deepEqual([templated.launchSpecifications, templated.launchTemplateConfigCount], [[], 1])
  })
})
