/**
 * AWS::EC2::VPNConnection, AWS::EC2::ClientVpnEndpoint and AWS::EC2::VPCBlockPublicAccessOptions
 * → `ec2.vpn-connection`, `ec2.client-vpn-endpoint`, `ec2.vpc-block-public-access`.
 *
 * A VPN connection always has two tunnels; VpnTunnelOptionsSpecifications gives the options of
 * the first and second in order, and a tunnel it leaves out logs nothing (LogEnabled defaults to
 * false). A template cannot know a tunnel's state, so tunnels carry none. ConnectionLogOptions is
 * required on a Client VPN endpoint. VPCBlockPublicAccessOptions cannot be declared `off`.
 */
import type { VpnTunnel } from '../../../model/ec2-vpn.js'
import type { Fields, Stack } from '../stack.js'
import { asBoolean, isRecord, isUnresolved } from '../values.js'

function tunnels(f: Fields): VpnTunnel[] {
  const specs = f.get(['VpnTunnelOptionsSpecifications'])
  if (specs !== undefined) f.locate('tunnels', ['VpnTunnelOptionsSpecifications'])
  if (isUnresolved(specs)) f.mark('tunnels', specs.reason)
  const list = Array.isArray(specs) ? specs : []
  return [0, 1].map((i) => {
    const spec: unknown = list[i]
    const logOptions = isRecord(spec) ? spec.LogOptions : spec
    const cloudwatch = isRecord(logOptions) ? logOptions.CloudwatchLogOptions : logOptions
    const enabled = isRecord(cloudwatch) ? cloudwatch.LogEnabled : cloudwatch
    if (isUnresolved(enabled)) f.mark('tunnels', `tunnel ${i + 1}: ${enabled.reason}`)
    return { outsideIpAddress: `tunnel ${i + 1}`, logEnabled: !isUnresolved(enabled) && isRecord(cloudwatch) && asBoolean(enabled) === true }
  })
}

export function adaptEc2Vpn(stack: Stack): void {
  for (const res of stack.ofType('AWS::EC2::VPNConnection')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    stack.emit('ec2.vpn-connection', f.finish({ ...f.base(id, id), vpnConnectionId: id, state: 'available', tunnels: tunnels(f) }), res)
  }
  for (const res of stack.ofType('AWS::EC2::ClientVpnEndpoint')) {
    const f = stack.fields(res)
    const id = String(stack.ref(res))
    const enabled = f.bool('connectionLogEnabled', ['ConnectionLogOptions', 'Enabled']) ?? false
    const group = enabled ? f.str('logGroup', ['ConnectionLogOptions', 'CloudwatchLogGroup']) : undefined
    stack.emit('ec2.client-vpn-endpoint', f.finish({ ...f.base(id, id), clientVpnEndpointId: id, state: 'available', connectionLogEnabled: enabled, ...(group ? { logGroup: group } : {}) }), res)
  }
  for (const res of stack.ofType('AWS::EC2::VPCBlockPublicAccessOptions')) {
    const f = stack.fields(res)
    stack.emit('ec2.vpc-block-public-access', f.finish({ ...f.base(stack.resourceId(res), `VPC Block Public Access in ${stack.region}`), internetGatewayBlockMode: f.str('internetGatewayBlockMode', ['InternetGatewayBlockMode']) ?? 'off' }), res)
  }
}
