/**
 * The FSBP EC2 controls that need no listing of their own (EC2.4, EC2.10, EC2.16, EC2.17, EC2.24,
 * EC2.55–EC2.60, EC2.180): a long-stopped, paravirtual, dual-homed instance whose primary
 * interface forwards traffic (source/destination check off, like a NAT instance), an unused
 * network ACL, interface endpoints for the six services in the us-east-1 VPC, and one that is not
 * accepted yet in eu-west-1.
 *
 * These checks evaluate every instance, interface, network ACL and VPC of the account, including
 * those other parts of the fixture declare. Their verdicts follow from what the fixture states
 * about each resource (`virtualizationType`, `stateTransitionReason`, `sourceDestCheck`, the
 * interfaces attached to an instance, the subnets of an ACL, the endpoints of a VPC), read with
 * the defaults the loopback server applies: running, HVM, source/destination check on.
 */
import type { FixtureAccount } from '../aws-server/fixture.js'
import endpointData from '../../data/vpc-endpoint-services.json' with { type: 'json' }
import sourceDestTypes from '../../data/eni-source-dest-check-types.json' with { type: 'json' }

type Status = 'pass' | 'fail' | 'skip' | 'unknown'

const US = 'us-east-1'
const EU = 'eu-west-1'
const A = '111122223333'
const DAY = 86_400_000
/** EC2's state-transition text for a stop `days` ago (`User initiated (2026-08-29 09:30:00 GMT)`). */
const stoppedDaysAgo = (days: number) => `User initiated (${new Date(Date.now() - days * DAY).toISOString().slice(0, 19).replace('T', ' ')} GMT)`
/** Stopped 90 days before the fixture was loaded: well past the 30 days allowed by default. */
const STOPPED_LONG_AGO = stoppedDaysAgo(90)

const INSTANCE_CHECKS = { stopped: 'ec2-instance-not-stopped-long', multipleEni: 'ec2-instance-single-eni', paravirtual: 'ec2-instance-not-paravirtual' } as const
const ENI_CHECK = 'ec2-eni-source-dest-check-enabled'
const NACL_CHECK = 'ec2-nacl-unused'
const ENDPOINT_CHECKS: Record<string, string> = {
  'EC2.10': 'ec2-vpc-interface-endpoint-ec2',
  'EC2.55': 'ec2-vpc-interface-endpoint-ecr-api',
  'EC2.56': 'ec2-vpc-interface-endpoint-ecr-dkr',
  'EC2.57': 'ec2-vpc-interface-endpoint-ssm',
  'EC2.58': 'ec2-vpc-interface-endpoint-ssm-contacts',
  'EC2.60': 'ec2-vpc-interface-endpoint-ssm-incidents',
}
/** Instance checks other parts of the fixture own; the instance here states its verdicts for them. */
const OTHER_INSTANCE_CHECKS: Record<string, Status> = { 'ec2-instance-imdsv2-required': 'pass', 'ec2-instance-no-public-ip': 'pass', 'ec2-instance-profile-attached': 'pass' }

export const EC2_HYGIENE_COVERED_CHECKS = [...Object.values(INSTANCE_CHECKS), ENI_CHECK, NACL_CHECK, ...Object.values(ENDPOINT_CHECKS)]

const NAT_INSTANCE = 'i-0f00000000000f0a1'
const NAT_VPC = 'vpc-0a1b2c3d4e5f60001'
const NAT_SUBNET = 'subnet-0aa0000000000a001'
const WEB_SG = 'sg-0e00000000000e003'
/** No entries but the catch-all denies: it opens nothing (ec2-nacl-no-open-admin-ports passes it). */
const UNUSED_ACL = 'acl-0f00000000000f0a1'

