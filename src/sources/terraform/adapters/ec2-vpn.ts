/**
 * aws_vpn_connection, aws_ec2_client_vpn_endpoint and aws_vpc_block_public_access_options →
 * `ec2.vpn-connection`, `ec2.client-vpn-endpoint`, `ec2.vpc-block-public-access`.
 *
 * A VPN connection's two tunnels are `tunnel1_log_options` and `tunnel2_log_options`; a tunnel
 * without `cloudwatch_log_options.log_enabled = true` logs nothing (the provider's and AWS's
 * default). A configuration cannot know a tunnel's state, so tunnels carry none.
 * `connection_log_options` is required on a Client VPN endpoint.
 */
import { identity } from '../eval/values.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptEc2Vpn(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_vpn_connection')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const tunnels = [1, 2].map((n) => ({ outsideIpAddress: `tunnel ${n}`, logEnabled: f.bool('tunnels', `tunnel${n}_log_options.0.cloudwatch_log_options.0.log_enabled`) ?? false }))
    const arn = identity(inst.computed('arn'))
    ctx.emit('ec2.vpn-connection', f.finish({ ...f.base(id, id, arn ? { arn } : {}), vpnConnectionId: id, state: 'available', tunnels }), inst)
  }
  for (const inst of ctx.byType('aws_ec2_client_vpn_endpoint')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const enabled = f.bool('connectionLogEnabled', 'connection_log_options.0.enabled') ?? false
    const group = enabled ? f.str('logGroup', 'connection_log_options.0.cloudwatch_log_group') : undefined
    ctx.emit('ec2.client-vpn-endpoint', f.finish({ ...f.base(id, id), clientVpnEndpointId: id, state: 'available', connectionLogEnabled: enabled, ...(group ? { logGroup: group } : {}) }), inst)
  }
  for (const inst of ctx.byType('aws_vpc_block_public_access_options')) {
    const f = new Fields(ctx, inst)
    ctx.emit('ec2.vpc-block-public-access', f.finish({ ...f.base(inst.id, `VPC Block Public Access in ${ctx.options.region}`), internetGatewayBlockMode: f.str('internetGatewayBlockMode', 'internet_gateway_block_mode') ?? 'off' }), inst)
  }
}
