import type { ResourceBase } from './common.js'

/** One of the two tunnels of a Site-to-Site VPN connection. */
export interface VpnTunnel {
  /** The tunnel's AWS-side outside IP address; `tunnel 1` / `tunnel 2` where a template cannot know it. */
  outsideIpAddress: string
  /**
   * The tunnel's state as the connection's telemetry reports it (`UP` or `DOWN`). Absent where
   * the source cannot know it: only a live connection has a tunnel state.
   */
  status?: string
  /** Tunnel activity (IKE, IPsec, dead peer detection) is published to CloudWatch Logs. */
  logEnabled: boolean
}

/**
 * `ec2.vpn-connection`: an AWS Site-to-Site VPN connection (to a virtual private gateway, a
 * transit gateway or Cloud WAN). Deleted connections, which EC2 keeps listing for a while, are
 * not collected. The customer gateway configuration and pre-shared keys are never kept.
 */
export interface VpnConnection extends ResourceBase {
  vpnConnectionId: string
  /** `pending`, `available`, `deleting`. */
  state: string
  /** Every connection has two tunnels. */
  tunnels: VpnTunnel[]
}

/** `ec2.client-vpn-endpoint`: an AWS Client VPN endpoint (deleted endpoints are not collected). */
export interface ClientVpnEndpoint extends ResourceBase {
  clientVpnEndpointId: string
  /** `pending-associate`, `available`, `deleting` … */
  state: string
  /** Client connection logging is on (each connection attempt and its outcome go to CloudWatch Logs). */
  connectionLogEnabled: boolean
  /** The log group connection logs go to, when logging is on. */
  logGroup?: string
}

/**
 * `ec2.vpc-block-public-access`: the account's VPC Block Public Access setting in a region, one
 * per account and region. It applies to every VPC and subnet the account owns there, except
 * those with an exclusion.
 */
export interface VpcBlockPublicAccess extends ResourceBase {
  /**
   * `off` (the default), `block-bidirectional` (no traffic through internet gateways or
   * egress-only internet gateways) or `block-ingress` (only outbound-initiated traffic, through
   * NAT gateways and egress-only internet gateways).
   */
  internetGatewayBlockMode: string
}
