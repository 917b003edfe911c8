import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-instance-single-eni',
    resourceType: 'ec2.instance',
    title: 'EC2 instance uses a single network interface',
    severity: 'low',
    categories: ['network'],
    description:
      'Fails for an instance with more than one network interface attached (Elastic Fabric Adapters included), as AWS\'s control does. Worker nodes of an EKS cluster get extra interfaces from the VPC CNI plugin by design and fail too; suppress those findings. In a template, the interfaces are the instance\'s NetworkInterfaces (Terraform: network_interface blocks) plus AWS::EC2::NetworkInterfaceAttachment (aws_network_interface_attachment) resources that name it.',
    risk: 'An instance with interfaces in several subnets is dual-homed: it bridges networks that the subnet design, route tables and network ACLs were meant to keep apart, and a compromise of that instance reaches both sides.',
    remediation: {
      text: 'Detach the secondary network interfaces the instance does not need (the primary one cannot be detached); where an instance really must sit in two subnets, document why and suppress the finding.',
      cli: 'aws ec2 describe-network-interfaces --filters Name=attachment.instance-id,Values=<instance-id> --query "NetworkInterfaces[].[NetworkInterfaceId,Attachment.DeviceIndex,Attachment.AttachmentId]"\naws ec2 detach-network-interface --attachment-id <attachment-id-of-the-secondary-interface>',
      cloudformation: 'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: !Ref ImageId\n    InstanceType: t3.micro\n    SubnetId: !Ref PrivateSubnet   # one interface: no second NetworkInterfaces entry, no NetworkInterfaceAttachment',
      terraform: 'resource "aws_instance" "app" {\n  ami           = data.aws_ami.app.id\n  instance_type = "t3.micro"\n  subnet_id     = aws_subnet.private.id\n  # one interface: no second network_interface block, no aws_network_interface_attachment\n}',
    },
    messages: {
      single: 'Instance {{name}} has one network interface.',
      multiple: 'Instance {{name}} has {{count}} network interfaces attached.',
    },
  },
  evaluate(instance, { pass, fail, unknown }) {
    const count = instance.networkInterfaceCount
    if (count === undefined) return unknown('the instance\'s network interfaces were not reported')
    return count > 1 ? fail('multiple', { data: { name: instance.name, count }, at: 'networkInterfaceCount' }) : pass('single', { name: instance.name })
  },
})
