import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-subnet-no-auto-public-ip',
    resourceType: 'ec2.subnet',
    title: 'Subnet does not assign public IPv4 addresses automatically',
    severity: 'medium',
    categories: ['network', 'public-exposure'],
    description: 'Fails when the subnet\'s MapPublicIpOnLaunch attribute is on: every network interface launched in it then gets a public IPv4 address unless the launch explicitly says otherwise. Default subnets have it on.',
    risk: 'Instances land on the internet by default — a test instance, an instance from an old launch template — with only their security groups between them and scanners. Public addresses should be a deliberate choice per workload.',
    remediation: {
      text: 'Turn off automatic public addresses on the subnet; give public addresses only to the resources that need them (load balancers, NAT gateways use their own).',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
      cloudformation: 'Type: AWS::EC2::Subnet\nProperties:\n  VpcId: !Ref Vpc\n  CidrBlock: 10.0.1.0/24\n  AvailabilityZone: us-east-1a\n  MapPublicIpOnLaunch: false',
      terraform: 'resource "aws_subnet" "app" {\n  vpc_id                  = aws_vpc.main.id\n  cidr_block              = "10.0.1.0/24"\n  map_public_ip_on_launch = false\n}',
    },
    messages: {
      manual: 'Subnet {{name}} does not assign public IPv4 addresses automatically.',
      automatic: 'Subnet {{name}} assigns a public IPv4 address to every interface launched in it.',
    },
  },
  evaluate(subnet, { pass, fail }) {
    return subnet.mapPublicIpOnLaunch ? fail('automatic', { data: { name: subnet.name }, at: 'mapPublicIpOnLaunch' }) : pass('manual', { name: subnet.name })
  },
})
