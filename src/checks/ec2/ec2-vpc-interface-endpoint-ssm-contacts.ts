import { defineInterfaceEndpointCheck } from '../../analysis/vpc-interface-endpoint.js'

export default defineInterfaceEndpointCheck({
  id: 'ec2-vpc-interface-endpoint-ssm-contacts',
  control: 'EC2.58',
  title: 'VPC has an interface endpoint for Systems Manager Incident Manager Contacts',
  riskName: 'Incident Manager Contacts',
  callers: 'Incident response tooling calls Incident Manager Contacts to page on-call contacts and follow escalation plans.',
})
