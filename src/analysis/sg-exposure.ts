/**
 * Which ports a security group opens to the whole internet. Security groups only allow (there
 * are no deny rules), so a port is open to the world when the union of the CIDR blocks of every
 * ingress rule that allows it covers the whole address space — one `0.0.0.0/0` rule, or the
 * split form (`0.0.0.0/1` + `128.0.0.0/1`) spread over several rules. Rules that name other
 * security groups or prefix lists are not world-open: their members are known, bounded sources.
 * Pure.
 */
import portsData from '../../data/sensitive-ports.json' with { type: 'json' }
import type { SecurityGroupRule } from '../model/ec2.js'
import { cidrsCoverWorld, isAllProtocols, type IpFamily } from './network.js'

export type PortProtocol = 'tcp' | 'udp'

/** An inclusive port range of one protocol. */
export interface PortRange {
  from: number
  to: number
  protocol: PortProtocol
  service: string
}

/** The families of data/sensitive-ports.json; each has its own check. */
export type PortFamily = 'ssh' | 'rdp' | 'cifs' | 'ftp-telnet' | 'database' | 'other-high-risk'

interface PortsFile {
  families: Record<PortFamily, { title: string; entries: (PortRange & { source: string; verifiedAt: string })[] }>
}

const PORTS = portsData as PortsFile

/** The port ranges of a family. */
export function familyPorts(family: PortFamily): readonly PortRange[] {
  return PORTS.families[family].entries
}

const PROTOCOL_NUMBERS: Record<string, PortProtocol> = { '6': 'tcp', '17': 'udp', tcp: 'tcp', udp: 'udp' }

/** `tcp`/`udp` for rules of those protocols (by name or number), `all` for `-1`, undefined otherwise (ICMP …). */
export function ruleProtocol(protocol: string): PortProtocol | 'all' | undefined {
  if (isAllProtocols(protocol)) return 'all'
  return PROTOCOL_NUMBERS[protocol.trim().toLowerCase()]
}

/** The ports a rule allows for `protocol`; a TCP/UDP rule without a port range allows every port. */
function ruleAllows(rule: SecurityGroupRule, protocol: PortProtocol, from: number, to: number): boolean {
  const p = ruleProtocol(rule.protocol)
  if (p === undefined) return false
  if (p === 'all') return true
  if (p !== protocol) return false
  const lo = rule.fromPort ?? 0
  const hi = rule.toPort ?? 65535
  // -1 is how EC2 writes "every port" on some rules.
  if (lo === -1 || hi === -1) return true
  return lo <= to && hi >= from
}

/** One range of a family that the group opens to the world. */
export interface WorldOpenPort {
  range: PortRange
  families: IpFamily[]
  /** Indexes (into `ingress`) of the rules that open it. */
  ruleIndexes: number[]
}

/**
 * Every range of `ranges` that the ingress rules open to the whole IPv4 or IPv6 internet. A range
 * counts when some port of it is reachable: a rule for 3306 opens the database range 3306 even if
 * the family lists a wider range.
 */
export function worldOpenPorts(ingress: readonly SecurityGroupRule[], ranges: readonly PortRange[]): WorldOpenPort[] {
  const out: WorldOpenPort[] = []
  for (const range of ranges) {
    // Ports are checked one at a time where a range is small, so that rules which each cover
    // half of the address space for the same port still add up.
    const indexes = ingress.map((r, i) => (ruleAllows(r, range.protocol, range.from, range.to) ? i : -1)).filter((i) => i >= 0)
    if (!indexes.length) continue
    const families: IpFamily[] = []
    const open = (family: IpFamily) => {
      const key = family === 'ipv4' ? 'ipv4Ranges' : 'ipv6Ranges'
      for (let port = range.from; port <= Math.min(range.to, range.from + 64); port++) {
        const cidrs = indexes.filter((i) => ruleAllows(ingress[i]!, range.protocol, port, port)).flatMap((i) => ingress[i]![key])
        if (cidrsCoverWorld(cidrs, family)) return true
      }
      return false
    }
    if (open('ipv4')) families.push('ipv4')
    if (open('ipv6')) families.push('ipv6')
    if (!families.length) continue
    const ruleIndexes = indexes.filter((i) => families.some((f) => (f === 'ipv4' ? ingress[i]!.ipv4Ranges : ingress[i]!.ipv6Ranges).length > 0))
    out.push({ range, families, ruleIndexes })
  }
  return out
}

/** `22/tcp`, `27017-27018/tcp`. */
export function formatRange(r: { from: number; to: number; protocol: string }): string {
  return `${r.from === r.to ? r.from : `${r.from}-${r.to}`}/${r.protocol}`
}

/** The ingress rules that open every port of every protocol (`-1`, or TCP and UDP 0-65535) to the world. */
export function allTrafficOpenToWorld(ingress: readonly SecurityGroupRule[]): { families: IpFamily[]; ruleIndexes: number[] } {
  const everything = (r: SecurityGroupRule) => {
    const p = ruleProtocol(r.protocol)
    return p === 'all'
  }
  const fullRange = (r: SecurityGroupRule, protocol: PortProtocol) => ruleProtocol(r.protocol) === protocol && (r.fromPort ?? 0) <= 0 && (r.toPort ?? 65535) >= 65535
  const families: IpFamily[] = []
  const ruleIndexes = new Set<number>()
  for (const family of ['ipv4', 'ipv6'] as const) {
    const key = family === 'ipv4' ? 'ipv4Ranges' : 'ipv6Ranges'
    const all = ingress.map((r, i) => [r, i] as const).filter(([r]) => everything(r))
    const tcp = ingress.map((r, i) => [r, i] as const).filter(([r]) => fullRange(r, 'tcp'))
    const udp = ingress.map((r, i) => [r, i] as const).filter(([r]) => fullRange(r, 'udp'))
    const viaAll = cidrsCoverWorld(all.flatMap(([r]) => r[key]), family)
    // Every TCP and every UDP port open is as good as "all traffic" for an attacker.
    const viaTcpUdp = cidrsCoverWorld([...all, ...tcp].flatMap(([r]) => r[key]), family) && cidrsCoverWorld([...all, ...udp].flatMap(([r]) => r[key]), family)
    if (viaAll || viaTcpUdp) {
      families.push(family)
      for (const [r, i] of viaAll ? all : [...all, ...tcp, ...udp]) if (r[key].length) ruleIndexes.add(i)
    }
  }
  return { families, ruleIndexes: [...ruleIndexes].sort((a, b) => a - b) }
}
