import check from './ec2-nacl-unused.js'
import { testCheck } from '../../../test/check-tester.js'
import { networkAcl } from '../../../test/factories/index.js'

const cfAcl = 'Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\nSubnet:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }\nAcl:\n  Type: AWS::EC2::NetworkAcl\n  Properties: { VpcId: !Ref Vpc }\n'
const tfAcl = 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_subnet" "a" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "10.0.1.0/24"\n}\n'

testCheck(check, {
  valid: [
    { name: 'one subnet', resource: networkAcl() },
    { name: 'two subnets', resource: networkAcl({ subnetIds: ['subnet-a', 'subnet-b'] }) },
  ],
  invalid: [{ name: 'no subnet', resource: networkAcl({ subnetIds: [] }), messageId: 'unused', at: 'subnetIds' }],
  unknown: [
    { name: 'association with an unresolved ACL in the template', resource: networkAcl({ subnetIds: [], unresolved: { subnetIds: 'Assoc: NetworkAclId !ImportValue shared-acl' } }) },
    { name: 'network ACLs not listed', resource: networkAcl(), gaps: [{ resourceType: 'ec2.network-acl', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'default ACL without subnets', resource: networkAcl({ isDefault: true, subnetIds: [] }) }],
  iac: {
    cloudformation: {
      good: [`${cfAcl}Assoc:\n  Type: AWS::EC2::SubnetNetworkAclAssociation\n  Properties: { SubnetId: !Ref Subnet, NetworkAclId: !Ref Acl }\n`],
      bad: [cfAcl],
    },
    terraform: {
      good: [
        `${tfAcl}\nresource "aws_network_acl" "private" {\n  vpc_id     = aws_vpc.main.id\n  subnet_ids = [aws_subnet.a.id]\n}\n`,
        `${tfAcl}\nresource "aws_network_acl" "private" {\n  vpc_id = aws_vpc.main.id\n}\n\nresource "aws_network_acl_association" "a" {\n  network_acl_id = aws_network_acl.private.id\n  subnet_id      = aws_subnet.a.id\n}\n`,
      ],
      bad: [`${tfAcl}\nresource "aws_network_acl" "private" {\n  vpc_id = aws_vpc.main.id\n}\n`],
    },
  },
})
