import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-transit-gateway-auto-accept-disabled',
    resourceType: 'ec2.transit-gateway',
    title: 'Transit gateway does not accept shared attachments automatically',
    severity: 'high',
    categories: ['network', 'least-privilege'],
    description: 'Fails when the transit gateway\'s AutoAcceptSharedAttachments option is enabled: any account the gateway is shared with (through AWS RAM) can then attach its VPCs without the owner approving each attachment.',
    risk: 'With automatic acceptance, a compromised or careless account in the share attaches a VPC and, through the gateway\'s default route table, reaches every other attached network — a direct path around segmentation.',
    remediation: {
      text: 'Disable automatic acceptance and review attachment requests; pair it with separate route tables per environment instead of the default association and propagation.',
      cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options AutoAcceptSharedAttachments=disable',
      cloudformation: 'Type: AWS::EC2::TransitGateway\nProperties:\n  AutoAcceptSharedAttachments: disable\n  DefaultRouteTableAssociation: disable\n  DefaultRouteTablePropagation: disable',
      terraform: 'resource "aws_ec2_transit_gateway" "hub" {\n  auto_accept_shared_attachments  = "disable"\n  default_route_table_association = "disable"\n  default_route_table_propagation = "disable"\n}',
    },
    messages: {
      manual: 'Transit gateway {{name}} requires each shared attachment to be accepted.',
      automatic: 'Transit gateway {{name}} accepts attachments from accounts it is shared with automatically.',
    },
  },
  evaluate(tgw, { pass, fail }) {
    return tgw.autoAcceptSharedAttachments ? fail('automatic', { data: { name: tgw.name }, at: 'autoAcceptSharedAttachments' }) : pass('manual', { name: tgw.name })
  },
})
