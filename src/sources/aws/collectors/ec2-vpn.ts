/**
 * Site-to-Site VPN connections, Client VPN endpoints and the per-region VPC Block Public Access
 * setting. Each costs one call per region: DescribeVpnConnections answers in one page,
 * DescribeClientVpnEndpoints is paginated, and the Block Public Access setting is read once per
 * region whatever the region holds (it guards VPCs created later too).
 *
 * Neither VPN kind can be skipped through another listing: a VPN connection can end on a
 * transit gateway or on a virtual private gateway that is attached to no VPC, and a Client VPN
 * endpoint is listed whatever its target networks.
 */
import type { ClientVpnEndpoint as Ec2ClientVpnEndpoint, VpnConnection as Ec2VpnConnection } from '@aws-sdk/client-ec2'
import type { ClientVpnEndpoint, VpcBlockPublicAccess, VpnConnection, VpnTunnel } from '../../../model/ec2-vpn.js'
import { base, ec2Collector, tok, type Where } from './ec2.js'
import { regionalSettingBase, regionalSettingCollector } from './regional-setting.js'

/**
 * Pure. The tunnels from the connection's tunnel options (logging) joined, by outside IP
 * address, with its telemetry (state). The customer gateway configuration and the pre-shared
 * keys in the answer are secrets and are never read.
 */
export function mapVpnConnection(v: Ec2VpnConnection, w: Where): VpnConnection {
  const id = v.VpnConnectionId ?? ''
  const telemetry = v.VgwTelemetry ?? []
  const tunnels: VpnTunnel[] = (v.Options?.TunnelOptions ?? []).map((t, i) => {
    const ip = t.OutsideIpAddress ?? `tunnel ${i + 1}`
    const status = telemetry.find((s) => s.OutsideIpAddress === t.OutsideIpAddress)?.Status
    return { outsideIpAddress: ip, ...(status ? { status } : {}), logEnabled: t.LogOptions?.CloudWatchLogOptions?.LogEnabled === true }
  })
  // Telemetry for a tunnel the options did not list: its state still counts, its logging is not known to be on.
  for (const s of telemetry) if (!tunnels.some((t) => t.outsideIpAddress === s.OutsideIpAddress)) tunnels.push({ outsideIpAddress: s.OutsideIpAddress ?? `tunnel ${tunnels.length + 1}`, ...(s.Status ? { status: s.Status } : {}), logEnabled: false })
  return { ...base(id, 'vpn-connection', v.Tags, undefined, w), vpnConnectionId: id, state: v.State ?? 'unknown', tunnels }
}

/** Pure. */
export function mapClientVpnEndpoint(e: Ec2ClientVpnEndpoint, w: Where): ClientVpnEndpoint {
  const id = e.ClientVpnEndpointId ?? ''
  const log = e.ConnectionLogOptions
  return {
    ...base(id, 'client-vpn-endpoint', e.Tags, undefined, w),
    clientVpnEndpointId: id,
    state: e.Status?.Code ?? 'unknown',
    connectionLogEnabled: log?.Enabled === true,
    ...(log?.Enabled && log.CloudwatchLogGroup ? { logGroup: log.CloudwatchLogGroup } : {}),
  }
}

export const ec2VpnConnectionCollector = ec2Collector({
  type: 'ec2.vpn-connection',
  action: 'ec2:DescribeVpnConnections',
  // The API has no pagination: one call returns every connection of the region.
  command: (E) => new E.DescribeVpnConnectionsCommand({}),
  items: (p: { VpnConnections?: Ec2VpnConnection[] }) => p.VpnConnections,
  // Deleted connections stay listed for a while; they carry no traffic.
  keep: (v) => v.State !== 'deleted',
  map: mapVpnConnection,
})

export const ec2ClientVpnEndpointCollector = ec2Collector({
  type: 'ec2.client-vpn-endpoint',
  action: 'ec2:DescribeClientVpnEndpoints',
  command: (E, t) => new E.DescribeClientVpnEndpointsCommand({ MaxResults: 1000, ...tok(t) }),
  items: (p: { ClientVpnEndpoints?: Ec2ClientVpnEndpoint[] }) => p.ClientVpnEndpoints,
  keep: (e) => e.Status?.Code !== 'deleted',
  map: mapClientVpnEndpoint,
})

export const ec2VpcBlockPublicAccessCollector = regionalSettingCollector({
  type: 'ec2.vpc-block-public-access',
  action: 'ec2:DescribeVpcBlockPublicAccessOptions',
  async read(ctx, region): Promise<VpcBlockPublicAccess> {
    const E = await import('@aws-sdk/client-ec2')
    const out = await ctx.send(region, 'ec2:DescribeVpcBlockPublicAccessOptions', new E.DescribeVpcBlockPublicAccessOptionsCommand({}))
    return {
      ...regionalSettingBase({ region, accountId: ctx.accountId }, 'vpc-block-public-access', 'VPC Block Public Access'),
      // A region where the setting was never changed answers `off`.
      internetGatewayBlockMode: out.VpcBlockPublicAccessOptions?.InternetGatewayBlockMode ?? 'off',
    }
  },
})
