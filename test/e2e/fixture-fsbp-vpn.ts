/**
 * The VPN and VPC Block Public Access part of the e2e fixture (FSBP EC2.20, EC2.51, EC2.171,
 * EC2.172). In us-east-1: a Site-to-Site VPN connection with both tunnels up and logging, one
 * with a tunnel down that does not log, and a deleted one that is not a resource any more; a
 * Client VPN endpoint that logs connections, one that does not, and a deleted one. VPC Block
 * Public Access blocks ingress in us-east-1 and is left at its default (off) in eu-west-1, where
 * it is still read although the region holds no VPN. The expected findings are derived from
 * this design, never from the scanner's output.
 */
import type { FixtureAccount, FixtureRegion } from '../aws-server/fixture.js'
import type { FixtureClientVpnEndpoint, FixtureVpnConnection } from '../aws-server/services/ec2-vpn.js'

const US = 'us-east-1'
const EU = 'eu-west-1'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'

const TUNNELS_UP = 'ec2-vpn-tunnels-up'
const TUNNEL_LOGS = 'ec2-vpn-tunnel-logging-enabled'
const CLIENT_LOGS = 'ec2-client-vpn-connection-logging-enabled'
const BPA = 'ec2-vpc-block-public-access-enabled'

interface DesignedVpn {
  vpn: FixtureVpnConnection
  /** Verdicts by check; a deleted connection has none. */
  expect: Partial<Record<string, Status>>
}

const VPNS: DesignedVpn[] = [
  { vpn: { vpnConnectionId: 'vpn-0a00000000000a001', tags: { Name: 'office-primary' }, tunnels: [{ outsideIpAddress: '203.0.113.11' }, { outsideIpAddress: '203.0.113.12' }] }, expect: { [TUNNELS_UP]: 'pass', [TUNNEL_LOGS]: 'pass' } },
  {
    vpn: { vpnConnectionId: 'vpn-0b00000000000b002', tags: { Name: 'office-backup' }, tunnels: [{ outsideIpAddress: '203.0.113.21' }, { outsideIpAddress: '203.0.113.22', status: 'DOWN', logEnabled: false }] },
    expect: { [TUNNELS_UP]: 'fail', [TUNNEL_LOGS]: 'fail' },
  },
  // Deleted connections stay listed for a while: no verdict, although both its tunnels are down and silent.
  { vpn: { vpnConnectionId: 'vpn-0c00000000000c003', state: 'deleted', tags: { Name: 'old-office' }, tunnels: [{ outsideIpAddress: '203.0.113.31', status: 'DOWN', logEnabled: false }, { outsideIpAddress: '203.0.113.32', status: 'DOWN', logEnabled: false }] }, expect: {} },
]

const CLIENT_ENDPOINTS: { endpoint: FixtureClientVpnEndpoint; expect?: Status }[] = [
  { endpoint: { clientVpnEndpointId: 'cvpn-endpoint-0a00000000000a001', tags: { Name: 'remote-staff' } }, expect: 'pass' },
  { endpoint: { clientVpnEndpointId: 'cvpn-endpoint-0b00000000000b002', tags: { Name: 'contractors' }, connectionLogging: false }, expect: 'fail' },
  { endpoint: { clientVpnEndpointId: 'cvpn-endpoint-0c00000000000c003', state: 'deleted', tags: { Name: 'retired' }, connectionLogging: false } },
]

const BPA_MODES: Record<string, { mode?: NonNullable<FixtureRegion['vpcBlockPublicAccess']>; expect: Status }> = {
  [US]: { mode: 'block-ingress', expect: 'pass' },
  // Never set: DescribeVpcBlockPublicAccessOptions answers `off`.
  [EU]: { expect: 'fail' },
}

/** Adds the design to the account's regions (after the other designs, whose region objects it extends). */
export function applyFsbpVpnDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  us.vpnConnections = [...(us.vpnConnections ?? []), ...VPNS.map((v) => v.vpn)]
  us.clientVpnEndpoints = [...(us.clientVpnEndpoints ?? []), ...CLIENT_ENDPOINTS.map((e) => e.endpoint)]
  for (const [region, { mode }] of Object.entries(BPA_MODES)) if (mode) (account.regions[region] ??= {}).vpcBlockPublicAccess = mode
}

/** `checkId region/name status` for every verdict of this design. */
export function fsbpVpnExpectedFindings(): string[] {
  const out: string[] = []
  for (const { vpn, expect } of VPNS) for (const [check, s] of Object.entries(expect)) out.push(`${check} ${US}/${vpn.tags!.Name} ${s}`)
  for (const { endpoint, expect } of CLIENT_ENDPOINTS) if (expect) out.push(`${CLIENT_LOGS} ${US}/${endpoint.tags!.Name} ${expect}`)
  for (const [region, { expect }] of Object.entries(BPA_MODES)) out.push(`${BPA} ${region}/VPC Block Public Access in ${region} ${expect}`)
  return out
}

export const FSBP_VPN_COVERED_CHECKS = [TUNNELS_UP, TUNNEL_LOGS, CLIENT_LOGS, BPA]
