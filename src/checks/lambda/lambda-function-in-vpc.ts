import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'lambda-function-in-vpc',
    resourceType: 'lambda.function',
    title: 'Lambda function is attached to a VPC',
    severity: 'low',
    categories: ['network'],
    description:
      'Checks that the function is attached to a VPC (subnets and security groups in its VPC configuration), as Security Hub control Lambda.3 asks (part of the NIST 800-53 and PCI DSS standards there, not of FSBP). Many functions legitimately run outside a VPC: those that only call public AWS APIs gain nothing from one except cold-start, NAT and endpoint costs, since IAM, not the network, controls what they reach. Set the option `required` to false to turn the check off where VPC attachment is not your policy.',
    risk: 'A function outside a VPC reaches the internet directly, so its traffic cannot be inspected, limited by security groups or network firewalls, or kept on private paths by VPC endpoint policies; where policy requires network-level controls and private connectivity, such a function is outside them.',
    remediation: {
      text: 'Attach the function to private subnets in at least two Availability Zones with a security group that allows only the egress it needs, and give those subnets a NAT gateway or VPC endpoints for the services it calls. The execution role needs the ENI permissions of AWSLambdaVPCAccessExecutionRole.',
      cli: 'aws lambda update-function-configuration --function-name <name> --vpc-config SubnetIds=<private-subnet-a>,<private-subnet-b>,SecurityGroupIds=<sg-id>',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  VpcConfig:\n    SubnetIds:\n      - !Ref PrivateSubnetA\n      - !Ref PrivateSubnetB\n    SecurityGroupIds:\n      - !Ref FunctionSecurityGroup',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  vpc_config {\n    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n    security_group_ids = [aws_security_group.fn.id]\n  }\n}',
    },
    messages: {
      inVpc: 'Function {{name}} is attached to {{vpc}}.',
      notInVpc: 'Function {{name}} is not attached to a VPC.',
    },
    options: { required: true },
  },
  evaluate(fn, { pass, fail, skip, options }) {
    if (options['required'] === false) return skip('VPC attachment is not required by this configuration')
    const attached = fn.vpc !== undefined && fn.vpc.subnetIds.length > 0
    return attached ? pass('inVpc', { name: fn.name, vpc: fn.vpc?.vpcId ?? 'a VPC' }) : fail('notInVpc', { data: { name: fn.name }, at: 'vpc' })
  },
})
