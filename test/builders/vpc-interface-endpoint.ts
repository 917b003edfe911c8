/**
 * The table shared by the six ec2-vpc-interface-endpoint-* checks (FSBP EC2.10, EC2.55–EC2.60).
 * The checks differ only in the service from data/vpc-endpoint-services.json, so each test file
 * runs the same valid/invalid/unknown cases and templates, built for its own service.
 */
import type { CheckTests, IacCases } from '../check-tester.js'
import { endpointServiceFor } from '../../src/analysis/vpc-interface-endpoint.js'
import { vpc, vpcEndpoint } from '../factories/index.js'

const cfVpc = 'Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\n'
const tfVpc = 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n'

/** The cases for the check of one FSBP control; `iac` is handed on by each test file. */
export function interfaceEndpointTables(control: string): Omit<CheckTests<'ec2.vpc'>, 'iac'> & { iac: Required<Pick<IacCases, 'cloudformation' | 'terraform'>> } {
  const { service, fipsServices } = endpointServiceFor(control)
  const endpoint = vpcEndpoint({ id: `vpce-${service.replace(/\./g, '-')}`, serviceName: `com.amazonaws.us-east-1.${service}` })
  // An endpoint for some other service of the six must not count.
  const otherService = service === 'ec2' ? 'ssm' : 'ec2'
  const tfName = service.replace(/[.-]/g, '_')
  return {
    valid: [
      { name: 'available interface endpoint', resource: vpc(), related: { 'ec2.vpc-endpoint': [endpoint] } },
      ...fipsServices.map((fips) => ({ name: `FIPS endpoint (${fips})`, resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...endpoint, serviceName: `com.amazonaws.us-east-1.${fips}` }] } })),
    ],
    invalid: [
      { name: 'no endpoints', resource: vpc(), messageId: 'missing' },
      { name: 'endpoint of another VPC', resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...endpoint, vpcId: 'vpc-2' }] }, messageId: 'missing' },
      { name: 'endpoint for another service', resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...endpoint, serviceName: `com.amazonaws.us-east-1.${otherService}` }] }, messageId: 'missing' },
      { name: 'a Gateway Load Balancer endpoint does not count', resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...endpoint, endpointType: 'GatewayLoadBalancer' }] }, messageId: 'missing' },
      { name: 'endpoint not accepted yet', resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...endpoint, state: 'pendingacceptance' }] }, messageId: 'not-available' },
    ],
    unknown: [
      { name: 'endpoints not listed', resource: vpc(), gaps: [{ resourceType: 'ec2.vpc-endpoint', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeVpcEndpoints denied' }] },
      { name: 'template endpoint with an unresolved VPC', resource: vpc(), related: { 'ec2.vpc-endpoint': [{ ...endpoint, vpcId: '{{unresolved}}', unresolved: { vpcId: '!Ref VpcParam' } }] } },
    ],
    iac: {
      cloudformation: {
        good: [`${cfVpc}Endpoint:\n  Type: AWS::EC2::VPCEndpoint\n  Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: !Sub "com.amazonaws.\${AWS::Region}.${service}", SubnetIds: [subnet-a] }\n`],
        // No endpoint; and an endpoint without VpcEndpointType, which CloudFormation creates as a gateway endpoint.
        bad: [cfVpc, `${cfVpc}Endpoint:\n  Type: AWS::EC2::VPCEndpoint\n  Properties: { VpcId: !Ref Vpc, ServiceName: !Sub "com.amazonaws.\${AWS::Region}.${service}" }\n`],
      },
      terraform: {
        good: [`${tfVpc}\nresource "aws_vpc_endpoint" "${tfName}" {\n  vpc_id            = aws_vpc.main.id\n  vpc_endpoint_type = "Interface"\n  service_name      = "com.amazonaws.us-east-1.${service}"\n}\n`],
        // No endpoint; and an endpoint without vpc_endpoint_type, which defaults to Gateway.
        bad: [tfVpc, `${tfVpc}\nresource "aws_vpc_endpoint" "${tfName}" {\n  vpc_id       = aws_vpc.main.id\n  service_name = "com.amazonaws.us-east-1.${service}"\n}\n`],
      },
    },
  }
}
