import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-nacl-unused',
    resourceType: 'ec2.network-acl',
    title: 'Network ACL is associated with a subnet',
    severity: 'low',
    categories: ['network', 'governance'],
    description:
      'Fails for a custom network ACL that no subnet is associated with. A VPC\'s default network ACL is skipped, as AWS\'s control does: it cannot be deleted, and it is what new subnets get. In a template, the associations are the AWS::EC2::SubnetNetworkAclAssociation resources (Terraform: `subnet_ids` or aws_network_acl_association) that name the ACL; an association whose ACL the template cannot resolve makes the verdict unknown.',
    risk: 'An ACL that filters nothing still looks like a control: someone reviewing the VPC may believe a subnet is protected by rules that are not applied to it, or attach the stale ACL to a new subnet without reading what it allows.',
    remediation: {
      text: 'Check that no subnet should use the ACL (infrastructure code, runbooks), then delete it; or associate it with the subnets it was written for.',
      cli: 'aws ec2 describe-network-acls --network-acl-ids <acl-id> --query "NetworkAcls[].Associations"\naws ec2 delete-network-acl --network-acl-id <acl-id>\n# or: aws ec2 replace-network-acl-association --association-id <current-association-of-the-subnet> --network-acl-id <acl-id>',
      cloudformation: 'SubnetAclAssociation:\n  Type: AWS::EC2::SubnetNetworkAclAssociation\n  Properties:\n    SubnetId: !Ref PrivateSubnet\n    NetworkAclId: !Ref PrivateAcl\n# or remove the AWS::EC2::NetworkAcl that no subnet uses',
      terraform: 'resource "aws_network_acl" "private" {\n  vpc_id     = aws_vpc.main.id\n  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n}\n# or remove the aws_network_acl that no subnet uses',
    },
    messages: {
      associated: 'Network ACL {{name}} is associated with {{count}} subnet(s).',
      unused: 'Network ACL {{name}} is not associated with any subnet.',
    },
  },
  evaluate(acl, { pass, fail, skip }) {
    if (acl.isDefault) return skip('a VPC\'s default network ACL cannot be deleted')
    const count = acl.subnetIds.length
    return count > 0 ? pass('associated', { name: acl.name, count }) : fail('unused', { data: { name: acl.name }, at: 'subnetIds' })
  },
})
