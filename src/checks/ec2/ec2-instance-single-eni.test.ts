import check from './ec2-instance-single-eni.js'
import { testCheck } from '../../../test/check-tester.js'
import { ec2Instance } from '../../../test/factories/index.js'

const cfInstance = 'Instance:\n  Type: AWS::EC2::Instance\n  Properties: { ImageId: ami-1, InstanceType: t3.micro, SubnetId: subnet-a, MetadataOptions: { HttpTokens: required } }\n'
const tfInstance = 'resource "aws_instance" "app" {\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n  subnet_id     = "subnet-a"\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n'

testCheck(check, {
  valid: [{ name: 'primary interface only', resource: ec2Instance({ networkInterfaceCount: 1 }) }],
  invalid: [{ name: 'a secondary interface', resource: ec2Instance({ networkInterfaceCount: 2 }), messageId: 'multiple', at: 'networkInterfaceCount' }],
  unknown: [
    { name: 'interfaces not reported', resource: ec2Instance({ networkInterfaceCount: undefined }) },
    { name: 'template attaches an interface to an unresolved instance', resource: ec2Instance({ networkInterfaceCount: 1, unresolved: { networkInterfaceCount: 'Attach: InstanceId !ImportValue app-instance' } }) },
  ],
  iac: {
    cloudformation: {
      good: [cfInstance, 'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: ami-1\n    NetworkInterfaces: [{ DeviceIndex: "0", SubnetId: subnet-a }]\n'],
      bad: [
        'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: ami-1\n    NetworkInterfaces: [{ DeviceIndex: "0", SubnetId: subnet-a }, { DeviceIndex: "1", SubnetId: subnet-b }]\n',
        `${cfInstance}Eni:\n  Type: AWS::EC2::NetworkInterface\n  Properties: { SubnetId: subnet-b }\nAttach:\n  Type: AWS::EC2::NetworkInterfaceAttachment\n  Properties: { InstanceId: !Ref Instance, NetworkInterfaceId: !Ref Eni, DeviceIndex: "1" }\n`,
      ],
    },
    terraform: {
      good: [tfInstance],
      bad: [`${tfInstance}\nresource "aws_network_interface" "second" {\n  subnet_id = "subnet-b"\n}\n\nresource "aws_network_interface_attachment" "second" {\n  instance_id          = aws_instance.app.id\n  network_interface_id = aws_network_interface.second.id\n  device_index         = 1\n}\n`],
    },
  },
})
