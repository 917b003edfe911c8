import { defineInterfaceEndpointCheck } from '../../analysis/vpc-interface-endpoint.js'

export default defineInterfaceEndpointCheck({
  id: 'ec2-vpc-interface-endpoint-ecr-dkr',
  control: 'EC2.56',
  title: 'VPC has an interface endpoint for the Amazon ECR Docker registry',
  riskName: 'Amazon ECR Docker registry',
  callers: 'Container hosts pull and push image layers through the registry endpoint <account>.dkr.ecr.<region>.amazonaws.com.',
})
