import { defineCheck } from '../../core/check.js'
import { cidrsCoverWorld, type IpFamily } from '../../analysis/network.js'
import { formatRange, ruleProtocol } from '../../analysis/sg-exposure.js'

const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number).filter((n) => Number.isInteger(n)) : [])

export default defineCheck({
  meta: {
    id: 'ec2-sg-open-ports-authorized',
    resourceType: 'ec2.security-group',
    title: 'Security group opens only authorized ports to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Groups the inbound rules by protocol and port range, and fails for every range that is open to the whole IPv4 or IPv6 internet (0.0.0.0/0, ::/0, or blocks that together cover the address space) and contains a port outside the authorized lists: the `authorizedTcpPorts` option (default 80 and 443) and `authorizedUdpPorts` (default none). All-traffic rules and ICMP open to the internet fail too.',
    risk: 'Every port open to the internet beyond the service the workload is meant to offer widens the attack surface: forgotten admin interfaces, test servers and agents get found and attacked by scanners.',
    remediation: {
      text: 'Keep only the authorized ports open to the internet (normally HTTPS on a load balancer); let other ports be reached from known networks or other security groups. If a port is intentionally public, add it to the check\'s authorizedTcpPorts / authorizedUdpPorts options.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=<from>,ToPort=<to>,IpRanges=[{CidrIp=0.0.0.0/0}]'",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: public HTTPS only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      CidrIp: 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}',
    },
    messages: {
      authorizedOnly: 'Security group {{name}} opens only authorized ports to the internet.',
      unauthorized: 'Security group {{name}} opens {{ports}} to {{sources}}, which is not in the authorized ports.',
    },
    options: { authorizedTcpPorts: [80, 443], authorizedUdpPorts: [] },
  },
  evaluate(sg, { pass, fail, options }) {
    const authorized = { tcp: new Set(numbers(options.authorizedTcpPorts)), udp: new Set(numbers(options.authorizedUdpPorts)) }
    // Rules with the same protocol and ports are one opening, whatever the number of CIDR rules.
    const groups = new Map<string, { protocol: string; from: number; to: number; v4: string[]; v6: string[]; first: number }>()
    sg.ingress.forEach((r, i) => {
      const p = ruleProtocol(r.protocol)
      const protocol = p ?? r.protocol.toLowerCase()
      const from = p === 'all' || p === undefined ? 0 : (r.fromPort ?? 0)
      const to = p === 'all' || p === undefined ? 65535 : (r.toPort ?? 65535)
      const key = `${protocol}|${from}|${to}`
      const g = groups.get(key) ?? { protocol, from: from === -1 ? 0 : from, to: to === -1 ? 65535 : to, v4: [], v6: [], first: i }
      g.v4.push(...r.ipv4Ranges)
      g.v6.push(...r.ipv6Ranges)
      groups.set(key, g)
    })
    const verdicts = []
    for (const g of groups.values()) {
      const families: IpFamily[] = []
      if (cidrsCoverWorld(g.v4, 'ipv4')) families.push('ipv4')
      if (cidrsCoverWorld(g.v6, 'ipv6')) families.push('ipv6')
      if (!families.length) continue
      const list = g.protocol === 'tcp' ? authorized.tcp : g.protocol === 'udp' ? authorized.udp : undefined
      let ok = list !== undefined && g.to - g.from < 65535
      for (let port = g.from; ok && port <= g.to; port++) ok = list!.has(port)
      if (ok) continue
      const ports = g.protocol === 'all' ? 'all traffic' : g.protocol === 'tcp' || g.protocol === 'udp' ? formatRange(g) : `protocol ${g.protocol}`
      const sources = families.map((f) => (f === 'ipv4' ? '0.0.0.0/0' : '::/0')).join(' and ')
      verdicts.push(fail('unauthorized', { data: { name: sg.name, ports, sources }, at: `ingress.${g.first}`, subject: ports }))
    }
    return verdicts.length ? verdicts : pass('authorizedOnly', { name: sg.name })
  },
})
