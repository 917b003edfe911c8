/**
 * EC2 DescribeVpnConnections, DescribeClientVpnEndpoints and DescribeVpcBlockPublicAccessOptions,
 * kept beside ec2.ts and merged into the EC2 service in index.ts, from a region's
 * `vpnConnections`, `clientVpnEndpoints` and `vpcBlockPublicAccess` fixtures. The listings use
 * ec2.ts's Describe* pattern; element names are the SDK's (`vpnConnectionSet`, `vgwTelemetry`,
 * `tunnelOptionSet`, `clientVpnEndpoint`, and the capitalised members of ConnectionLogOptions).
 * DescribeVpnConnections has no pagination on the real API.
 */
import { describe } from './ec2.js'
import type { OperationDef } from './types.js'

/** One tunnel: its outside IP, its telemetry state (default UP) and whether it logs (default true). */
export interface FixtureVpnTunnel {
  outsideIpAddress: string
  status?: 'UP' | 'DOWN'
  logEnabled?: boolean
}

export interface FixtureVpnConnection {
  vpnConnectionId: string
  /** `available` (default), `pending`, `deleting`, `deleted`. */
  state?: string
  tunnels: FixtureVpnTunnel[]
  tags?: Record<string, string>
}

export interface FixtureClientVpnEndpoint {
  clientVpnEndpointId: string
  /** `available` (default), `pending-associate`, `deleting`, `deleted`. */
  state?: string
  connectionLogging?: boolean
  tags?: Record<string, string>
}

declare module '../fixture.js' {
  interface FixtureRegion {
    vpnConnections?: FixtureVpnConnection[]
    clientVpnEndpoints?: FixtureClientVpnEndpoint[]
    /** DescribeVpcBlockPublicAccessOptions' InternetGatewayBlockMode (default `off`, as in a new account). */
    vpcBlockPublicAccess?: 'off' | 'block-bidirectional' | 'block-ingress'
  }
}

const CHANGED = new Date('2024-01-15T10:00:00Z')
const tagSet = (tags: Record<string, string> | undefined) => (tags ? Object.entries(tags).map(([key, value]) => ({ key, value })) : undefined)

export const ec2VpnOperations: Record<string, OperationDef> = {
  DescribeVpnConnections: describe({
    operation: 'DescribeVpnConnections',
    list: (ctx) => ctx.data.vpnConnections ?? [],
    idParam: 'VpnConnectionId',
    idOf: (v) => v.vpnConnectionId,
    notFound: 'InvalidVpnConnectionID.NotFound',
    filters: (v) => ({ 'vpn-connection-id': v.vpnConnectionId, state: v.state ?? 'available', type: 'ipsec.1' }),
    setName: 'vpnConnectionSet',
    maxResults: 1000,
    render: (v, ctx) => ({
      vpnConnectionId: v.vpnConnectionId,
      state: v.state ?? 'available',
      type: 'ipsec.1',
      category: 'VPN',
      customerGatewayId: 'cgw-0a1b2c3d4e5f60001',
      vpnGatewayId: 'vgw-0a1b2c3d4e5f60001',
      // The real answer carries the device configuration, pre-shared keys included; the scanner must ignore it.
      customerGatewayConfiguration: `<vpn_connection id="${v.vpnConnectionId}"><ipsec_tunnel><ike><pre_shared_key>fixture-psk-${ctx.region}</pre_shared_key></ike></ipsec_tunnel></vpn_connection>`,
      options: {
        staticRoutesOnly: false,
        tunnelInsideIpVersion: 'ipv4',
        tunnelOptionSet: v.tunnels.map((t) => ({
          outsideIpAddress: t.outsideIpAddress,
          preSharedKey: `fixture-psk-${t.outsideIpAddress}`,
          logOptions: { cloudWatchLogOptions: t.logEnabled === false ? { logEnabled: false } : { logEnabled: true, logGroupArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:vpn-tunnels`, logOutputFormat: 'json' } },
        })),
      },
      vgwTelemetry: v.tunnels.map((t) => ({ outsideIpAddress: t.outsideIpAddress, status: t.status ?? 'UP', statusMessage: '', lastStatusChange: CHANGED, acceptedRouteCount: 0 })),
      tagSet: tagSet(v.tags),
    }),
  }),
  DescribeClientVpnEndpoints: describe({
    operation: 'DescribeClientVpnEndpoints',
    list: (ctx) => ctx.data.clientVpnEndpoints ?? [],
    idParam: 'ClientVpnEndpointId',
    idOf: (e) => e.clientVpnEndpointId,
    notFound: 'InvalidClientVpnEndpointId.NotFound',
    filters: (e) => ({ 'endpoint-id': e.clientVpnEndpointId, 'transport-protocol': 'udp' }),
    setName: 'clientVpnEndpoint',
    maxResults: 1000,
    render: (e, ctx) => ({
      clientVpnEndpointId: e.clientVpnEndpointId,
      description: '',
      status: { code: e.state ?? 'available' },
      creationTime: '2024-01-15T10:00:00',
      dnsName: `*.${e.clientVpnEndpointId}.prod.clientvpn.${ctx.region}.amazonaws.com`,
      clientCidrBlock: '10.100.0.0/22',
      splitTunnel: false,
      vpnProtocol: 'openvpn',
      transportProtocol: 'udp',
      vpnPort: 443,
      serverCertificateArn: `arn:aws:acm:${ctx.region}:${ctx.accountId}:certificate/server`,
      connectionLogOptions: e.connectionLogging === false ? { Enabled: false } : { Enabled: true, CloudwatchLogGroup: 'client-vpn-connections', CloudwatchLogStream: 'connections' },
      tagSet: tagSet(e.tags),
    }),
  }),
  DescribeVpcBlockPublicAccessOptions: {
    family: 'describe',
    handle: (_input, ctx) => ({
      vpcBlockPublicAccessOptions: {
        awsAccountId: ctx.accountId,
        awsRegion: ctx.region,
        state: ctx.data.vpcBlockPublicAccess && ctx.data.vpcBlockPublicAccess !== 'off' ? 'update-complete' : 'default-state',
        internetGatewayBlockMode: ctx.data.vpcBlockPublicAccess ?? 'off',
        managedBy: 'account',
        exclusionsAllowed: 'allowed',
      },
    }),
  },
}
