import { defineCheck, type Verdict } from '../../core/check.js'
import { internetGatewayFor, subnetRouting } from '../../analysis/network.js'

export default defineCheck({
  meta: {
    id: 'lambda-vpc-not-in-public-subnet',
    resourceType: 'lambda.function',
    reads: ['ec2.subnet', 'ec2.route-table'],
    title: 'VPC-attached Lambda function uses private subnets only',
    severity: 'medium',
    categories: ['network'],
    description:
      'Finds VPC-attached functions placed in a public subnet: one whose route table (its explicitly associated table, or else the VPC\'s main table) sends 0.0.0.0/0 to an internet gateway.',
    risk: 'Lambda network interfaces never receive public IP addresses, so a function in a public subnet has no path to the internet or to public AWS endpoints: its calls time out, and the usual "fix" is to widen something else (a public IP workaround, broader security groups, or moving the function out of the VPC). It also places the function beside internet-facing resources that share the subnet\'s routing and network ACLs. It is almost always a placement mistake.',
    remediation: {
      text: 'Attach the function to private subnets whose default route goes through a NAT gateway (for internet access) or that reach AWS services through VPC endpoints, and remove the public subnets from its VPC configuration.',
      cli: 'aws lambda update-function-configuration --function-name <name> --vpc-config SubnetIds=<private-subnet-a>,<private-subnet-b>,SecurityGroupIds=<sg-id>',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  VpcConfig:\n    SubnetIds:\n      - !Ref PrivateSubnetA   # route table: 0.0.0.0/0 -> NAT gateway\n      - !Ref PrivateSubnetB\n    SecurityGroupIds:\n      - !Ref FunctionSecurityGroup',
      terraform:
        'resource "aws_lambda_function" "this" {\n  # ...\n  vpc_config {\n    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id] # 0.0.0.0/0 via NAT, not an IGW\n    security_group_ids = [aws_security_group.fn.id]\n  }\n}',
    },
    messages: {
      private: 'No subnet of function {{name}} routes 0.0.0.0/0 to an internet gateway.',
      publicSubnet:
        'Function {{name}} is attached to public subnet {{subnet}}: its route table {{table}} sends 0.0.0.0/0 to internet gateway {{gateway}}, yet Lambda network interfaces never get public IP addresses.',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    const subnetIds = fn.vpc?.subnetIds ?? []
    if (subnetIds.length === 0) return skip('the function is not attached to a VPC')
    const tables = inventory.list('ec2.route-table', { region: fn.region })

    const verdicts: Verdict[] = []
    subnetIds.forEach((subnetId, i) => {
      const at = `vpc.subnetIds.${i}`
      // CloudFormation and Terraform function configs carry no VPC id: subnetRouting asks the subnet.
      const routing = subnetRouting(inventory, tables, subnetId, fn.region, fn.vpc?.vpcId)
      if (!routing) {
        verdicts.push(unknown(`no route table (explicit or main) is known for subnet ${subnetId}`, { at }))
        return
      }
      // Only IPv4 matters here: it is the traffic a missing public IP breaks. An IPv6 default
      // route to an internet gateway does carry a dual-stack function's IPv6 traffic.
      const gateway = internetGatewayFor(routing.table, 'ipv4')
      if (gateway) verdicts.push(fail('publicSubnet', { data: { name: fn.name, subnet: subnetId, table: routing.table.name, gateway }, at, subject: subnetId }))
    })
    return verdicts.length > 0 ? verdicts : pass('private', { name: fn.name })
  },
})
