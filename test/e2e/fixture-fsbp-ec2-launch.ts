/**
 * The launch template and Spot Fleet part of the e2e fixture (FSBP EC2.25, EC2.170, EC2.181,
 * EC2.173). In us-east-1: a hardened template whose older version is insecure (only the default
 * version counts), a legacy template whose insecure version 1 is still the default although a
 * secure version 2 exists, a template that sets nothing, and one that turns the metadata service
 * off but leaves volume encryption unset. Spot Fleet requests: encrypted, unencrypted, launching
 * from a launch template, with encryption left to the region default (on), and a cancelled one that
 * is no resource any more. eu-west-1 holds neither kind. The expected findings are derived from
 * this design, never from the scanner's output.
 */
import type { FixtureAccount } from '../aws-server/fixture.js'
import type { FixtureLaunchTemplate, FixtureLaunchTemplateData, FixtureSpotFleetRequest } from '../aws-server/services/ec2-launch.js'

const US = 'us-east-1'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'

const PUBLIC_IP = 'ec2-launch-template-no-public-ip'
const IMDS = 'ec2-launch-template-imdsv2-required'
const EBS = 'ec2-launch-template-ebs-encrypted'
const SPOT = 'ec2-spot-fleet-ebs-encrypted'

const SECURE: FixtureLaunchTemplateData = { networkInterfaces: [{ deviceIndex: 0, associatePublicIp: false }], volumes: [{ deviceName: '/dev/xvda', encrypted: true }], httpTokens: 'required', httpEndpoint: 'enabled' }
const INSECURE: FixtureLaunchTemplateData = { networkInterfaces: [{ deviceIndex: 0, associatePublicIp: true }], volumes: [{ deviceName: '/dev/xvda', encrypted: false }], httpTokens: 'optional', httpEndpoint: 'enabled' }

const TEMPLATES: { template: FixtureLaunchTemplate; expect: Record<string, Status> }[] = [
  { template: { launchTemplateId: 'lt-0a1b2c3d4e5f60001', name: 'web-hardened', versions: [INSECURE, SECURE], defaultVersion: 2 }, expect: { [PUBLIC_IP]: 'pass', [IMDS]: 'pass', [EBS]: 'pass' } },
  { template: { launchTemplateId: 'lt-0a1b2c3d4e5f60002', name: 'legacy-public', versions: [INSECURE, SECURE], defaultVersion: 1 }, expect: { [PUBLIC_IP]: 'fail', [IMDS]: 'fail', [EBS]: 'fail' } },
  // Sets nothing: no interface of its own, HttpTokens left to the AMI (fails), no EBS mapping (the AMI's apply: skipped).
  { template: { launchTemplateId: 'lt-0a1b2c3d4e5f60003', name: 'defaults-only', versions: [{}] }, expect: { [PUBLIC_IP]: 'pass', [IMDS]: 'fail', [EBS]: 'skip' } },
  // Metadata endpoint off (passes whatever HttpTokens says); a snapshot volume without Encrypted is
  // encrypted by the region's EBS encryption by default (on in us-east-1, fixture-s3-ec2.ts): passes.
  {
    template: { launchTemplateId: 'lt-0a1b2c3d4e5f60004', name: 'batch-workers', versions: [{ httpEndpoint: 'disabled', volumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf', snapshotId: 'snap-0a1b2c3d4e5f60001' }], ephemeralDevices: ['/dev/sdb'] }] },
    expect: { [PUBLIC_IP]: 'pass', [IMDS]: 'pass', [EBS]: 'pass' },
  },
]

const FLEETS: { fleet: FixtureSpotFleetRequest; expect?: Status }[] = [
  { fleet: { spotFleetRequestId: 'sfr-0a1b2c3d-0000-4000-8000-000000000001', launchSpecifications: [{ instanceType: 'c5.large', volumes: [{ deviceName: '/dev/xvda', encrypted: true }] }, { instanceType: 'm5.large', volumes: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdf', encrypted: true }] }] }, expect: 'pass' },
  { fleet: { spotFleetRequestId: 'sfr-0a1b2c3d-0000-4000-8000-000000000002', state: 'modifying', launchSpecifications: [{ instanceType: 'c5.large', volumes: [{ deviceName: '/dev/xvda', encrypted: false }] }] }, expect: 'fail' },
  { fleet: { spotFleetRequestId: 'sfr-0a1b2c3d-0000-4000-8000-000000000003', state: 'submitted', launchTemplateIds: ['lt-0a1b2c3d4e5f60001'] }, expect: 'skip' },
  // Encryption left to the region's EBS encryption by default, which is on in us-east-1 (fixture-s3-ec2.ts): passes.
  { fleet: { spotFleetRequestId: 'sfr-0a1b2c3d-0000-4000-8000-000000000004', launchSpecifications: [{ instanceType: 'c5.large', volumes: [{ deviceName: '/dev/xvda' }] }] }, expect: 'pass' },
  // Cancelled: launches nothing any more, so no verdict although its volume is unencrypted.
  { fleet: { spotFleetRequestId: 'sfr-0a1b2c3d-0000-4000-8000-000000000005', state: 'cancelled', launchSpecifications: [{ volumes: [{ deviceName: '/dev/xvda', encrypted: false }] }] } },
]

/** Every check this design gives verdicts for. */
export const FSBP_EC2_LAUNCH_COVERED_CHECKS = [PUBLIC_IP, IMDS, EBS, SPOT].sort()

/** Adds the design to us-east-1 (after the other designs, whose region object it extends). */
export function applyFsbpEc2LaunchDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  us.launchTemplates = [...(us.launchTemplates ?? []), ...TEMPLATES.map((t) => t.template)]
  us.spotFleetRequests = [...(us.spotFleetRequests ?? []), ...FLEETS.map((f) => f.fleet)]
}

/** `checkId region/name status` for every verdict of this design. */
export function fsbpEc2LaunchExpectedFindings(): string[] {
  const out: string[] = []
  for (const { template, expect } of TEMPLATES) for (const [check, status] of Object.entries(expect)) out.push(`${check} ${US}/${template.name} ${status}`)
  for (const { fleet, expect } of FLEETS) if (expect) out.push(`${SPOT} ${US}/${fleet.spotFleetRequestId} ${expect}`)
  return out.sort()
}
