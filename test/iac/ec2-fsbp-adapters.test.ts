/**
 * The instance, network interface and network ACL adapters of both IaC sources, for FSBP EC2.16,
 * EC2.17 and EC2.180: interface counts of instances, source/destination checking of network
 * interfaces, and associations whose target the template cannot name (unresolved, never a guess).
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

const cfInstance = 'Instance:\n  Type: AWS::EC2::Instance\n  Properties: { ImageId: ami-1 }\n'
const tfInstance = 'resource "aws_instance" "app" {\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n}\n'

describe('EC2 adapters for the FSBP EC2 family', () => {
  it('CloudFormation: one primary interface by default; NetworkInterfaces entries and attachments add to it', () => {
    assert.equal(only(loadSnippet(asTemplate(cfInstance)), 'ec2.instance').networkInterfaceCount, 1)
    const listed = only(loadSnippet(asTemplate('Type: AWS::EC2::Instance\nProperties:\n  ImageId: ami-1\n  NetworkInterfaces: [{ DeviceIndex: "0", SubnetId: subnet-a }, { DeviceIndex: "1", SubnetId: subnet-b }]\n')), 'ec2.instance')
    assert.equal(listed.networkInterfaceCount, 2)
    const attached = only(loadSnippet(asTemplate(`${cfInstance}Attach:\n  Type: AWS::EC2::NetworkInterfaceAttachment\n  Properties: { InstanceId: !Ref Instance, NetworkInterfaceId: eni-1, DeviceIndex: "1" }\n`)), 'ec2.instance')
    assert.equal(attached.networkInterfaceCount, 2)
    const imported = only(loadSnippet(asTemplate(`${cfInstance}Attach:\n  Type: AWS::EC2::NetworkInterfaceAttachment\n  Properties: { InstanceId: !ImportValue app-instance, NetworkInterfaceId: eni-1, DeviceIndex: "1" }\n`)), 'ec2.instance')
    assert.ok(imported.unresolved?.networkInterfaceCount)
  })

  it('Terraform: network_interface blocks, attachment resources and attachment blocks count', () => {
    assert.equal(only(loadTerraform(tfInstance), 'ec2.instance').networkInterfaceCount, 1)
    const viaResource = only(loadTerraform(`${tfInstance}resource "aws_network_interface_attachment" "b" {\n  instance_id          = aws_instance.app.id\n  network_interface_id = "eni-1"\n  device_index         = 1\n}\n`), 'ec2.instance')
    assert.equal(viaResource.networkInterfaceCount, 2)
    const viaBlock = loadTerraform(`${tfInstance}resource "aws_network_interface" "b" {\n  subnet_id = "subnet-b"\n  attachment {\n    instance     = aws_instance.app.id\n    device_index = 1\n  }\n}\n`)
    assert.equal(only(viaBlock, 'ec2.instance').networkInterfaceCount, 2)
    assert.equal(only(viaBlock, 'ec2.network-interface').status, 'in-use')
    const unknown = only(loadTerraform(`variable "instance" {\n  type = string\n}\n${tfInstance}resource "aws_network_interface_attachment" "b" {\n  instance_id          = var.instance\n  network_interface_id = "eni-1"\n  device_index         = 1\n}\n`), 'ec2.instance')
    assert.ok(unknown.unresolved?.networkInterfaceCount)
  })

  it('network interfaces: source/destination checking on unless turned off; type defaults to interface', () => {
    const cf = only(loadSnippet(asTemplate('Type: AWS::EC2::NetworkInterface\nProperties: { SubnetId: subnet-a, InterfaceType: efa }\n')), 'ec2.network-interface')
    assert.deepEqual([cf.interfaceType, cf.sourceDestCheck], ['efa', true])
    const cfOff = only(loadSnippet(asTemplate('Type: AWS::EC2::NetworkInterface\nProperties: { SubnetId: subnet-a, SourceDestCheck: false }\n')), 'ec2.network-interface')
    assert.deepEqual([cfOff.interfaceType, cfOff.sourceDestCheck], ['interface', false])
    const tf = only(loadTerraform('resource "aws_network_interface" "n" {\n  subnet_id         = "subnet-a"\n  source_dest_check = false\n}\n'), 'ec2.network-interface')
    assert.deepEqual([tf.interfaceType, tf.sourceDestCheck, tf.status], ['interface', false, 'available'])
  })

  it('network ACLs: an association with an unknown ACL leaves subnetIds unresolved', () => {
    const cf = only(loadSnippet(asTemplate('Acl:\n  Type: AWS::EC2::NetworkAcl\n  Properties: { VpcId: vpc-1 }\nAssoc:\n  Type: AWS::EC2::SubnetNetworkAclAssociation\n  Properties: { SubnetId: subnet-a, NetworkAclId: !ImportValue shared-acl }\n')), 'ec2.network-acl')
    assert.deepEqual(cf.subnetIds, [])
    assert.ok(cf.unresolved?.subnetIds)
    const tf = only(loadTerraform('variable "acl" {\n  type = string\n}\nresource "aws_network_acl" "a" {\n  vpc_id = "vpc-1"\n}\nresource "aws_network_acl_association" "x" {\n  network_acl_id = var.acl\n  subnet_id      = "subnet-a"\n}\n'), 'ec2.network-acl')
    assert.ok(tf.unresolved?.subnetIds)
    // An ACL with a known association is in use whatever the unknown one names.
    const used = only(loadSnippet(asTemplate('Acl:\n  Type: AWS::EC2::NetworkAcl\n  Properties: { VpcId: vpc-1 }\nMine:\n  Type: AWS::EC2::SubnetNetworkAclAssociation\n  Properties: { SubnetId: subnet-b, NetworkAclId: !Ref Acl }\nAssoc:\n  Type: AWS::EC2::SubnetNetworkAclAssociation\n  Properties: { SubnetId: subnet-a, NetworkAclId: !ImportValue shared-acl }\n')), 'ec2.network-acl')
    assert.deepEqual([used.subnetIds, used.unresolved?.subnetIds], [['subnet-b'], undefined])
  })
})
