/**
 * What a "no <family> port open to the internet" security group check reports: every range of
 * the family the group opens, as one finding, with the first opening rule as the path.
 */
import type { VerdictInit } from '../core/check.js'
import type { SecurityGroup } from '../model/ec2.js'
import { familyPorts, formatRange, worldOpenPorts, type PortFamily } from './sg-exposure.js'

const SOURCES = { ipv4: '0.0.0.0/0', ipv6: '::/0' } as const

/** The `open` finding's data (name, ports, services, sources) and path, or undefined when nothing is open. */
export function openPortFinding(sg: SecurityGroup, family: PortFamily): VerdictInit | undefined {
  const open = worldOpenPorts(sg.ingress, familyPorts(family))
  if (!open.length) return undefined
  const ports = open.map((o) => formatRange(o.range)).join(', ')
  const services = [...new Set(open.map((o) => o.range.service))].join(', ')
  const sources = [...new Set(open.flatMap((o) => o.families.map((f) => SOURCES[f])))].join(' and ')
  const first = open.flatMap((o) => o.ruleIndexes).sort((a, b) => a - b)[0]
  return { data: { name: sg.name, ports, services, sources }, ...(first !== undefined ? { at: `ingress.${first}` } : {}) }
}
