import { defineCheck } from '../../core/check.js'

const BLOCKING = ['block-bidirectional', 'block-ingress']

export default defineCheck({
  meta: {
    id: 'ec2-vpc-block-public-access-enabled',
    resourceType: 'ec2.vpc-block-public-access',
    title: 'VPC Block Public Access blocks internet gateway traffic in the region',
    severity: 'medium',
    categories: ['public-exposure', 'network'],
    description:
      'Reads the account\'s VPC Block Public Access setting in each region and passes when it blocks internet gateway traffic: `block-bidirectional` (nothing through internet gateways or egress-only internet gateways) or `block-ingress` (only connections started from inside, through NAT gateways and egress-only internet gateways). The default, `off`, fails. Set the `requiredMode` option to `block-bidirectional` or `block-ingress` to accept only that mode. VPCs and subnets that need the internet are exempted with exclusions, which this check does not judge. The setting applies even in a region without VPCs, so every region is read.',
    risk: 'With the setting off, any VPC in the region is one route, one public IP address and one open security group away from the internet: a resource made public by mistake is reachable at once, with no account-wide guard to stop it.',
    remediation: {
      text: 'Turn on VPC Block Public Access in every region you use, in the strictest mode your workloads allow, and add exclusions only for the VPCs or subnets that must reach or be reached from the internet. Create those exclusions first: the block applies to every VPC at once.',
      cli: 'aws ec2 create-vpc-block-public-access-exclusion --subnet-id <public-subnet-id> --internet-gateway-exclusion-mode allow-bidirectional --region <region>   # only where needed\naws ec2 modify-vpc-block-public-access-options --internet-gateway-block-mode block-bidirectional --region <region>',
      cloudformation: 'VpcBlockPublicAccess:\n  Type: AWS::EC2::VPCBlockPublicAccessOptions\n  Properties:\n    InternetGatewayBlockMode: block-bidirectional',
      terraform: 'resource "aws_vpc_block_public_access_options" "this" {\n  internet_gateway_block_mode = "block-bidirectional"\n}',
    },
    messages: {
      blocked: 'VPC Block Public Access in {{region}} blocks internet gateway traffic ({{mode}}).',
      off: 'VPC Block Public Access is off in {{region}}: internet gateways carry traffic for every VPC.',
      otherMode: 'VPC Block Public Access in {{region}} is {{mode}}, not the required {{required}}.',
    },
    // '' accepts either blocking mode; `block-bidirectional` or `block-ingress` accepts only that one.
    options: { requiredMode: '' },
  },
  evaluate(setting, { pass, fail, options }) {
    const mode = setting.internetGatewayBlockMode
    const data = { region: setting.region, mode }
    if (!BLOCKING.includes(mode)) return fail('off', { data, at: 'internetGatewayBlockMode' })
    const required = typeof options.requiredMode === 'string' && BLOCKING.includes(options.requiredMode) ? options.requiredMode : undefined
    if (required && mode !== required) return fail('otherMode', { data: { ...data, required }, at: 'internetGatewayBlockMode' })
    return pass('blocked', data)
  },
})
