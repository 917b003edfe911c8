import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-launch-template-no-public-ip',
    resourceType: 'ec2.launch-template',
    title: 'EC2 launch template does not assign public IP addresses',
    severity: 'high',
    categories: ['public-exposure', 'network'],
    description:
      'Checks the network interfaces of the launch template\'s default version (the version a launch uses when it names none, and the one AWS Config evaluates): none may set AssociatePublicIpAddress to true. An interface that leaves it unset follows its subnet\'s auto-assign setting, which ec2-subnet-no-auto-public-ip checks; a template without network interfaces assigns nothing itself.',
    risk: 'Every instance an Auto Scaling group, fleet or person launches from the template gets an internet-routable address, so its security groups are all that stands between its services and scanners on the internet.',
    remediation: {
      text: 'Create a new template version whose network interfaces set AssociatePublicIpAddress to false (put internet-facing traffic behind a load balancer or NAT gateway instead), make it the default version, and roll the instances that were launched from the old one.',
      cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <default-version> --launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false,"SubnetId":"<private-subnet-id>","Groups":["<sg-id>"]}]}\'\naws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new-version>',
      cloudformation:
        'LaunchTemplate:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateName: web-servers\n    LaunchTemplateData:\n      ImageId: ami-0123456789abcdef0\n      InstanceType: t3.micro\n      NetworkInterfaces:\n        - DeviceIndex: 0\n          AssociatePublicIpAddress: false\n          SubnetId: subnet-0123456789abcdef0\n          Groups: [sg-0123456789abcdef0]',
      terraform:
        'resource "aws_launch_template" "web" {\n  name          = "web-servers"\n  image_id      = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n\n  network_interfaces {\n    device_index                = 0\n    associate_public_ip_address = "false"\n    subnet_id                   = "subnet-0123456789abcdef0"\n    security_groups             = ["sg-0123456789abcdef0"]\n  }\n}',
    },
    messages: {
      private: 'Launch template {{name}} assigns no public IP address to its {{count}} network interface(s).',
      noInterfaces: 'Launch template {{name}} declares no network interfaces, so it assigns no public IP address itself.',
      publicIp: 'Launch template {{name}} assigns a public IP address to network interface(s) at device index {{devices}}.',
    },
  },
  evaluate(template, { pass, fail }) {
    const nics = template.networkInterfaces
    if (!nics.length) return pass('noInterfaces', { name: template.name })
    const open = nics.filter((n) => n.associatePublicIp === true)
    if (!open.length) return pass('private', { name: template.name, count: nics.length })
    const devices = open.map((n) => String(n.deviceIndex ?? `#${nics.indexOf(n)}`)).join(', ')
    return fail('publicIp', { data: { name: template.name, devices }, at: 'networkInterfaces' })
  },
})
