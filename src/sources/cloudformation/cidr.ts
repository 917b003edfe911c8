/**
 * Fn::Cidr for IPv4: splits a block into `count` subnets with `cidrBits` host bits each, in
 * order, as CloudFormation does. IPv6 blocks are left unresolved by the caller.
 */
export function cidrSubnets(block: string, count: number, cidrBits: number): string[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block.trim())
  if (!m) return undefined
  const octets = m.slice(1, 5).map(Number)
  const prefix = Number(m[5])
  if (octets.some((o) => o > 255) || prefix > 32) return undefined
  const newPrefix = 32 - cidrBits
  if (cidrBits < 0 || newPrefix < prefix || count < 1 || count > 256) return undefined
  if (count > 2 ** (newPrefix - prefix)) return undefined
  const base = (((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!) >>> 0
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0
  const network = (base & mask) >>> 0
  const size = 2 ** cidrBits
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const addr = network + i * size
    out.push(`${[24, 16, 8, 0].map((s) => Math.floor(addr / 2 ** s) % 256).join('.')}/${newPrefix}`)
  }
  return out
}
