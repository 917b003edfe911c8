import { defineCheck } from '../../core/check.js'
import { findSubnet } from '../../analysis/network.js'

export default defineCheck({
  meta: {
    id: 'lambda-vpc-multi-az',
    resourceType: 'lambda.function',
    reads: ['ec2.subnet'],
    title: 'VPC-attached Lambda function spans at least two Availability Zones',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'A function attached to a VPC runs only in the Availability Zones of the subnets it is given. This check passes when those subnets lie in two or more zones (AWS Foundational Security Best Practices, Lambda.5).',
    risk: 'With every subnet in a single Availability Zone, an outage of that zone (or of its subnets, such as IP address exhaustion) stops every invocation of the function, even though Lambda itself is multi-zone.',
    remediation: {
      text: 'Attach the function to private subnets in at least two Availability Zones of the VPC; give each subnet enough free IP addresses for the function\'s ENIs.',
      cli: 'aws lambda update-function-configuration --function-name <name> --vpc-config SubnetIds=<subnet-in-az-a>,<subnet-in-az-b>,SecurityGroupIds=<sg-id>',
      cloudformation:
        'Type: AWS::Lambda::Function\nProperties:\n  VpcConfig:\n    SubnetIds:\n      - !Ref PrivateSubnetA   # e.g. us-east-1a\n      - !Ref PrivateSubnetB   # e.g. us-east-1b\n    SecurityGroupIds:\n      - !Ref FunctionSecurityGroup',
      terraform:
        'resource "aws_lambda_function" "this" {\n  # ...\n  vpc_config {\n    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id] # two zones\n    security_group_ids = [aws_security_group.fn.id]\n  }\n}',
    },
    messages: {
      multiAz: 'Function {{name}} runs in subnets across several Availability Zones ({{zones}}).',
      singleSubnet: 'Function {{name}} is attached to a single subnet ({{subnet}}), so it runs in one Availability Zone only.',
      singleAz: 'All {{count}} subnets of function {{name}} are in the same Availability Zone ({{zone}}).',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    const subnetIds = [...new Set(fn.vpc?.subnetIds ?? [])]
    // Lambda reports an empty VpcConfig for functions that are not attached to a VPC.
    if (subnetIds.length === 0) return skip('the function is not attached to a VPC')
    if (subnetIds.length === 1) return fail('singleSubnet', { data: { name: fn.name, subnet: subnetIds[0] }, at: 'vpc.subnetIds' })

    const zones = new Set<string>()
    const missing: string[] = []
    for (const id of subnetIds) {
      const subnet = findSubnet(inventory, id, fn.region)
      if (subnet) zones.add(subnet.availabilityZone)
      else missing.push(id)
    }
    if (zones.size >= 2) return pass('multiAz', { name: fn.name, zones: [...zones].sort().join(', ') })
    if (missing.length > 0) return unknown(`subnet ${missing.join(', ')} is not in the inventory, so its Availability Zone is unknown`, { at: 'vpc.subnetIds' })
    return fail('singleAz', { data: { name: fn.name, count: subnetIds.length, zone: [...zones][0] }, at: 'vpc.subnetIds' })
  },
})
