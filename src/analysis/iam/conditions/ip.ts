/**
 * IPv4/IPv6 addresses and CIDR blocks for IpAddress / NotIpAddress. A policy value without a
 * prefix length is a single address (/32 or /128).
 */

export interface Cidr {
  version: 4 | 6
  /** Network address as a bigint, already masked. */
  network: bigint
  prefix: number
  raw: string
}

export interface IpAddr {
  version: 4 | 6
  value: bigint
}

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.')
  if (parts.length !== 4) return undefined
  let v = 0n
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined
    const n = Number(p)
    if (n > 255) return undefined
    v = (v << 8n) | BigInt(n)
  }
  return v
}

function parseV6(s: string): bigint | undefined {
  let head = s
  let tailV4: bigint | undefined
  // An embedded IPv4 tail (::ffff:10.0.0.1) counts as the last two groups.
  const lastColon = s.lastIndexOf(':')
  if (s.slice(lastColon + 1).includes('.')) {
    tailV4 = parseV4(s.slice(lastColon + 1))
    if (tailV4 === undefined) return undefined
    head = s.slice(0, lastColon + 1) + '0:0'
  }
  const halves = head.split('::')
  if (halves.length > 2) return undefined
  const left = halves[0] ? halves[0].split(':') : []
  const right = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - left.length - right.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right]
  let v = 0n
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined
    v = (v << 16n) | BigInt(parseInt(g, 16))
  }
  if (tailV4 !== undefined) v = (v & ~0xffffffffn) | tailV4
  return v
}

export function parseIp(s: string): IpAddr | undefined {
  const t = s.trim()
  if (t.includes(':')) {
    const v = parseV6(t)
    return v === undefined ? undefined : { version: 6, value: v }
  }
  const v = parseV4(t)
  return v === undefined ? undefined : { version: 4, value: v }
}

export function parseCidr(s: string): Cidr | undefined {
  const t = s.trim()
  const slash = t.indexOf('/')
  const ip = parseIp(slash < 0 ? t : t.slice(0, slash))
  if (!ip) return undefined
  const bits = ip.version === 4 ? 32 : 128
  let prefix = bits
  if (slash >= 0) {
    const p = t.slice(slash + 1)
    if (!/^\d{1,3}$/.test(p)) return undefined
    prefix = Number(p)
    if (prefix > bits) return undefined
  }
  return { version: ip.version, network: ip.value & mask(bits, prefix), prefix, raw: s }
}

function mask(bits: number, prefix: number): bigint {
  if (prefix === 0) return 0n
  const all = (1n << BigInt(bits)) - 1n
  return (all >> BigInt(bits - prefix)) << BigInt(bits - prefix)
}

export function cidrContains(c: Cidr, ip: IpAddr): boolean {
  if (c.version !== ip.version) return false
  const bits = c.version === 4 ? 32 : 128
  return (ip.value & mask(bits, c.prefix)) === c.network
}

/** Whether `inner` lies entirely within `outer`. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.version === outer.version && inner.prefix >= outer.prefix && cidrContains(outer, { version: inner.version, value: inner.network })
}

/**
 * Address space that is not reachable from the internet: RFC 1918, loopback, link-local, carrier-grade
 * NAT (RFC 6598), IPv6 unique-local and link-local.
 */
const PRIVATE_RANGES: readonly Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', '100.64.0.0/10', '::1/128', 'fc00::/7', 'fe80::/10'].map(
  (s) => parseCidr(s)!,
)

export function isPrivateCidr(c: Cidr): boolean {
  return PRIVATE_RANGES.some((r) => cidrWithin(c, r))
}
