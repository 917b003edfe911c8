import { defineInterfaceEndpointCheck } from '../../analysis/vpc-interface-endpoint.js'

export default defineInterfaceEndpointCheck({
  id: 'ec2-vpc-interface-endpoint-ssm-incidents',
  control: 'EC2.60',
  title: 'VPC has an interface endpoint for Systems Manager Incident Manager',
  riskName: 'Incident Manager',
  callers: 'Incident response tooling calls Incident Manager to start and update incidents and run response plans.',
})
