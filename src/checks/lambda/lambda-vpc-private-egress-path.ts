import { defineCheck, type Verdict } from '../../core/check.js'
import { defaultRouteTarget, internetGatewayFor, routeTarget, subnetRouting } from '../../analysis/network.js'
import type { RouteTable } from '../../model/ec2.js'
import type { InventoryView } from '../../core/inventory.js'

/** NAT gateway states in which it forwards (or is about to forward) traffic. */
const NAT_WORKING = new Set(['available', 'pending'])

/** `com.amazonaws.us-east-1.s3` → `s3`. */
function shortService(serviceName: string): string {
  return serviceName.split('.').slice(3).join('.') || serviceName
}

/**
 * The AWS services a subnet with this route table reaches privately: gateway endpoints routed
 * from the table (prefix-list routes to `vpce-…`, or the endpoint's own association list) and
 * the VPC's available interface endpoints, which every subnet of the VPC reaches by the local route.
 */
function endpointServices(table: RouteTable, inventory: InventoryView, region: string): string[] {
  const routed = new Set(table.routes.map(routeTarget).filter((t) => t.kind === 'vpc-endpoint').map((t) => t.id))
  const services = new Set<string>()
  for (const e of inventory.list('ec2.vpc-endpoint', { region })) {
    if (e.vpcId !== table.vpcId || e.state !== 'available') continue
    const gatewayHere = e.endpointType === 'Gateway' && (routed.has(e.id) || e.routeTableIds.includes(table.id))
    if (e.endpointType === 'Interface' || gatewayHere) services.add(shortService(e.serviceName))
  }
  // A gateway endpoint route whose endpoint was not listed still proves a private path.
  if (services.size === 0 && routed.size > 0) for (const id of routed) services.add(id)
  return [...services].sort()
}

