import check from './ec2-vpc-block-public-access-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { vpcBlockPublicAccess } from '../../../test/factories/index.js'

const cfn = (mode: string) => `Bpa:\n  Type: AWS::EC2::VPCBlockPublicAccessOptions\n  Properties:\n    InternetGatewayBlockMode: ${mode}\n`
const tf = (mode: string) => `resource "aws_vpc_block_public_access_options" "this" {\n  internet_gateway_block_mode = "${mode}"\n}\n`

testCheck(check, {
  valid: [
    { name: 'bidirectional block', resource: vpcBlockPublicAccess() },
    { name: 'ingress block', resource: vpcBlockPublicAccess({ internetGatewayBlockMode: 'block-ingress' }) },
    { name: 'the required mode', resource: vpcBlockPublicAccess({ internetGatewayBlockMode: 'block-ingress' }), options: { requiredMode: 'block-ingress' } },
  ],
  invalid: [
    { name: 'off (the default)', resource: vpcBlockPublicAccess({ internetGatewayBlockMode: 'off' }), messageId: 'off', at: 'internetGatewayBlockMode' },
    { name: 'ingress block where bidirectional is required', resource: vpcBlockPublicAccess({ internetGatewayBlockMode: 'block-ingress' }), options: { requiredMode: 'block-bidirectional' }, messageId: 'otherMode', at: 'internetGatewayBlockMode' },
  ],
  unknown: [
    { name: 'setting not readable', resource: vpcBlockPublicAccess(), gaps: [{ resourceType: 'ec2.vpc-block-public-access', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeVpcBlockPublicAccessOptions denied' }] },
    { name: 'mode from a variable', resource: vpcBlockPublicAccess({ internetGatewayBlockMode: 'off', unresolved: { internetGatewayBlockMode: 'var.bpa_mode' } }) },
  ],
  iac: {
    cloudformation: { good: [cfn('block-bidirectional'), cfn('block-ingress')], bad: [] },
    terraform: { good: [tf('block-bidirectional'), tf('block-ingress')], bad: [tf('off')] },
  },
})
