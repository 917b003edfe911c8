/**
 * Network scenarios for the Lambda VPC checks: security group rules and listing gaps for the
 * inventory tables, and templates of a function placed in a VPC (subnets, route tables,
 * security group) for the iac tables.
 */
import type { InventoryGap } from '../../src/core/inventory.js'
import type { ResourceType } from '../../src/model/resource-types.js'
import type { SecurityGroup, SecurityGroupRule } from '../../src/model/ec2.js'
import { REGION } from '../factories/index.js'
import { cfnBody, cfnFunction, tfFile, tfFunction } from './iac-fragments.js'

/** A listing of one EC2 resource type was denied in the test region. */
export const ec2ListingDenied = (resourceType: ResourceType, message: string): InventoryGap => ({ resourceType, region: REGION, code: 'AccessDenied', message })

/** A security group rule to nowhere (all protocols, no ports, no peer) that a case widens. */
export const sgRule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: '-1', ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })

/** The inventory around a function: these security groups. */
export const withGroups = (...groups: SecurityGroup[]) => ({ 'ec2.security-group': groups })

// --- CloudFormation -------------------------------------------------------------------------

/**
 * A VPC with one subnet and its own route table, a security group `Sg` and the function `Fn`
 * in them. `routes` adds resources (routes, gateways) after the route table association;
 * `ingress` is the YAML list of SecurityGroupIngress.
 */
export function cfnSubnetScenario({ routes = '', ingress = '[]' }: { routes?: string; ingress?: string } = {}): string {
  return cfnBody(
    'Vpc:\n  Type: AWS::EC2::VPC\n  Properties: { CidrBlock: 10.0.0.0/16 }\n',
    'Subnet:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }\n',
    'Routes:\n  Type: AWS::EC2::RouteTable\n  Properties: { VpcId: !Ref Vpc }\n',
    'SubnetRoutes:\n  Type: AWS::EC2::SubnetRouteTableAssociation\n  Properties: { SubnetId: !Ref Subnet, RouteTableId: !Ref Routes }\n',
    routes,
    `Sg:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    GroupDescription: function\n    VpcId: !Ref Vpc\n    SecurityGroupIngress: ${ingress}\n`,
    cfnFunction({ props: ', VpcConfig: { SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg] }' }),
  )
}

/** A VPC with subnets `A` and `B` in the given Availability Zones (YAML values). */
export const cfnTwoZoneVpc = (azA = 'us-east-1a', azB = 'us-east-1b'): string =>
  'Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }\n' +
  `A: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: ${azA} } }\n` +
  `B: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: ${azB} } }\n`

// --- Terraform ------------------------------------------------------------------------------

/** `aws_subnet.<name>`; `vpc` is an HCL expression. */
export function tfSubnet(name: string, { vpc = '"vpc-1"', cidr, az }: { vpc?: string; cidr?: string; az?: string }): string {
  const lines = [`vpc_id = ${vpc}`, ...(cidr ? [`cidr_block = "${cidr}"`] : []), ...(az ? [`availability_zone = "${az}"`] : [])]
  return `resource "aws_subnet" "${name}" {\n${lines.map((l) => `  ${l}\n`).join('')}}\n`
}

/** `aws_security_group.fn`; `body` adds ingress/egress blocks. */
export const tfSecurityGroup = (body = '', vpc = '"vpc-1"'): string => `resource "aws_security_group" "fn" {\n  vpc_id = ${vpc}\n${body.replace(/^(?=.)/gm, '  ')}}\n`

/** A `vpc_config` block for tfFunction: the named subnets and `aws_security_group.fn`. */
export const tfVpcConfig = (...subnets: string[]): string =>
  `vpc_config {\n  subnet_ids         = [${subnets.map((s) => `aws_subnet.${s}.id`).join(', ')}]\n  security_group_ids = [aws_security_group.fn.id]\n}\n`

/** A security group rule block (`ingress` or `egress`) of aws_security_group. */
export const tfRuleBlock = (kind: 'ingress' | 'egress', { from, to, protocol, cidr }: { from: number; to: number; protocol: string; cidr: string }): string =>
  `${kind} {\n  from_port   = ${from}\n  to_port     = ${to}\n  protocol    = "${protocol}"\n  cidr_blocks = ["${cidr}"]\n}\n`

/**
 * The Terraform twin of cfnSubnetScenario: `routeTable` is the body of the route table,
 * `gateways` blocks after its association, `sg` the body of the group, `rules` blocks after it.
 */
export function tfSubnetScenario({ routeTable = '', gateways = '', sg = '', rules = '' }: { routeTable?: string; gateways?: string; sg?: string; rules?: string } = {}): string {
  return tfFile(
    'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    tfSubnet('fn', { vpc: 'aws_vpc.main.id', cidr: '10.0.1.0/24' }),
    `resource "aws_route_table" "fn" {\n  vpc_id = aws_vpc.main.id\n${routeTable.replace(/^(?=.)/gm, '  ')}}\n`,
    'resource "aws_route_table_association" "fn" {\n  subnet_id      = aws_subnet.fn.id\n  route_table_id = aws_route_table.fn.id\n}\n',
    gateways,
    tfSecurityGroup(sg, 'aws_vpc.main.id'),
    rules,
    tfFunction({ body: tfVpcConfig('fn') }),
  )
}
