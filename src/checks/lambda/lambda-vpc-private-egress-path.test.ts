import check from './lambda-vpc-private-egress-path.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, natGateway, routeTable, subnet, vpcEndpoint } from '../../../test/factories/index.js'

// The factory function sits in subnet-a and subnet-b of vpc-1; the factory route table sends
// 0.0.0.0/0 to nat-1.
const fn = lambdaFunction()
const local = { destination: '10.0.0.0/16', gatewayId: 'local' }
const isolatedTable = routeTable({ routes: [local] })
const endpoint = vpcEndpoint
const network = { 'ec2.subnet': [subnet(), subnet({ id: 'subnet-b', availabilityZone: 'us-east-1b' })] }
const gap = (resourceType: 'ec2.route-table' | 'ec2.vpc-endpoint' | 'ec2.nat-gateway') => ({ resourceType, region: 'us-east-1', code: 'AccessDenied', message: 'denied' })

testCheck(check, {
  valid: [
    { name: 'default route through an available NAT gateway', resource: fn, related: { ...network, 'ec2.route-table': [routeTable()], 'ec2.nat-gateway': [natGateway()] } },
    { name: 'no NAT, but an interface endpoint in the VPC', resource: fn, related: { ...network, 'ec2.route-table': [isolatedTable], 'ec2.vpc-endpoint': [endpoint({})] } },
    { name: 'no NAT, a gateway endpoint route for S3', resource: fn, related: { ...network, 'ec2.route-table': [routeTable({ routes: [local, { destination: 'pl-63a5400a', gatewayId: 'vpce-s3', vpcEndpointId: 'vpce-s3' }] })] } },
    { name: 'centralised egress through a transit gateway', resource: fn, related: { ...network, 'ec2.route-table': [routeTable({ routes: [local, { destination: '0.0.0.0/0', transitGatewayId: 'tgw-1' }] })] } },
    { name: 'a NAT gateway that is still being created', resource: fn, related: { ...network, 'ec2.route-table': [routeTable()], 'ec2.nat-gateway': [natGateway({ state: 'pending' })] } },
  ],
  invalid: [
    { name: 'no route out and no endpoint', resource: fn, related: { ...network, 'ec2.route-table': [isolatedTable] }, messageId: 'isolated', at: 'vpc.subnetIds.0', count: 2 },
    { name: 'an endpoint of another VPC does not help', resource: fn, related: { ...network, 'ec2.route-table': [isolatedTable], 'ec2.vpc-endpoint': [endpoint({ vpcId: 'vpc-2' })] }, messageId: 'isolated' },
    { name: 'a rejected endpoint does not help', resource: fn, related: { ...network, 'ec2.route-table': [isolatedTable], 'ec2.vpc-endpoint': [endpoint({ state: 'rejected' })] }, messageId: 'isolated' },
    { name: 'the NAT gateway failed', resource: fn, related: { ...network, 'ec2.route-table': [routeTable()], 'ec2.nat-gateway': [natGateway({ state: 'failed' })] }, messageId: 'natUnavailable' },
    {
      name: 'one subnet falls back to an isolated main table',
      resource: fn,
      related: { ...network, 'ec2.route-table': [routeTable({ subnetIds: ['subnet-a'] }), routeTable({ id: 'rtb-main', main: true, subnetIds: [], routes: [local] })], 'ec2.nat-gateway': [natGateway()] },
      messageId: 'isolated',
      at: 'vpc.subnetIds.1',
      count: 1,
    },
  ],
  unknown: [
    { name: 'route tables could not be listed', resource: fn, gaps: [gap('ec2.route-table')] },
    { name: 'no route table known for the subnets', resource: fn, related: network },
    { name: 'endpoints could not be listed', resource: fn, related: { ...network, 'ec2.route-table': [isolatedTable] }, gaps: [gap('ec2.vpc-endpoint')] },
    { name: 'the NAT gateway is not in the inventory', resource: fn, related: { ...network, 'ec2.route-table': [routeTable()] } },
    { name: 'NAT gateways could not be listed', resource: fn, related: { ...network, 'ec2.route-table': [routeTable()] }, gaps: [gap('ec2.nat-gateway')] },
  ],
  skip: [
    { name: 'not in a VPC', resource: lambdaFunction({ vpc: undefined }) },
    { name: 'only public subnets', resource: fn, related: { ...network, 'ec2.route-table': [routeTable({ routes: [local, { destination: '0.0.0.0/0', gatewayId: 'igw-1' }] })] } },
  ],
})
