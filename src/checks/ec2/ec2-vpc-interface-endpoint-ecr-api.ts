import { defineInterfaceEndpointCheck } from '../../analysis/vpc-interface-endpoint.js'

export default defineInterfaceEndpointCheck({
  id: 'ec2-vpc-interface-endpoint-ecr-api',
  control: 'EC2.55',
  title: 'VPC has an interface endpoint for the Amazon ECR API',
  riskName: 'Amazon ECR API',
  callers: 'Container hosts (ECS, EKS, plain Docker) call the ECR API to authenticate (GetAuthorizationToken) and look up images.',
})
