/**
 * The S3 and EC2/VPC half of the e2e fixture.
 *
 * The main account (111122223333) gets, on top of the Lambda, IAM and governance designs:
 * account-level S3 Block Public Access with RestrictPublicBuckets off; four more buckets in
 * us-east-1 (secure, public website, partner drop box, access-log target) and two access points;
 * instances, volumes, snapshots and AMIs that are secure or broken in pairs; network ACLs, flow
 * logs, VPC endpoints, transit gateways and peering routes; three more security groups plus the
 * two VPCs' default groups; the network interfaces that use the groups; and EBS encryption by
 * default / serial console access set well in us-east-1 and badly in eu-west-1.
 *
 * The S3 and EC2 checks also judge what the other designs created (the trail buckets, the Lambda
 * security groups, subnets, route tables and VPCs): their verdicts are stated in OTHER_DESIGNS
 * with the reason beside each. The account-level S3 check has one resource per account: a second
 * account (S3_EC2_SECOND_ACCOUNT, everything blocked) gives it its passing verdict.
 *
 * Every expected verdict is stated next to the design, never taken from the scanner's output.
 */
import type { FixtureAccount, FixtureSecurityGroup, PolicyDocument } from '../aws-server/fixture.js'
import type { FixtureBucket } from '../aws-server/fixture-governance.js'
import type { FixtureAccessPoint } from '../aws-server/services/s3-control.js'
import type { FixtureInstance, FixtureNetworkAcl, FixtureNetworkInterface } from '../aws-server/services/ec2-compute.js'
import type { FixtureVpcEndpoint } from '../aws-server/services/ec2-vpc-endpoints.js'

type Status = 'pass' | 'fail' | 'unknown' | 'skip'

const US = 'us-east-1'
const EU = 'eu-west-1'
const A = '111122223333'
const PARTNER = '444455556666'
const VPC = { [US]: 'vpc-0a1b2c3d4e5f60001', [EU]: 'vpc-0e1f2a3b4c5d60002' }
const LAMBDA_SG = { usRestricted: 'sg-0a00000000000a001', usOpenEgress: 'sg-0b00000000000b002', euRestricted: 'sg-0c00000000000c003' }

const id = (check: string, region: string, name: string, status: Status) => `${check} ${region}/${name} ${status}`
const doc = (...Statement: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement })
const denyHttp = (bucket: string, resources = [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]): PolicyDocument['Statement'][number] => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: resources,
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
})
const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }
const ALL_OFF = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false }
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers'

// ---------------------------------------------------------------- S3 ----

/** Every bucket check, in the order the tables below give their verdicts. */
const BUCKET_CHECKS = [
  's3-bucket-public-access-block-enabled',
  's3-bucket-no-public-read',
  's3-bucket-no-public-write',
  's3-bucket-policy-cross-account-trusted',
  's3-bucket-acls-disabled',
  's3-bucket-ssl-required',
  's3-bucket-kms-encryption',
  's3-bucket-versioning-enabled',
  's3-bucket-mfa-delete-enabled',
  's3-bucket-access-logging-enabled',
  's3-bucket-lifecycle-configured',
  's3-bucket-object-lock-enabled',
] as const
type BucketVerdicts = Record<(typeof BUCKET_CHECKS)[number], Status[]>

/**
 * The account-level settings leave RestrictPublicBuckets off, so a public bucket policy stays in
 * force unless the bucket blocks it itself; the account level covers no bucket and no access point.
 */
const ACCOUNT_BLOCK = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false }

