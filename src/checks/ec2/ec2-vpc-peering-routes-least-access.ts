import { defineCheck } from '../../core/check.js'
import { parseCidr } from '../../analysis/network.js'

export default defineCheck({
  meta: {
    id: 'ec2-vpc-peering-routes-least-access',
    resourceType: 'ec2.route-table',
    reads: ['ec2.vpc-peering-connection'],
    title: 'Routes to VPC peering connections name only the peer subnets needed',
    severity: 'low',
    categories: ['network', 'least-privilege'],
    description:
      'A heuristic for CIS "least access" peering routes. For each route of the table that targets a VPC peering connection, fails when the destination covers a whole CIDR block of the peer VPC (or more, such as 0.0.0.0/0): the route then makes the entire peer network reachable, where routes to the specific peer subnets that need to be reached would do. Tables without peering routes are skipped. The peer side is the one whose VPC is not the table\'s.',
    risk: 'A route to the whole peer VPC lets every subnet of this table reach every host of the peer — databases, management hosts, other teams\' workloads — as far as security groups allow. Narrow routes keep a compromise in one VPC from spreading through the peering.',
    remediation: {
      text: 'Replace each route to a whole peer VPC with routes to the peer subnets that this subnet group must reach (and only from the route tables of the subnets that need them).',
      cli: 'aws ec2 delete-route --route-table-id <rtb-id> --destination-cidr-block <peer-vpc-cidr>\naws ec2 create-route --route-table-id <rtb-id> --destination-cidr-block <peer-subnet-cidr> --vpc-peering-connection-id <pcx-id>',
      cloudformation: 'Type: AWS::EC2::Route\nProperties:\n  RouteTableId: !Ref AppRouteTable\n  DestinationCidrBlock: 10.1.20.0/24  # the peer subnet, not the peer VPC\n  VpcPeeringConnectionId: !Ref Peering',
      terraform: 'resource "aws_route" "to_peer_db_subnet" {\n  route_table_id            = aws_route_table.app.id\n  destination_cidr_block    = "10.1.20.0/24" # the peer subnet, not the peer VPC\n  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id\n}',
    },
    messages: {
      narrow: 'The peering routes of route table {{name}} name only parts of the peer VPCs.',
      wholePeer: 'Route {{destination}} of route table {{name}} sends traffic for all of {{peerCidr}} (the whole peer VPC {{peerVpc}}) to {{peering}}.',
    },
  },
  evaluate(table, { pass, fail, skip, unknown, inventory }) {
    const peeringRoutes = table.routes.map((r, i) => [r, i] as const).filter(([r]) => r.vpcPeeringConnectionId)
    if (!peeringRoutes.length) return skip('the table has no route to a VPC peering connection')
    const verdicts = []
    for (const [route, i] of peeringRoutes) {
      const pcx = inventory.get('ec2.vpc-peering-connection', route.vpcPeeringConnectionId!)
      if (!pcx) return unknown(`peering connection ${route.vpcPeeringConnectionId} is not in the inventory`)
      const peer = pcx.requester.vpcId === table.vpcId ? pcx.accepter : pcx.requester
      const dest = parseCidr(route.destination)
      if (!dest) continue
      for (const cidr of peer.cidrBlocks) {
        const block = parseCidr(cidr)
        if (!block || block.family !== dest.family) continue
        if (dest.start <= block.start && dest.end >= block.end) {
          verdicts.push(fail('wholePeer', { data: { name: table.name, destination: route.destination, peerCidr: cidr, peerVpc: peer.vpcId, peering: pcx.name }, at: `routes.${i}`, subject: `route ${route.destination}` }))
          break
        }
      }
    }
    return verdicts.length ? verdicts : pass('narrow', { name: table.name })
  },
})
