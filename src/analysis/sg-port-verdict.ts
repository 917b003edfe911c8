/**
 * The verdict of a "no <family> port open to the internet" security group check: one fail per
 * group listing every range of the family it opens, with the first opening rule as the path.
 */
import type { CheckContext, Verdict } from '../core/check.js'
import type { SecurityGroup } from '../model/ec2.js'
import { familyPorts, formatRange, worldOpenPorts, type PortFamily } from './sg-exposure.js'

const SOURCES = { ipv4: '0.0.0.0/0', ipv6: '::/0' } as const

/** Messages `closed` and `open` (placeholders name, ports, services, sources). */
export function openPortVerdict(sg: SecurityGroup, family: PortFamily, { pass, fail }: CheckContext): Verdict {
  const open = worldOpenPorts(sg.ingress, familyPorts(family))
  if (!open.length) return pass('closed', { name: sg.name })
  const ports = open.map((o) => formatRange(o.range)).join(', ')
  const services = [...new Set(open.map((o) => o.range.service))].join(', ')
  const sources = [...new Set(open.flatMap((o) => o.families.map((f) => SOURCES[f])))].join(' and ')
  const first = open.flatMap((o) => o.ruleIndexes).sort((a, b) => a - b)[0]
  return fail('open', { data: { name: sg.name, ports, services, sources }, ...(first !== undefined ? { at: `ingress.${first}` } : {}) })
}
