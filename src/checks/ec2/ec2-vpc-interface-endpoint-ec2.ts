import { defineInterfaceEndpointCheck } from '../../analysis/vpc-interface-endpoint.js'

export default defineInterfaceEndpointCheck({
  id: 'ec2-vpc-interface-endpoint-ec2',
  control: 'EC2.10',
  title: 'VPC has an interface endpoint for the EC2 API',
  riskName: 'Amazon EC2 API',
  callers: 'Instances, Auto Scaling and agents on the instances (CloudWatch agent, SSM Agent) call the EC2 API: DescribeInstances, CreateTags, attaching volumes and so on.',
})