const BUCKETS: { region: string; bucket: FixtureBucket; expect: BucketVerdicts }[] = [
  {
    // Everything right — TLS-only policy, Block Public Access, ACLs disabled, SSE-KMS, versioning
    // with MFA delete, access logs, Object Lock — except lifecycle rules, which S3 refuses on a
    // bucket with MFA delete.
    region: US,
    bucket: {
      name: 'orders-data-111122223333',
      policy: doc(denyHttp('orders-data-111122223333')),
      publicAccessBlock: ALL_ON,
      encryption: { algorithm: 'aws:kms', kmsKeyId: `arn:aws:kms:${US}:${A}:key/7c1f3a52-4e0b-4d6a-9b8e-2f5d1c0a9e31`, bucketKey: true },
      versioning: { status: 'Enabled', mfaDelete: true },
      logging: { targetBucket: 'access-logs-111122223333', targetPrefix: 'orders-data/' },
      objectLock: { mode: 'GOVERNANCE', days: 30 },
    },
    expect: {
      's3-bucket-public-access-block-enabled': ['pass'],
      's3-bucket-no-public-read': ['pass'],
      's3-bucket-no-public-write': ['pass'],
      's3-bucket-policy-cross-account-trusted': ['pass'],
      's3-bucket-acls-disabled': ['pass'],
      's3-bucket-ssl-required': ['pass'],
      's3-bucket-kms-encryption': ['pass'],
      's3-bucket-versioning-enabled': ['pass'],
      's3-bucket-mfa-delete-enabled': ['pass'],
      's3-bucket-access-logging-enabled': ['pass'],
      's3-bucket-lifecycle-configured': ['fail'],
      's3-bucket-object-lock-enabled': ['pass'],
    },
  },
  {
    // A static website served straight from S3: public policy AND an AllUsers ACL grant (ACLs
    // enabled), no Block Public Access; every other setting left at its default.
    region: US,
    bucket: {
      name: 'public-site-111122223333',
      policy: doc({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public-site-111122223333/*' }),
      publicAccessBlock: ALL_OFF,
      objectOwnership: 'ObjectWriter',
      grants: [{ type: 'Group', uri: ALL_USERS, permission: 'READ' }],
    },
    expect: {
      's3-bucket-public-access-block-enabled': ['fail'],
      // The policy statement stays public (RestrictPublicBuckets off at both levels), the ACL grant
      // is ignored by the account's IgnorePublicAcls: one failing path.
      's3-bucket-no-public-read': ['fail'],
      's3-bucket-no-public-write': ['pass'],
      's3-bucket-policy-cross-account-trusted': ['pass'],
      's3-bucket-acls-disabled': ['fail'],
      's3-bucket-ssl-required': ['fail'],
      's3-bucket-kms-encryption': ['fail'],
      's3-bucket-versioning-enabled': ['fail'],
      's3-bucket-mfa-delete-enabled': ['fail'],
      's3-bucket-access-logging-enabled': ['fail'],
      's3-bucket-lifecycle-configured': ['fail'],
      's3-bucket-object-lock-enabled': ['fail'],
    },
  },
  {
    // A drop box: an untrusted partner account and anyone at all may upload; the TLS statement
    // covers the objects only; versioning suspended; its only lifecycle rule is disabled.
    region: US,
    bucket: {
      name: 'partner-drop-111122223333',
      policy: doc(
        denyHttp('partner-drop-111122223333', ['arn:aws:s3:::partner-drop-111122223333/*']),
        { Sid: 'PartnerUpload', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PARTNER}:root` }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::partner-drop-111122223333/incoming/*' },
        { Sid: 'AnyoneUploads', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::partner-drop-111122223333/public/*' },
      ),
      publicAccessBlock: ALL_OFF,
      encryption: { algorithm: 'aws:kms' },
      versioning: { status: 'Suspended' },
      logging: { targetBucket: 'access-logs-111122223333', targetPrefix: 'partner-drop/' },
      lifecycleRules: [{ id: 'paused', enabled: false }],
    },
    expect: {
      's3-bucket-public-access-block-enabled': ['fail'],
      's3-bucket-no-public-read': ['pass'],
      's3-bucket-no-public-write': ['fail'],
      's3-bucket-policy-cross-account-trusted': ['fail'],
      's3-bucket-acls-disabled': ['pass'],
      's3-bucket-ssl-required': ['fail'],
      's3-bucket-kms-encryption': ['pass'],
      's3-bucket-versioning-enabled': ['fail'],
      's3-bucket-mfa-delete-enabled': ['fail'],
      's3-bucket-access-logging-enabled': ['pass'],
      's3-bucket-lifecycle-configured': ['fail'],
      's3-bucket-object-lock-enabled': ['fail'],
    },
  },
  {
    // The access-log target of the buckets above and of the trail bucket: its own logging is
    // off on purpose (the logging check skips it); it stays on SSE-S3, as most log buckets do.
    region: US,
    bucket: {
      name: 'access-logs-111122223333',
      policy: doc(denyHttp('access-logs-111122223333'), {
        Sid: 'S3ServerAccessLogs',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::access-logs-111122223333/*',
        Condition: { StringEquals: { 'aws:SourceAccount': A } },
      }),
      publicAccessBlock: ALL_ON,
      versioning: { status: 'Enabled' },
      lifecycleRules: [{ id: 'expire-logs', enabled: true }],
    },
    expect: {
      's3-bucket-public-access-block-enabled': ['pass'],
      's3-bucket-no-public-read': ['pass'],
      's3-bucket-no-public-write': ['pass'],
      's3-bucket-policy-cross-account-trusted': ['pass'],
      's3-bucket-acls-disabled': ['pass'],
      's3-bucket-ssl-required': ['pass'],
      's3-bucket-kms-encryption': ['fail'],
      's3-bucket-versioning-enabled': ['pass'],
      's3-bucket-mfa-delete-enabled': ['fail'],
      's3-bucket-access-logging-enabled': ['skip'],
      's3-bucket-lifecycle-configured': ['pass'],
      's3-bucket-object-lock-enabled': ['fail'],
    },
  },
]

const ACCESS_POINTS: { region: string; ap: FixtureAccessPoint; expect: Status }[] = [
  { region: US, ap: { name: 'orders-vpc-ap', bucket: 'orders-data-111122223333', vpcId: VPC[US] }, expect: 'pass' }, // created with the defaults
  { region: US, ap: { name: 'public-site-ap', bucket: 'public-site-111122223333', publicAccessBlock: ALL_OFF }, expect: 'fail' },
]

// ---------------------------------------------------------- EC2 / VPC ----

const SG_PORT_CHECKS = ['ec2-sg-no-open-ssh', 'ec2-sg-no-open-rdp', 'ec2-sg-no-open-cifs', 'ec2-sg-no-open-ftp-telnet', 'ec2-sg-no-open-database-ports', 'ec2-sg-no-open-high-risk-ports'] as const
const SG_CHECKS = [...SG_PORT_CHECKS, 'ec2-sg-no-open-all-traffic', 'ec2-sg-open-ports-authorized', 'ec2-default-sg-restricts-all-traffic', 'ec2-sg-unused'] as const
type SgVerdicts = Record<(typeof SG_CHECKS)[number], Status[]>

const world = (protocol: string, port: number, v6 = false) => ({ protocol, fromPort: port, toPort: port, ...(v6 ? { ipv6Cidrs: ['::/0'] } : { cidrs: ['0.0.0.0/0'] }) })
const allPortChecks = (status: Status) => Object.fromEntries(SG_PORT_CHECKS.map((c) => [c, [status]])) as Record<(typeof SG_PORT_CHECKS)[number], Status[]>

const SECURITY_GROUPS: { region: string; sg: FixtureSecurityGroup; expect: SgVerdicts }[] = [
  {
    // One rule per port family, from the internet: every family check fails; the authorized-ports
    // check fails once per opened range (22, 3389, 445, 21, 5432, 8080). Used by the legacy instance.
    region: US,
    sg: { groupId: 'sg-0e00000000000e001', groupName: 'legacy-admin', vpcId: VPC[US], ingress: [world('tcp', 22), world('tcp', 3389, true), world('tcp', 445), world('tcp', 21), world('tcp', 5432), world('tcp', 8080)], egress: [] },
    expect: { ...allPortChecks('fail'), 'ec2-sg-no-open-all-traffic': ['pass'], 'ec2-sg-open-ports-authorized': ['fail', 'fail', 'fail', 'fail', 'fail', 'fail'], 'ec2-default-sg-restricts-all-traffic': ['skip'], 'ec2-sg-unused': ['pass'] },
  },
  {
    // All traffic from anywhere, attached to nothing.
    region: US,
    sg: { groupId: 'sg-0e00000000000e002', groupName: 'debug-wide-open', vpcId: VPC[US], ingress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }], egress: [] },
    expect: { ...allPortChecks('fail'), 'ec2-sg-no-open-all-traffic': ['fail'], 'ec2-sg-open-ports-authorized': ['fail'], 'ec2-default-sg-restricts-all-traffic': ['skip'], 'ec2-sg-unused': ['fail'] },
  },
  {
    // HTTPS from anywhere, IPv4 and IPv6: authorized. Used by the web instance.
    region: US,
    sg: { groupId: 'sg-0e00000000000e003', groupName: 'web-https', vpcId: VPC[US], ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0'], ipv6Cidrs: ['::/0'] }], egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0'] }] },
    expect: { ...allPortChecks('pass'), 'ec2-sg-no-open-all-traffic': ['pass'], 'ec2-sg-open-ports-authorized': ['pass'], 'ec2-default-sg-restricts-all-traffic': ['skip'], 'ec2-sg-unused': ['pass'] },
  },
  {
    // The default group as AWS creates it: all traffic from its own members, all traffic out.
    region: US,
    sg: { groupId: 'sg-0e00000000000e004', groupName: 'default', vpcId: VPC[US], description: 'default VPC security group', ingress: [{ protocol: '-1', groupIds: ['sg-0e00000000000e004'] }], egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }] },
    expect: { ...allPortChecks('pass'), 'ec2-sg-no-open-all-traffic': ['pass'], 'ec2-sg-open-ports-authorized': ['pass'], 'ec2-default-sg-restricts-all-traffic': ['fail'], 'ec2-sg-unused': ['skip'] },
  },
  {
    // The eu-west-1 default group, emptied.
    region: EU,
    sg: { groupId: 'sg-0e00000000000e005', groupName: 'default', vpcId: VPC[EU], description: 'default VPC security group', ingress: [], egress: [] },
    expect: { ...allPortChecks('pass'), 'ec2-sg-no-open-all-traffic': ['pass'], 'ec2-sg-open-ports-authorized': ['pass'], 'ec2-default-sg-restricts-all-traffic': ['pass'], 'ec2-sg-unused': ['skip'] },
  },
]

const INSTANCES: { region: string; instance: FixtureInstance; expect: Record<string, Status> }[] = [
  {
    region: US,
    instance: { instanceId: 'i-0a00000000000a001', subnetId: 'subnet-0aa0000000000a001', vpcId: VPC[US], securityGroupIds: ['sg-0e00000000000e003'], instanceProfileArn: `arn:aws:iam::${A}:instance-profile/web`, httpTokens: 'required', tags: { Name: 'web-1' } },
    expect: { 'ec2-instance-no-public-ip': 'pass', 'ec2-instance-imdsv2-required': 'pass', 'ec2-instance-profile-attached': 'pass' },
  },
  {
    region: US,
    instance: { instanceId: 'i-0b00000000000b002', subnetId: 'subnet-0cc0000000000c003', vpcId: VPC[US], publicIp: '203.0.113.25', securityGroupIds: ['sg-0e00000000000e001'], httpTokens: 'optional', tags: { Name: 'legacy-1' } },
    expect: { 'ec2-instance-no-public-ip': 'fail', 'ec2-instance-imdsv2-required': 'fail', 'ec2-instance-profile-attached': 'fail' },
  },
]

/** Network interfaces: the two instances', and the Lambda ENIs of the functions' security groups. */
const NETWORK_INTERFACES: Record<string, FixtureNetworkInterface[]> = {
  [US]: [
    { networkInterfaceId: 'eni-0a00000000000a001', subnetId: 'subnet-0aa0000000000a001', vpcId: VPC[US], groupIds: ['sg-0e00000000000e003'], instanceId: 'i-0a00000000000a001' },
    { networkInterfaceId: 'eni-0b00000000000b002', subnetId: 'subnet-0cc0000000000c003', vpcId: VPC[US], groupIds: ['sg-0e00000000000e001'], instanceId: 'i-0b00000000000b002', publicIp: '203.0.113.25' },
    { networkInterfaceId: 'eni-0c00000000000c003', subnetId: 'subnet-0aa0000000000a001', vpcId: VPC[US], groupIds: [LAMBDA_SG.usRestricted], interfaceType: 'lambda' },
    { networkInterfaceId: 'eni-0d00000000000d004', subnetId: 'subnet-0cc0000000000c003', vpcId: VPC[US], groupIds: [LAMBDA_SG.usOpenEgress], interfaceType: 'lambda' },
  ],
  [EU]: [{ networkInterfaceId: 'eni-0e00000000000e005', subnetId: 'subnet-0ee0000000000e005', vpcId: VPC[EU], groupIds: [LAMBDA_SG.euRestricted], interfaceType: 'lambda' }],
}

const NETWORK_ACLS: { region: string; acl: FixtureNetworkAcl; expect: Status[] }[] = [
  // The default ACL as AWS creates it: everything in from 0.0.0.0/0 (SSH, RDP over TCP and UDP open).
  { region: US, acl: { networkAclId: 'acl-0a00000000000a001', vpcId: VPC[US], isDefault: true, subnetIds: ['subnet-0cc0000000000c003'], entries: [{ ruleNumber: 100, protocol: '-1', action: 'allow', cidr: '0.0.0.0/0' }, { ruleNumber: 100, protocol: '-1', action: 'allow', egress: true, cidr: '0.0.0.0/0' }] }, expect: ['fail', 'fail', 'fail'] },
  // Denies 22 and 3389 (both protocols) before allowing everything else.
  {
    region: US,
    acl: {
      networkAclId: 'acl-0b00000000000b002',
      vpcId: VPC[US],
      subnetIds: ['subnet-0aa0000000000a001', 'subnet-0bb0000000000b002', 'subnet-0dd0000000000d004'],
      entries: [
        { ruleNumber: 50, protocol: '6', action: 'deny', cidr: '0.0.0.0/0', ports: [22, 22] },
        { ruleNumber: 61, protocol: '6', action: 'deny', cidr: '0.0.0.0/0', ports: [3389, 3389] },
        { ruleNumber: 62, protocol: '17', action: 'deny', cidr: '0.0.0.0/0', ports: [3389, 3389] },
        { ruleNumber: 100, protocol: '-1', action: 'allow', cidr: '0.0.0.0/0' },
        { ruleNumber: 100, protocol: '-1', action: 'allow', egress: true, cidr: '0.0.0.0/0' },
      ],
    },
    expect: ['pass'],
  },
  // HTTPS in only.
  { region: EU, acl: { networkAclId: 'acl-0c00000000000c003', vpcId: VPC[EU], isDefault: true, subnetIds: ['subnet-0ee0000000000e005', 'subnet-0ff0000000000f006'], entries: [{ ruleNumber: 100, protocol: '6', action: 'allow', cidr: '0.0.0.0/0', ports: [443, 443] }, { ruleNumber: 100, protocol: '-1', action: 'allow', egress: true, cidr: '0.0.0.0/0' }] }, expect: ['pass'] },
]

/** us-east-1 reaches S3 through the gateway endpoint its private route table already names, and DynamoDB too; eu-west-1 has none. */
const VPC_ENDPOINTS: Record<string, FixtureVpcEndpoint[]> = {
  [US]: [
    { vpcEndpointId: 'vpce-0a00000000000a001', vpcId: VPC[US], serviceName: `com.amazonaws.${US}.s3`, type: 'Gateway', routeTableIds: ['rtb-0b00000000000b002'] },
    { vpcEndpointId: 'vpce-0b00000000000b002', vpcId: VPC[US], serviceName: `com.amazonaws.${US}.dynamodb`, type: 'Gateway', routeTableIds: ['rtb-0b00000000000b002'] },
  ],
}

/** Two peering connections from the us-east-1 VPC to a partner's VPCs, each used by a route table of its own (no subnet uses them). */
const PEERINGS = [
  { vpcPeeringConnectionId: 'pcx-0a00000000000a001', requester: { vpcId: VPC[US], cidr: '10.10.0.0/16' }, accepter: { vpcId: 'vpc-0f00000000000f001', cidr: '10.30.0.0/16', ownerId: PARTNER } },
  { vpcPeeringConnectionId: 'pcx-0b00000000000b002', requester: { vpcId: VPC[US], cidr: '10.10.0.0/16' }, accepter: { vpcId: 'vpc-0f00000000000f002', cidr: '10.40.0.0/16', ownerId: PARTNER } },
]
const PEERING_TABLES = [
  // Only the partner's database subnet.
  { routeTableId: 'rtb-0e00000000000e005', vpcId: VPC[US], routes: [{ destination: '10.10.0.0/16', gatewayId: 'local' }, { destination: '10.30.20.0/24', vpcPeeringConnectionId: 'pcx-0a00000000000a001' }], expect: 'pass' as Status },
  // The partner's whole VPC.
  { routeTableId: 'rtb-0f00000000000f006', vpcId: VPC[US], routes: [{ destination: '10.10.0.0/16', gatewayId: 'local' }, { destination: '10.40.0.0/16', vpcPeeringConnectionId: 'pcx-0b00000000000b002' }], expect: 'fail' as Status },
]

/**
 * Verdicts of the S3 and EC2 checks on what the OTHER designs created, with the reason for each.
 */
const OTHER_DESIGNS: string[] = [
  // The governance design's trail buckets (fixture-governance.ts). audit-logs-111122223333: only
  // CloudTrail may write (service principal pinned to the trail), all four BPA settings on,
  // access logged; no TLS statement, default SSE-S3, no versioning, lifecycle or Object Lock.
  ...bucketRow(US, 'audit-logs-111122223333', ['pass', 'pass', 'pass', 'pass', 'pass', 'fail', 'fail', 'fail', 'fail', 'pass', 'fail', 'fail']),
  // audit-logs-111122223333-eu: a public GetObject statement and no BPA configuration (the
  // account level keeps RestrictPublicBuckets off, so the statement stays public); not logged,
  // and no other bucket logs into it.
  ...bucketRow(EU, 'audit-logs-111122223333-eu', ['fail', 'fail', 'pass', 'pass', 'pass', 'fail', 'fail', 'fail', 'fail', 'fail', 'fail', 'fail']),
  // The Lambda design's security groups: no inbound rules at all, and each has a Lambda ENI.
  ...sgRow(US, 'lambda-restricted'),
  ...sgRow(US, 'lambda-default-egress'),
  ...sgRow(EU, 'lambda-restricted'),
  // Subnets: only public-a assigns public addresses.
  id('ec2-subnet-no-auto-public-ip', US, 'private-a', 'pass'),
  id('ec2-subnet-no-auto-public-ip', US, 'private-b', 'pass'),
  id('ec2-subnet-no-auto-public-ip', US, 'public-a', 'fail'),
  id('ec2-subnet-no-auto-public-ip', US, 'private-a2', 'pass'),
  id('ec2-subnet-no-auto-public-ip', EU, 'subnet-0ee0000000000e005', 'pass'),
  id('ec2-subnet-no-auto-public-ip', EU, 'subnet-0ff0000000000f006', 'pass'),
  // Route tables without peering routes.
  id('ec2-vpc-peering-routes-least-access', US, 'rtb-0a00000000000a001', 'skip'),
  id('ec2-vpc-peering-routes-least-access', US, 'rtb-0b00000000000b002', 'skip'),
  id('ec2-vpc-peering-routes-least-access', US, 'rtb-0c00000000000c003', 'skip'),
  id('ec2-vpc-peering-routes-least-access', EU, 'rtb-0d00000000000d004', 'skip'),
  // VPCs: us-east-1 has a flow log and both endpoints, eu-west-1 neither.
  id('ec2-vpc-flow-logs-enabled', US, 'orders', 'pass'),
  id('ec2-vpc-flow-logs-enabled', EU, VPC[EU], 'fail'),
  id('ec2-vpc-endpoints-s3-dynamodb', US, 'orders', 'pass'),
  id('ec2-vpc-endpoints-s3-dynamodb', EU, VPC[EU], 'fail'),
]

function bucketRow(region: string, name: string, statuses: Status[]): string[] {
  return BUCKET_CHECKS.map((check, i) => id(check, region, name, statuses[i]!))
}

function sgRow(region: string, name: string): string[] {
  return [...SG_PORT_CHECKS.map((c) => id(c, region, name, 'pass')), id('ec2-sg-no-open-all-traffic', region, name, 'pass'), id('ec2-sg-open-ports-authorized', region, name, 'pass'), id('ec2-default-sg-restricts-all-traffic', region, name, 'skip'), id('ec2-sg-unused', region, name, 'pass')]
}

/** Adds the design to the main account (called once by fixture-account.ts, after the governance design). */
export function applyS3Ec2Design(account: FixtureAccount): void {
  account.s3PublicAccessBlock = ACCOUNT_BLOCK
  for (const region of [US, EU]) {
    const r = (account.regions[region] ??= {})
    r.buckets = [...(r.buckets ?? []), ...BUCKETS.filter((b) => b.region === region).map((b) => b.bucket)]
    r.accessPoints = ACCESS_POINTS.filter((a) => a.region === region).map((a) => a.ap)
    r.securityGroups = [...(r.securityGroups ?? []), ...SECURITY_GROUPS.filter((s) => s.region === region).map((s) => s.sg)]
    r.instances = INSTANCES.filter((i) => i.region === region).map((i) => i.instance)
    r.networkInterfaces = NETWORK_INTERFACES[region] ?? []
    r.networkAcls = NETWORK_ACLS.filter((a) => a.region === region).map((a) => a.acl)
    r.vpcEndpoints = [...(r.vpcEndpoints ?? []), ...(VPC_ENDPOINTS[region] ?? [])]
  }
  const us = account.regions[US]!
  const eu = account.regions[EU]!
  us.volumes = [
    { volumeId: 'vol-0a00000000000a001', encrypted: true, instanceIds: ['i-0a00000000000a001'] },
    { volumeId: 'vol-0b00000000000b002', encrypted: false, instanceIds: ['i-0b00000000000b002'] },
  ]
  us.snapshots = [
    { snapshotId: 'snap-0a00000000000a001', volumeId: 'vol-0a00000000000a001', encrypted: true },
    // Unencrypted and shared with everyone.
    { snapshotId: 'snap-0b00000000000b002', volumeId: 'vol-0b00000000000b002', public: true },
  ]
  us.images = [
    { imageId: 'ami-0a00000000000a001', name: 'web-golden' },
    { imageId: 'ami-0b00000000000b002', name: 'legacy-shared', public: true },
  ]
  us.flowLogs = [{ flowLogId: 'fl-0a00000000000a001', resourceId: VPC[US], trafficType: 'REJECT' }]
  // The tgw the eu-west-1 route table sends traffic to reviews every attachment; a shared one in us-east-1 does not.
  eu.transitGateways = [{ transitGatewayId: 'tgw-0a00000000000a001' }]
  us.transitGateways = [{ transitGatewayId: 'tgw-0b00000000000b002', autoAcceptSharedAttachments: true }]
  us.peeringConnections = PEERINGS
  us.routeTables = [...(us.routeTables ?? []), ...PEERING_TABLES.map(({ expect: _e, ...t }) => t)]
  us.ebsEncryptionByDefault = true
  eu.ebsEncryptionByDefault = false
  us.serialConsoleAccess = false
  eu.serialConsoleAccess = true
}

/** The verdicts of the S3 and EC2 checks in the main account's full scan. */
export function s3Ec2ExpectedFindings(): string[] {
  const out: string[] = [id('s3-account-public-access-block-enabled', 'global', `S3 settings of account ${A}`, 'fail')]
  for (const b of BUCKETS) for (const check of BUCKET_CHECKS) for (const s of b.expect[check]) out.push(id(check, b.region, b.bucket.name, s))
  for (const a of ACCESS_POINTS) out.push(id('s3-access-point-public-access-block-enabled', a.region, a.ap.name, a.expect))
  for (const g of SECURITY_GROUPS) for (const check of SG_CHECKS) for (const s of g.expect[check]) out.push(id(check, g.region, g.sg.groupName, s))
  for (const i of INSTANCES) for (const [check, s] of Object.entries(i.expect)) out.push(id(check, i.region, i.instance.tags!.Name!, s))
  for (const a of NETWORK_ACLS) for (const s of a.expect) out.push(id('ec2-nacl-no-open-admin-ports', a.region, a.acl.networkAclId, s))
  for (const t of PEERING_TABLES) out.push(id('ec2-vpc-peering-routes-least-access', US, t.routeTableId, t.expect))
  out.push(
    id('ec2-volume-encrypted', US, 'vol-0a00000000000a001', 'pass'),
    id('ec2-volume-encrypted', US, 'vol-0b00000000000b002', 'fail'),
    id('ec2-snapshot-encrypted', US, 'snap-0a00000000000a001', 'pass'),
    id('ec2-snapshot-encrypted', US, 'snap-0b00000000000b002', 'fail'),
    id('ec2-snapshot-not-public', US, 'snap-0a00000000000a001', 'pass'),
    id('ec2-snapshot-not-public', US, 'snap-0b00000000000b002', 'fail'),
    id('ec2-ami-not-public', US, 'web-golden', 'pass'),
    id('ec2-ami-not-public', US, 'legacy-shared', 'fail'),
    id('ec2-transit-gateway-auto-accept-disabled', EU, 'tgw-0a00000000000a001', 'pass'),
    id('ec2-transit-gateway-auto-accept-disabled', US, 'tgw-0b00000000000b002', 'fail'),
    id('ec2-ebs-default-encryption-enabled', US, `EBS encryption by default in ${US}`, 'pass'),
    id('ec2-ebs-default-encryption-enabled', EU, `EBS encryption by default in ${EU}`, 'fail'),
    id('ec2-serial-console-access-disabled', US, `EC2 serial console access in ${US}`, 'pass'),
    id('ec2-serial-console-access-disabled', EU, `EC2 serial console access in ${EU}`, 'fail'),
  )
  out.push(...OTHER_DESIGNS)
  return out
}

export const S3_EC2_COVERED_CHECKS = [
  's3-account-public-access-block-enabled',
  's3-access-point-public-access-block-enabled',
  ...BUCKET_CHECKS,
  ...SG_CHECKS,
  'ec2-instance-no-public-ip',
  'ec2-instance-imdsv2-required',
  'ec2-instance-profile-attached',
  'ec2-volume-encrypted',
  'ec2-snapshot-encrypted',
  'ec2-snapshot-not-public',
  'ec2-ami-not-public',
  'ec2-nacl-no-open-admin-ports',
  'ec2-vpc-flow-logs-enabled',
  'ec2-vpc-endpoints-s3-dynamodb',
  'ec2-vpc-peering-routes-least-access',
  'ec2-transit-gateway-auto-accept-disabled',
  'ec2-ebs-default-encryption-enabled',
  'ec2-serial-console-access-disabled',
  'ec2-subnet-no-auto-public-ip',
]

/** An account whose S3 Block Public Access is fully on at the account level: the account check's passing verdict. */
export const S3_EC2_SECOND_ACCOUNT: FixtureAccount = {
  accountId: '666677778888',
  caller: { arn: 'arn:aws:iam::666677778888:user/security-scanner', userId: 'AIDAEXAMPLESCANNER03' },
  s3PublicAccessBlock: ALL_ON,
  iam: { roles: [] },
  regions: { [US]: {} },
}
export const S3_EC2_SECOND_ACCOUNT_CHECKS = ['s3-account-public-access-block-enabled']
export function s3Ec2SecondAccountExpectedFindings(): string[] {
  return [id('s3-account-public-access-block-enabled', 'global', 'S3 settings of account 666677778888', 'pass')]
}
