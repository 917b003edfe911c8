/**
 * Secure-by-default builders for Site-to-Site VPN connections, Client VPN endpoints and the
 * per-region VPC Block Public Access setting.
 */
import type { ClientVpnEndpoint, VpcBlockPublicAccess, VpnConnection } from '../../src/model/ec2-vpn.js'

// Local copies rather than imports from index.ts, which re-exports this file.
const ACCOUNT = '111122223333'
const REGION = 'us-east-1'

type Partial2<T> = { [K in keyof T]?: T[K] }

/** An available connection whose two tunnels are up and log to CloudWatch Logs. */
export function vpnConnection(over: Partial2<VpnConnection> = {}): VpnConnection {
  const id = over.vpnConnectionId ?? 'vpn-0a1b2c3d4e5f60001'
  return {
    id,
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpn-connection/${id}`,
    name: id,
    accountId: ACCOUNT,
    region: REGION,
    vpnConnectionId: id,
    state: 'available',
    tunnels: [
      { outsideIpAddress: '203.0.113.10', status: 'UP', logEnabled: true },
      { outsideIpAddress: '203.0.113.20', status: 'UP', logEnabled: true },
    ],
    ...over,
  }
}

/** An available Client VPN endpoint that logs client connections. */
export function clientVpnEndpoint(over: Partial2<ClientVpnEndpoint> = {}): ClientVpnEndpoint {
  const id = over.clientVpnEndpointId ?? 'cvpn-endpoint-0a1b2c3d4e5f60001'
  return {
    id,
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:client-vpn-endpoint/${id}`,
    name: id,
    accountId: ACCOUNT,
    region: REGION,
    clientVpnEndpointId: id,
    state: 'available',
    connectionLogEnabled: true,
    logGroup: 'client-vpn-connections',
    ...over,
  }
}

/** VPC Block Public Access blocking internet gateway traffic both ways. */
export function vpcBlockPublicAccess(over: Partial2<VpcBlockPublicAccess> = {}): VpcBlockPublicAccess {
  const region = over.region ?? REGION
  return { id: `${ACCOUNT}/${region}/vpc-block-public-access`, name: `VPC Block Public Access in ${region}`, accountId: ACCOUNT, region, internetGatewayBlockMode: 'block-bidirectional', ...over }
}
