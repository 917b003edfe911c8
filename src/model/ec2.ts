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
  /** The group's name (`default` for a VPC's default group); `name` prefers the Name tag. */
  groupName?: string
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

/** `ec2.flow-log`: a flow log of a VPC, subnet or network interface. */
export interface FlowLog extends ResourceBase {
  /** The VPC, subnet or interface id it captures. */
  resourceId: string
  /** `ACCEPT`, `REJECT` or `ALL`. */
  trafficType: string
  /** `ACTIVE` while it is delivering. */
  status: string
  /** `cloud-watch-logs`, `s3` or `kinesis-data-firehose`. */
  destinationType?: string
  /** `SUCCESS` or `FAILED` (delivery permission or destination problems). */
  deliverLogsStatus?: string
}

/** One entry of a network ACL. */
export interface NetworkAclEntry {
  /** Lower numbers are evaluated first; 32767 is the catch-all deny AWS adds. */
  ruleNumber: number
  egress: boolean
  action: 'allow' | 'deny'
  /** Protocol number as text: `-1` all, `6` TCP, `17` UDP, `1` ICMP. */
  protocol: string
  cidr?: string
  ipv6Cidr?: string
  /** TCP and UDP entries; absent = every port. */
  portRange?: { from: number; to: number }
}

/** `ec2.network-acl` */
export interface NetworkAcl extends ResourceBase {
  vpcId: string
  isDefault: boolean
  subnetIds: string[]
  entries: NetworkAclEntry[]
}

/** `ec2.network-interface`: an elastic network interface (instances, Lambda, load balancers, endpoints …). */
export interface NetworkInterface extends ResourceBase {
  /** `interface`, `lambda`, `nat_gateway`, `vpc_endpoint` … */
  interfaceType: string
  /** `in-use` or `available`. */
  status: string
  securityGroupIds: string[]
  subnetId?: string
  vpcId?: string
  /** The instance it is attached to, if any. */
  instanceId?: string
  publicIp?: string
  /** Source/destination checking: EC2 drops traffic the interface neither sent nor receives. Absent when not known. */
  sourceDestCheck?: boolean
}

/** `ec2.instance` (terminated instances are not collected). */
export interface Instance extends ResourceBase {
  instanceId: string
  /** `pending`, `running`, `stopping`, `stopped` … */
  state: string
  imageId?: string
  subnetId?: string
  vpcId?: string
  /** Public IPv4 address (an auto-assigned address or an Elastic IP). */
  publicIp?: string
  securityGroupIds: string[]
  /** Instance profile ARN; `null` when the instance has none. */
  instanceProfileArn: string | null
  metadataOptions: {
    /** `disabled` turns the metadata endpoint off altogether. */
    httpEndpoint: 'enabled' | 'disabled'
    /** `required`: IMDSv2 only (session tokens). `optional`: IMDSv1 also answers. */
    httpTokens: 'required' | 'optional'
  }
  launchTime?: string
  /** `hvm` or `paravirtual` (it comes from the AMI); absent when not known. */
  virtualizationType?: string
  /** Network interfaces attached to the instance, primary and EFA ones included; absent when not known. */
  networkInterfaceCount?: number
  /** EC2's text for the last state change, e.g. `User initiated (2026-10-01 08:15:00 GMT)`. */
  stateTransitionReason?: string
  /** When it was stopped (ISO 8601), read from `stateTransitionReason`; absent when the text carries no time. */
  stoppedAt?: string
}

/** `ec2.volume`: an EBS volume. */
export interface Volume extends ResourceBase {
  volumeId: string
  encrypted: boolean
  kmsKeyId?: string
  /** `in-use`, `available` … */
  state: string
  attachedInstanceIds: string[]
}

/** `ec2.snapshot`: an EBS snapshot the account owns. */
export interface Snapshot extends ResourceBase {
  snapshotId: string
  volumeId?: string
  encrypted: boolean
  kmsKeyId?: string
  state: string
  /** Anyone may create a volume from it (create-volume permission for the group `all`). */
  public: boolean
  startTime?: string
}

/** `ec2.image`: an AMI the account owns. */
export interface Image extends ResourceBase {
  imageId: string
  /** Launch permission for everyone. */
  public: boolean
  state: string
  creationDate?: string
}

/** `ec2.ebs-default-encryption`: EBS encryption by default, one per account and region. */
export interface EbsDefaultEncryption extends ResourceBase {
  enabled: boolean
  /** The default KMS key, when known. */
  kmsKeyId?: string
}

/** `ec2.serial-console-access`: EC2 serial console access, one per account and region. */
export interface SerialConsoleAccess extends ResourceBase {
  enabled: boolean
}

/** `ec2.transit-gateway` */
export interface TransitGateway extends ResourceBase {
  transitGatewayId: string
  state: string
  /** Attachment requests from accounts the gateway is shared with are accepted without review. */
  autoAcceptSharedAttachments: boolean
  ownerId?: string
}

/** One side of a VPC peering connection. */
export interface PeeringSide {
  vpcId: string
  accountId?: string
  region?: string
  /** IPv4 and IPv6 CIDR blocks of that VPC, as the connection reports them. */
  cidrBlocks: string[]
}

/** `ec2.vpc-peering-connection` */
export interface VpcPeeringConnection extends ResourceBase {
  /** `active`, `pending-acceptance`, `rejected`, `deleted` … */
  status: string
  requester: PeeringSide
  accepter: PeeringSide
}
