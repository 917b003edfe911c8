import check from './ec2-transit-gateway-auto-accept-disabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { transitGateway } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'manual acceptance', resource: transitGateway() }],
  invalid: [{ name: 'automatic acceptance', resource: transitGateway({ autoAcceptSharedAttachments: true }), messageId: 'automatic', at: 'autoAcceptSharedAttachments' }],
  unknown: [
    { name: 'option from a parameter', resource: transitGateway({ unresolved: { autoAcceptSharedAttachments: '!Ref AutoAccept' } }) },
    { name: 'gateways not listed', resource: transitGateway(), gaps: [{ resourceType: 'ec2.transit-gateway', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::EC2::TransitGateway\nProperties: { Description: hub }\n'],
      bad: ['Type: AWS::EC2::TransitGateway\nProperties: { AutoAcceptSharedAttachments: enable }\n'],
    },
    terraform: {
      good: ['resource "aws_ec2_transit_gateway" "hub" {\n  description = "hub"\n}\n'],
      bad: ['resource "aws_ec2_transit_gateway" "hub" {\n  auto_accept_shared_attachments = "enable"\n}\n'],
    },
  },
})
