import { defineCheck } from '../../core/check.js'
import type { VpcEndpoint } from '../../model/ec2.js'

const vpcOf = (e: VpcEndpoint) => e.vpcId
const SERVICES = ['s3', 'dynamodb'] as const

export default defineCheck({
  meta: {
    id: 'ec2-vpc-endpoints-s3-dynamodb',
    resourceType: 'ec2.vpc',
    reads: ['ec2.vpc-endpoint'],
    title: 'VPC reaches S3 and DynamoDB through VPC endpoints',
    severity: 'info',
    categories: ['network'],
    description: 'Informational. Passes when the VPC has an available VPC endpoint (gateway or interface) for Amazon S3 and one for DynamoDB. Gateway endpoints for these two services cost nothing; without them, traffic to S3 and DynamoDB leaves through a NAT gateway or internet gateway and cannot be restricted with endpoint policies or aws:SourceVpce conditions.',
    risk: 'Without endpoints, data to and from S3 and DynamoDB crosses the NAT gateway (billed per GB) and the public service endpoints, and bucket policies cannot tell the VPC\'s requests apart from the rest of the internet.',
    remediation: {
      text: 'Create gateway endpoints for S3 and DynamoDB and associate them with the VPC\'s route tables; restrict them with endpoint policies if the VPC should only reach your own buckets and tables.',
      cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Gateway --service-name com.amazonaws.<region>.s3 --route-table-ids <rtb-ids>\naws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Gateway --service-name com.amazonaws.<region>.dynamodb --route-table-ids <rtb-ids>',
      cloudformation: 'S3Endpoint:\n  Type: AWS::EC2::VPCEndpoint\n  Properties:\n    VpcId: !Ref Vpc\n    VpcEndpointType: Gateway\n    ServiceName: !Sub com.amazonaws.${AWS::Region}.s3\n    RouteTableIds: [!Ref PrivateRouteTable]\nDynamoDbEndpoint:\n  Type: AWS::EC2::VPCEndpoint\n  Properties:\n    VpcId: !Ref Vpc\n    VpcEndpointType: Gateway\n    ServiceName: !Sub com.amazonaws.${AWS::Region}.dynamodb\n    RouteTableIds: [!Ref PrivateRouteTable]',
      terraform: 'resource "aws_vpc_endpoint" "s3" {\n  vpc_id            = aws_vpc.main.id\n  service_name      = "com.amazonaws.${data.aws_region.current.name}.s3"\n  vpc_endpoint_type = "Gateway"\n  route_table_ids   = [aws_route_table.private.id]\n}\n\nresource "aws_vpc_endpoint" "dynamodb" {\n  vpc_id            = aws_vpc.main.id\n  service_name      = "com.amazonaws.${data.aws_region.current.name}.dynamodb"\n  vpc_endpoint_type = "Gateway"\n  route_table_ids   = [aws_route_table.private.id]\n}',
    },
    messages: {
      present: 'VPC {{name}} has VPC endpoints for S3 and DynamoDB.',
      missing: 'VPC {{name}} has no VPC endpoint for {{services}}.',
    },
  },
  evaluate(vpc, { pass, fail, inventory }) {
    const endpoints = inventory.lookup('ec2.vpc-endpoint', vpcOf, vpc.id, { region: vpc.region }).filter((e) => e.state === 'available')
    const missing = SERVICES.filter((svc) => !endpoints.some((e) => e.serviceName.endsWith(`.${svc}`)))
    return missing.length ? fail('missing', { data: { name: vpc.name, services: missing.map((s) => (s === 's3' ? 'S3' : 'DynamoDB')).join(' and ') } }) : pass('present', { name: vpc.name })
  },
})
