import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-instance-no-public-ip',
    resourceType: 'ec2.instance',
    title: 'EC2 instance has no public IPv4 address',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description: 'Fails when the instance has a public IPv4 address — assigned at launch (the subnet\'s auto-assign setting or the interface\'s AssociatePublicIpAddress) or an Elastic IP. In a template, an instance that does not set AssociatePublicIpAddress gets a public address when its subnet auto-assigns one; if the subnet is not in the template, the answer is unknown.',
    risk: 'An instance with a public address can be reached from the internet as far as its security groups and network ACL allow, and one overly broad rule exposes it. Instances behind load balancers, NAT gateways or Session Manager need no public address at all.',
    remediation: {
      text: 'Launch instances in private subnets without public addresses; publish services through a load balancer and manage instances through Session Manager. For a running instance, release or disassociate the Elastic IP, or re-create it without a public address.',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch\naws ec2 disassociate-address --association-id <eip-association-id>',
      cloudformation: 'Type: AWS::EC2::Instance\nProperties:\n  ImageId: ami-0123456789abcdef0\n  InstanceType: t3.micro\n  NetworkInterfaces:\n    - DeviceIndex: "0"\n      SubnetId: subnet-0123456789abcdef0\n      AssociatePublicIpAddress: false',
      terraform: 'resource "aws_instance" "app" {\n  ami                         = data.aws_ami.app.id\n  instance_type               = "t3.micro"\n  subnet_id                   = aws_subnet.private.id\n  associate_public_ip_address = false\n}',
    },
    messages: {
      private: 'Instance {{name}} has no public IPv4 address.',
      public: 'Instance {{name}} has the public IPv4 address {{address}}.',
    },
  },
  evaluate(instance, { pass, fail }) {
    return instance.publicIp ? fail('public', { data: { name: instance.name, address: instance.publicIp }, at: 'publicIp' }) : pass('private', { name: instance.name })
  },
})
