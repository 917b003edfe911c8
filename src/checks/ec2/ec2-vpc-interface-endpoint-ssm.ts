import { defineInterfaceEndpointCheck } from '../../analysis/vpc-interface-endpoint.js'

export default defineInterfaceEndpointCheck({
  id: 'ec2-vpc-interface-endpoint-ssm',
  control: 'EC2.57',
  title: 'VPC has an interface endpoint for AWS Systems Manager',
  riskName: 'AWS Systems Manager',
  callers: 'The SSM Agent on managed nodes calls Systems Manager for inventory, patching, Run Command and Parameter Store.',
})