/** Adds the design to the main account (called once by fixture-account.ts, after every other EC2 design). */
export function applyEc2HygieneDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  const vpcId = us.vpcs?.find((v) => v.vpcId === NAT_VPC)?.vpcId
  if (!vpcId) throw new Error(`fixture-fsbp-ec2-hygiene: us-east-1 needs VPC ${NAT_VPC}`)
  // Stopped 90 days ago, paravirtual, two interfaces; the primary one forwards traffic.
  us.instances = [
    ...(us.instances ?? []),
    { instanceId: NAT_INSTANCE, state: 'stopped', subnetId: NAT_SUBNET, vpcId, securityGroupIds: [WEB_SG], instanceProfileArn: `arn:aws:iam::${A}:instance-profile/web`, httpTokens: 'required', virtualizationType: 'paravirtual', stateTransitionReason: STOPPED_LONG_AGO, tags: { Name: 'old-nat' } },
  ]
  us.networkInterfaces = [
    ...(us.networkInterfaces ?? []),
    { networkInterfaceId: 'eni-0f00000000000f0a1', subnetId: NAT_SUBNET, vpcId, groupIds: [WEB_SG], instanceId: NAT_INSTANCE, sourceDestCheck: false },
    { networkInterfaceId: 'eni-0f00000000000f0a2', subnetId: NAT_SUBNET, vpcId, groupIds: [WEB_SG], instanceId: NAT_INSTANCE },
  ]
  us.networkAcls = [...(us.networkAcls ?? []), { networkAclId: UNUSED_ACL, vpcId, subnetIds: [], entries: [] }]
  const service = (svc: string) => `com.amazonaws.${US}.${svc}`
  us.vpcEndpoints = [
    ...(us.vpcEndpoints ?? []),
    { vpcEndpointId: 'vpce-0f00000000000f0a1', vpcId, serviceName: service('ec2'), type: 'Interface', subnetIds: [NAT_SUBNET] },
    { vpcEndpointId: 'vpce-0f00000000000f0a2', vpcId, serviceName: service('ecr.api'), type: 'Interface', subnetIds: [NAT_SUBNET] },
    { vpcEndpointId: 'vpce-0f00000000000f0a3', vpcId, serviceName: service('ecr.dkr'), type: 'Interface', subnetIds: [NAT_SUBNET] },
    { vpcEndpointId: 'vpce-0f00000000000f0a4', vpcId, serviceName: service('ssm'), type: 'Interface', subnetIds: [NAT_SUBNET] },
    { vpcEndpointId: 'vpce-0f00000000000f0a5', vpcId, serviceName: service('ssm-contacts'), type: 'Interface', subnetIds: [NAT_SUBNET] },
    { vpcEndpointId: 'vpce-0f00000000000f0a6', vpcId, serviceName: service('ssm-incidents'), type: 'Interface', subnetIds: [NAT_SUBNET] },
  ]
  // eu-west-1: an Incident Manager Contacts endpoint that is not accepted yet carries no traffic; nothing else.
  const eu = account.regions[EU]
  const euVpc = eu?.vpcs?.[0]?.vpcId
  if (!eu || !euVpc) throw new Error('fixture-fsbp-ec2-hygiene: eu-west-1 needs a VPC')
  eu.vpcEndpoints = [...(eu.vpcEndpoints ?? []), { vpcEndpointId: 'vpce-0f00000000000f0b1', vpcId: euVpc, serviceName: `com.amazonaws.${EU}.ssm-contacts`, type: 'Interface', state: 'pendingacceptance' }]
}

const id = (check: string, region: string, name: string, status: Status) => `${check} ${region}/${name} ${status}`
const EVALUATED_ENI_TYPES = new Set(sourceDestTypes.types.map((t) => t.type))

/** The verdicts of this family's checks over the whole account, and the other instance checks over the instance added here. */
export function ec2HygieneExpectedFindings(account: FixtureAccount): string[] {
  const out: string[] = []
  for (const [region, r] of Object.entries(account.regions)) {
    const enis = r.networkInterfaces ?? []
    for (const i of r.instances ?? []) {
      if (i.state === 'terminated' || i.state === 'shutting-down') continue
      const name = i.tags?.Name ?? i.instanceId
      const stoppedLong = i.state === 'stopped' && i.stateTransitionReason === STOPPED_LONG_AGO
      if (i.state === 'stopped' && !stoppedLong) throw new Error(`fixture-fsbp-ec2-hygiene: state the EC2.4 verdict of stopped instance ${i.instanceId}`)
      out.push(id(INSTANCE_CHECKS.stopped, region, name, stoppedLong ? 'fail' : 'pass'))
      out.push(id(INSTANCE_CHECKS.paravirtual, region, name, i.virtualizationType === 'paravirtual' ? 'fail' : 'pass'))
      const count = enis.filter((n) => n.instanceId === i.instanceId).length
      out.push(id(INSTANCE_CHECKS.multipleEni, region, name, count === 0 ? 'unknown' : count > 1 ? 'fail' : 'pass'))
      if (i.instanceId === NAT_INSTANCE) for (const [check, s] of Object.entries(OTHER_INSTANCE_CHECKS)) out.push(id(check, region, name, s))
    }
    for (const n of enis) {
      const type = n.interfaceType ?? 'interface'
      out.push(id(ENI_CHECK, region, n.networkInterfaceId, !EVALUATED_ENI_TYPES.has(type) ? 'skip' : n.sourceDestCheck === false ? 'fail' : 'pass'))
    }
    for (const a of r.networkAcls ?? []) out.push(id(NACL_CHECK, region, a.networkAclId, a.isDefault ? 'skip' : (a.subnetIds ?? []).length ? 'pass' : 'fail'))
    for (const v of r.vpcs ?? []) {
      for (const entry of endpointData.services) {
        const names = [entry.service, ...entry.fipsServices].map((s) => `com.amazonaws.${region}.${s}`)
        const ok = (r.vpcEndpoints ?? []).some((e) => e.vpcId === v.vpcId && (e.type ?? 'Interface') === 'Interface' && (e.state ?? 'available') === 'available' && names.includes(e.serviceName))
        out.push(id(ENDPOINT_CHECKS[entry.control]!, region, v.tags?.Name ?? v.vpcId, ok ? 'pass' : 'fail'))
      }
    }
  }
  out.push(id('ec2-nacl-no-open-admin-ports', US, UNUSED_ACL, 'pass'))
  return out
}
