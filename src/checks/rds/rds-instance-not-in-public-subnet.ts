import { defineCheck, type Verdict } from '../../core/check.js'
import { internetGatewayFor, subnetRouting, WORLD_CIDR, type IpFamily } from '../../analysis/network.js'

const FAMILIES: IpFamily[] = ['ipv4', 'ipv6']

export default defineCheck({
  meta: {
    id: 'rds-instance-not-in-public-subnet',
    resourceType: 'rds.instance',
    reads: ['ec2.subnet', 'ec2.route-table'],
    title: 'RDS DB instance runs in private subnets only',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Checks every subnet of the DB instance\'s DB subnet group: none may be public, that is, have a route table (its explicitly associated table, or else the VPC\'s main table) that sends 0.0.0.0/0 or ::/0 to an internet gateway. RDS can place or move the instance into any subnet of its group.',
    risk: 'A database in a public subnet is one setting (PubliclyAccessible, or a widened security group) away from being reachable from the whole internet, and shares its routing with internet-facing resources. Keeping databases in private subnets means a single mistake does not expose them.',
    remediation: {
      text: 'Make every subnet of the instance\'s DB subnet group private (no default route to an internet gateway). RDS moves an instance to another subnet group only across VPCs, so within the VPC: add private subnets to the group, move the instance onto them (turn on Multi-AZ and fail over, or restore a snapshot into a new group of private subnets), then take the public subnets out of the group.',
      cli: '# 1. add private subnets in two or more AZs to the group (keep the current ones for now)\naws rds modify-db-subnet-group --db-subnet-group-name <group> --subnet-ids <current-subnets> <private-subnet-a> <private-subnet-b>\n# 2. move the instance: Multi-AZ places a standby, a forced failover makes it the primary\naws rds modify-db-instance --db-instance-identifier <instance> --multi-az --apply-immediately\naws rds reboot-db-instance --db-instance-identifier <instance> --force-failover\n# 3. once neither node uses them, drop the public subnets from the group\naws rds modify-db-subnet-group --db-subnet-group-name <group> --subnet-ids <private-subnet-a> <private-subnet-b>',
      cloudformation:
        'PrivateDbSubnets:\n  Type: AWS::RDS::DBSubnetGroup\n  Properties:\n    DBSubnetGroupDescription: private subnets only\n    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]   # no 0.0.0.0/0 route to an internet gateway\nDatabase:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: postgres\n    DBInstanceClass: db.m7g.large\n    DBSubnetGroupName: !Ref PrivateDbSubnets',
      terraform:
        'resource "aws_db_subnet_group" "private" {\n  name       = "private-db"\n  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id] # no 0.0.0.0/0 route to an internet gateway\n}\n\nresource "aws_db_instance" "this" {\n  # ...\n  db_subnet_group_name = aws_db_subnet_group.private.name\n}',
    },
    messages: {
      private: 'No subnet of DB instance {{name}} routes to an internet gateway.',
      publicSubnet: 'DB instance {{name}} can run in public subnet {{subnet}}: its route table {{table}} sends {{destination}} to internet gateway {{gateway}}.',
    },
  },
  evaluate(db, { pass, fail, unknown, inventory }) {
    const subnetIds = db.subnetIds
    if (subnetIds === undefined) return unknown('the DB subnet group of the instance is not known')
    const tables = inventory.list('ec2.route-table', { region: db.region })
    const verdicts: Verdict[] = []
    subnetIds.forEach((subnetId, i) => {
      const at = `subnetIds.${i}`
      const routing = subnetRouting(inventory, tables, subnetId, db.region, db.vpcId)
      if (!routing) {
        verdicts.push(unknown(`no route table (explicit or main) is known for subnet ${subnetId}`, { at }))
        return
      }
      for (const family of FAMILIES) {
        const gateway = internetGatewayFor(routing.table, family)
        if (gateway) {
          verdicts.push(fail('publicSubnet', { data: { name: db.name, subnet: subnetId, table: routing.table.name, destination: WORLD_CIDR[family], gateway }, at, subject: subnetId }))
          return
        }
      }
    })
    if (subnetIds.length === 0) return unknown('the DB subnet group lists no subnets')
    return verdicts.length > 0 ? verdicts : pass('private', { name: db.name })
  },
})
