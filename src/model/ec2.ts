import type { ResourceBase } from './common.js'

/** `ec2.vpc` */
export interface Vpc extends ResourceBase {
  cidrBlock?: string
  isDefault: boolean
}

/** `ec2.subnet` */
export interface Subnet extends ResourceBase {
  vpcId: string
  availabilityZone: string
  cidrBlock?: string
  mapPublicIpOnLaunch: boolean
}

export interface Route {
  destination: string
  /** igw-…, local, vgw-… */
  gatewayId?: string
  natGatewayId?: string
  transitGatewayId?: string
  vpcPeeringConnectionId?: string
  vpcEndpointId?: string
  networkInterfaceId?: string
  instanceId?: string
  egressOnlyInternetGatewayId?: string
}

/** `ec2.route-table` */
export interface RouteTable extends ResourceBase {
  vpcId: string
  /** True for the VPC's main route table (used by subnets with no explicit association). */
  main: boolean
  subnetIds: string[]
  routes: Route[]
}

export interface SecurityGroupRule {
  /** `-1` for all protocols. */
  protocol: string
  fromPort?: number
  toPort?: number
  ipv4Ranges: string[]
  ipv6Ranges: string[]
  securityGroupIds: string[]
  prefixListIds: string[]
}

/** `ec2.security-group` */
export interface SecurityGroup extends ResourceBase {
  groupId: string
  vpcId?: string
  description?: string
  ingress: SecurityGroupRule[]
  egress: SecurityGroupRule[]
}

/** `ec2.nat-gateway` */
export interface NatGateway extends ResourceBase {
  vpcId: string
  subnetId: string
  state: string
}

/** `ec2.vpc-endpoint`: an interface, gateway or gateway load balancer endpoint of a VPC. */
export interface VpcEndpoint extends ResourceBase {
  vpcId: string
  /** `com.amazonaws.us-east-1.s3` … */
  serviceName: string
  /** `Interface`, `Gateway`, `GatewayLoadBalancer` … */
  endpointType: string
  /** `available`, `pending`, `deleting`, `rejected` … */
  state: string
  /** Interface endpoints: the subnets holding its network interfaces. */
  subnetIds: string[]
  /** Gateway endpoints: the route tables that send the service's prefix list to it. */
  routeTableIds: string[]
  privateDnsEnabled?: boolean
}