export default defineCheck({
  meta: {
    id: 'lambda-vpc-private-egress-path',
    resourceType: 'lambda.function',
    reads: ['ec2.subnet', 'ec2.route-table', 'ec2.nat-gateway', 'ec2.vpc-endpoint'],
    title: 'VPC-attached Lambda function has a way out of its private subnets',
    severity: 'info',
    categories: ['network', 'resilience'],
    description:
      'For each private subnet of a VPC-attached function (public ones are lambda-vpc-not-in-public-subnet\'s), follows the subnet\'s route table: an IPv4 default route to a working NAT gateway, or to a NAT instance, network appliance or transit gateway (centralised egress, not followed further), is a way out; without one, the VPC endpoints the subnet can use (interface endpoints of the VPC, gateway endpoints routed from its table) are the only way to AWS services, and a subnet with neither is isolated. The check cannot know which services the code calls: a subnet that reaches only some services through endpoints passes, naming them. A route to a NAT gateway that is failing or deleting fails; one that is not in the inventory is unknown.',
    risk: 'Lambda network interfaces get no public IP address, so a function in a subnet without a NAT route or the right VPC endpoints cannot reach the internet or AWS service APIs: its SDK calls hang until the function times out, which looks like an application bug, retries pile up, and teams "fix" it by taking the function out of the VPC or opening more than needed.',
    remediation: {
      text: 'Route the private subnets\' 0.0.0.0/0 through a NAT gateway in a public subnet (one per Availability Zone for resilience), or create VPC endpoints for every AWS service the function calls (gateway endpoints for S3 and DynamoDB, interface endpoints with private DNS for the others).',
      cli: 'aws ec2 create-route --route-table-id <private-rtb-id> --destination-cidr-block 0.0.0.0/0 --nat-gateway-id <nat-id>\n# or, per AWS service the function calls:\naws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.<service> --subnet-ids <subnet-a> <subnet-b> --security-group-ids <endpoints-sg-id> --private-dns-enabled',
      cloudformation:
        'DefaultRoute:\n  Type: AWS::EC2::Route\n  Properties:\n    RouteTableId: !Ref PrivateRouteTable\n    DestinationCidrBlock: 0.0.0.0/0\n    NatGatewayId: !Ref NatGateway\nSqsEndpoint:   # or an endpoint per service the function calls\n  Type: AWS::EC2::VPCEndpoint\n  Properties:\n    VpcId: !Ref Vpc\n    VpcEndpointType: Interface\n    ServiceName: !Sub com.amazonaws.${AWS::Region}.sqs\n    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n    SecurityGroupIds: [!Ref EndpointsSecurityGroup]\n    PrivateDnsEnabled: true',
      terraform:
        'resource "aws_route" "private_default" {\n  route_table_id         = aws_route_table.private.id\n  destination_cidr_block = "0.0.0.0/0"\n  nat_gateway_id         = aws_nat_gateway.main.id\n}\n\n# or, per AWS service the function calls:\nresource "aws_vpc_endpoint" "sqs" {\n  vpc_id              = aws_vpc.main.id\n  vpc_endpoint_type   = "Interface"\n  service_name        = "com.amazonaws.${data.aws_region.current.name}.sqs"\n  subnet_ids          = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  security_group_ids  = [aws_security_group.endpoints.id]\n  private_dns_enabled = true\n}',
    },
    messages: {
      egress: 'Every private subnet of function {{name}} has a way out: {{paths}}.',
      isolated: 'Subnet {{subnet}} of function {{name}} has no route out (route table {{table}}: no NAT route) and no VPC endpoint: the function cannot reach the internet or AWS APIs from it.',
      natUnavailable: 'Subnet {{subnet}} of function {{name}} routes 0.0.0.0/0 to NAT gateway {{gateway}}, which is {{state}}: outbound traffic from it is dropped.',
    },
    // Templates yield no VPC endpoints and no NAT gateway state, and often leave the network to
    // another stack: only a live inventory can tell an isolated subnet from an unseen endpoint.
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    const subnetIds = fn.vpc?.subnetIds ?? []
    if (subnetIds.length === 0) return skip('the function is not attached to a VPC')
    const tables = inventory.list('ec2.route-table', { region: fn.region })
    const verdicts: Verdict[] = []
    const paths = new Set<string>()
    let privateSubnets = 0
    subnetIds.forEach((subnetId, i) => {
      const at = `vpc.subnetIds.${i}`
      const routing = subnetRouting(inventory, tables, subnetId, fn.region, fn.vpc?.vpcId)
      if (!routing) {
        verdicts.push(unknown(`no route table (explicit or main) is known for subnet ${subnetId}`, { at }))
        return
      }
      const table = routing.table
      if (internetGatewayFor(table, 'ipv4')) return // public: lambda-vpc-not-in-public-subnet reports it
      privateSubnets++
      const target = defaultRouteTarget(table, 'ipv4')
      if (target?.kind === 'nat-gateway') {
        const nat = inventory.get('ec2.nat-gateway', target.id)
        if (!nat) verdicts.push(unknown(`NAT gateway ${target.id} is not in the inventory (deleted, or declared elsewhere)`, { at }))
        else if (NAT_WORKING.has(nat.state)) paths.add(`NAT gateway ${nat.id}`)
        else verdicts.push(fail('natUnavailable', { data: { name: fn.name, subnet: subnetId, gateway: nat.id, state: nat.state }, at, subject: subnetId }))
        return
      }
      if (target && (target.kind === 'instance' || target.kind === 'network-interface' || target.kind === 'transit-gateway')) {
        paths.add(`${target.kind.replace('-', ' ')} ${target.id}`)
        return
      }
      const services = endpointServices(table, inventory, fn.region)
      if (services.length > 0) paths.add(`VPC endpoints only (${services.join(', ')})`)
      else verdicts.push(fail('isolated', { data: { name: fn.name, subnet: subnetId, table: table.name }, at, subject: subnetId }))
    })
    if (verdicts.length > 0) return verdicts
    if (privateSubnets === 0) return skip('every subnet of the function is public (lambda-vpc-not-in-public-subnet reports it)')
    return pass('egress', { name: fn.name, paths: [...paths].join('; ') })
  },
})
