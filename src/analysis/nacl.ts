/**
 * Network ACL evaluation for one inbound port. A network ACL is an ordered list: for each packet
 * AWS applies the entry with the lowest rule number whose protocol, port range and CIDR match,
 * allow or deny, and stops; the `*` entry (rule 32767) denies the rest. So an entry that allows
 * 0.0.0.0/0 can be fully or partly shadowed by lower-numbered deny entries, and an allow entry is
 * itself shadowed by lower-numbered allows or denies for the same sources. Pure.
 */
import type { NetworkAclEntry } from '../model/ec2.js'
import { parseCidr, WORLD_CIDR, type CidrRange, type IpFamily } from './network.js'
import { ruleProtocol, type PortProtocol } from './sg-exposure.js'

/** Disjoint, sorted address intervals of one family. */
type Intervals = { start: bigint; end: bigint }[]

function subtract(set: Intervals, r: CidrRange): Intervals {
  const out: Intervals = []
  for (const i of set) {
    if (r.end < i.start || r.start > i.end) {
      out.push(i)
      continue
    }
    if (i.start < r.start) out.push({ start: i.start, end: r.start - 1n })
    if (i.end > r.end) out.push({ start: r.end + 1n, end: i.end })
  }
  return out
}

function overlaps(set: Intervals, r: CidrRange): boolean {
  return set.some((i) => !(r.end < i.start || r.start > i.end))
}

function entryMatches(e: NetworkAclEntry, protocol: PortProtocol, port: number): boolean {
  const p = ruleProtocol(e.protocol)
  if (p === undefined) return false
  if (p !== 'all' && p !== protocol) return false
  if (p === 'all' || !e.portRange) return true
  return e.portRange.from <= port && e.portRange.to >= port
}

/** The inbound verdict for traffic from the whole internet of one family to one port. */
export interface NaclPortVerdict {
  /** Some internet address reaches the port through an allow entry for the whole address space. */
  open: boolean
  /** The allow entry that opens it. */
  ruleNumber?: number
}

/**
 * Whether the inbound entries let traffic from anywhere (`0.0.0.0/0` or `::/0`) reach `port`:
 * true when an allow entry whose CIDR is the whole address space is reached by some source that
 * no lower-numbered entry has already decided. Allow entries for narrower CIDRs are not
 * "open to the world" (their sources are chosen), even when several of them add up.
 */
export function naclIngressOpenToWorld(entries: readonly NetworkAclEntry[], protocol: PortProtocol, port: number, family: IpFamily): NaclPortVerdict {
  const world = parseCidr(WORLD_CIDR[family])!
  let undecided: Intervals = [{ start: world.start, end: world.end }]
  const inbound = entries.filter((e) => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber)
  for (const e of inbound) {
    const cidr = family === 'ipv4' ? e.cidr : e.ipv6Cidr
    if (!cidr) continue
    const range = parseCidr(cidr)
    if (!range || range.family !== family) continue
    if (!entryMatches(e, protocol, port)) continue
    if (e.action === 'allow' && range.start === world.start && range.end === world.end && overlaps(undecided, range)) return { open: true, ruleNumber: e.ruleNumber }
    undecided = subtract(undecided, range)
    if (!undecided.length) break
  }
  return { open: false }
}
