import check from './ec2-vpn-tunnels-up.js'
import { testCheck } from '../../../test/check-tester.js'
import { vpnConnection } from '../../../test/factories/index.js'

const tunnel = (ip: string, status: string | undefined) => ({ outsideIpAddress: ip, ...(status ? { status } : {}), logEnabled: true })

testCheck(check, {
  valid: [{ name: 'both tunnels up', resource: vpnConnection() }],
  invalid: [
    { name: 'one tunnel down', resource: vpnConnection({ tunnels: [tunnel('203.0.113.10', 'UP'), tunnel('203.0.113.20', 'DOWN')] }), messageId: 'down', at: 'tunnels', count: 1 },
    { name: 'both tunnels down (a connection still pending)', resource: vpnConnection({ state: 'pending', tunnels: [tunnel('203.0.113.10', 'DOWN'), tunnel('203.0.113.20', 'DOWN')] }), messageId: 'down' },
    { name: 'a tunnel without a reported state', resource: vpnConnection({ tunnels: [tunnel('203.0.113.10', 'UP'), tunnel('203.0.113.20', undefined)] }), messageId: 'down' },
    { name: 'telemetry for one tunnel only', resource: vpnConnection({ tunnels: [tunnel('203.0.113.10', 'UP')] }), messageId: 'down' },
  ],
  unknown: [
    { name: 'connections not listed', resource: vpnConnection(), gaps: [{ resourceType: 'ec2.vpn-connection', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeVpnConnections denied' }] },
    { name: 'tunnels unreadable', resource: vpnConnection({ tunnels: [], unresolved: { tunnels: 'AccessDenied' } }) },
  ],
})
