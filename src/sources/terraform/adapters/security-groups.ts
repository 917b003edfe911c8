/**
 * aws_security_group → `ec2.security-group`, with the rules of aws_security_group_rule and
 * aws_vpc_security_group_ingress_rule / _egress_rule joined.
 *
 * Terraform differs from CloudFormation here: when it creates a security group in a VPC it
 * REMOVES the allow-all egress rule EC2 adds, so a group without `egress` blocks has no
 * egress at all (unless separate egress rule resources add some). CloudFormation keeps the
 * rule unless SecurityGroupEgress is given.
 */
import type { SecurityGroupRule } from '../../../model/ec2.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', '-1': '-1', all: '-1' }

type Mark = (field: string, reason: string) => void

const texts = (v: Value | undefined, mark: Mark, field: string): string[] => {
  if (v instanceof Unknown) {
    mark(field, v.reason)
    return []
  }
  const list = Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]
  return list.map((x) => identity(x) ?? (mark(field, x instanceof Unknown ? x.reason : 'not text'), PLACEHOLDER))
}

function protocolOf(v: Value | undefined, mark: Mark): string {
  if (v instanceof Unknown) {
    mark('protocol', v.reason)
    return PLACEHOLDER
  }
  const raw = String(v ?? '-1').toLowerCase()
  return PROTOCOL_NAMES[raw] ?? raw
}

function ports(rule: SecurityGroupRule, from: Value | undefined, to: Value | undefined, mark: Mark): void {
  // "All traffic" rules have no port range, as DescribeSecurityGroups shows them.
  if (rule.protocol === '-1') return
  if (from instanceof Unknown) mark('from_port', from.reason)
  else if (from !== undefined && from !== null) rule.fromPort = Number(from)
  if (to instanceof Unknown) mark('to_port', to.reason)
  else if (to !== undefined && to !== null) rule.toPort = Number(to)
}

/** An inline `ingress`/`egress` block or an aws_security_group_rule. */
function classicRule(b: Record<string, Value>, selfId: string, mark: Mark, groupsKey = 'security_groups'): SecurityGroupRule {
  const rule: SecurityGroupRule = { protocol: protocolOf(b.protocol, mark), ipv4Ranges: texts(b.cidr_blocks, mark, 'cidr_blocks'), ipv6Ranges: texts(b.ipv6_cidr_blocks, mark, 'ipv6_cidr_blocks'), securityGroupIds: texts(b[groupsKey], mark, groupsKey), prefixListIds: texts(b.prefix_list_ids, mark, 'prefix_list_ids') }
  ports(rule, b.from_port, b.to_port, mark)
  if (b.self === true) rule.securityGroupIds.push(selfId)
  return rule
}

/** aws_vpc_security_group_ingress_rule / _egress_rule: one source or destination each. */
function vpcRule(b: Record<string, Value>, mark: Mark): SecurityGroupRule {
  const rule: SecurityGroupRule = { protocol: protocolOf(b.ip_protocol, mark), ipv4Ranges: texts(b.cidr_ipv4, mark, 'cidr_ipv4'), ipv6Ranges: texts(b.cidr_ipv6, mark, 'cidr_ipv6'), securityGroupIds: texts(b.referenced_security_group_id, mark, 'referenced_security_group_id'), prefixListIds: texts(b.prefix_list_id, mark, 'prefix_list_id') }
  ports(rule, b.from_port, b.to_port, mark)
  return rule
}

export function adaptSecurityGroups(ctx: AdapterContext): void {
  const classic = ctx.byType('aws_security_group_rule')
  const ingressRules = ctx.byType('aws_vpc_security_group_ingress_rule')
  const egressRules = ctx.byType('aws_vpc_security_group_egress_rule')
  for (const inst of ctx.byType('aws_security_group')) {
    const f = new Fields(ctx, inst)
    const groupId = f.ident('groupId', inst.computed('id')) ?? PLACEHOLDER
    const joined: TfInstance[] = []
    const rules = { ingress: [] as SecurityGroupRule[], egress: [] as SecurityGroupRule[] }
    for (const direction of ['ingress', 'egress'] as const) {
      const inline = f.get(direction)
      if (inline instanceof Unknown) f.mark(direction, inline.reason)
      blocksOf(inline).forEach((b, i) => {
        const index = rules[direction].length
        f.locate(`${direction}.${index}`, `${direction}.${i}`)
        rules[direction].push(classicRule(b, groupId, (k, why) => f.mark(`${direction}.${index}`, `${k}: ${why}`)))
      })
    }
    const separate = (res: TfInstance, direction: 'ingress' | 'egress', build: (mark: Mark) => SecurityGroupRule) => {
      const target = res.values.security_group_id
      const id = identity(target)
      if (id === undefined) {
        f.mark(direction, `${res.address}: security_group_id ${target instanceof Unknown ? target.reason : 'is not set'}`)
        return
      }
      if (id !== groupId) return
      const index = rules[direction].length
      f.locateResource(`${direction}.${index}`, res)
      if (res.existence) f.mark(`${direction}.${index}`, `${res.address} exists only if ${res.existence} allows it`)
      rules[direction].push(build((k, why) => f.mark(`${direction}.${index}`, `${k}: ${why}`)))
      joined.push(res)
    }
    for (const r of classic) {
      const type = r.values.type
      if (type instanceof Unknown) {
        f.mark('ingress', `${r.address}: type ${type.reason}`)
        f.mark('egress', `${r.address}: type ${type.reason}`)
        continue
      }
      const direction = type === 'egress' ? 'egress' : 'ingress'
      separate(r, direction, (mark) => classicRule(r.values, groupId, mark, 'source_security_group_id'))
    }
    for (const r of ingressRules) separate(r, 'ingress', (mark) => vpcRule(r.values, mark))
    for (const r of egressRules) separate(r, 'egress', (mark) => vpcRule(r.values, mark))
    const vpcId = f.id('vpcId', 'vpc_id')
    const description = f.str('description', 'description') ?? 'Managed by Terraform'
    const name = f.ident('name', inst.computed('name')) ?? groupId
    ctx.emit('ec2.security-group', f.finish({ ...f.base(groupId, name), groupId, ingress: rules.ingress, egress: rules.egress, description, ...(vpcId ? { vpcId } : {}) }), inst, joined)
  }
}
