/**
 * Load balancers from Terraform → `elb.load-balancer` (aws_lb / aws_alb with their aws_lb_listener /
 * aws_alb_listener) and `elb.classic-load-balancer` (aws_elb with the aws_load_balancer_policy and
 * aws_load_balancer_listener_policy resources that name it). Arguments left out get the
 * provider's defaults, which for aws_elb differ from the API's (cross-zone on).
 */
import type { ClassicListener, ElbListener, LoadBalancer } from '../../../model/elb.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const truthy = (v: Value | undefined) => v === true || v === 'true'

/** Availability Zones of the subnets, known only when each subnet is declared with a literal zone. */
function zonesOfSubnets(ctx: AdapterContext, f: Fields, subnets: Value | undefined): string[] {
  if (subnets instanceof Unknown) {
    f.mark('availabilityZones', subnets.reason)
    return []
  }
  const zones = new Set<string>()
  for (const s of Array.isArray(subnets) ? subnets : []) {
    const id = identity(s)
    const subnet = id === undefined ? undefined : ctx.byType('aws_subnet').find((x) => identity(x.computed('id')) === id)
    const zone = subnet?.values.availability_zone
    if (typeof zone !== 'string') {
      f.mark('availabilityZones', `the Availability Zone of subnet ${id ?? '(unknown)'} is not known from the configuration`)
      continue
    }
    zones.add(zone)
  }
  return [...zones].sort()
}

function listenersOf(ctx: AdapterContext, f: Fields, lb: TfInstance): { listeners: ElbListener[]; joined: TfInstance[] } {
  const ids = new Set([identity(lb.computed('arn')), identity(lb.computed('id'))].filter((x): x is string => x !== undefined))
  const listeners: ElbListener[] = []
  const joined: TfInstance[] = []
  for (const l of [...ctx.byType('aws_lb_listener'), ...ctx.byType('aws_alb_listener')]) {
    const target = identity(l.values.load_balancer_arn)
    if (target === undefined) {
      f.mark('listeners', `${l.address}: load_balancer_arn is not known`)
      continue
    }
    if (!ids.has(target)) continue
    joined.push(l)
    f.locateResource('listeners', l)
    for (const k of ['port', 'protocol', 'ssl_policy']) if (l.values[k] instanceof Unknown) f.mark('listeners', `${l.address}.${k}: ${(l.values[k] as Unknown).reason}`)
    const actions = blocksOf(l.values.default_action).sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
    const protocol = typeof l.values.protocol === 'string' ? l.values.protocol.toUpperCase() : l.values.certificate_arn ? 'HTTPS' : 'HTTP'
    listeners.push({
      id: l.id,
      port: typeof l.values.port === 'number' ? l.values.port : Number(l.values.port ?? 0),
      protocol,
      ...(typeof l.values.ssl_policy === 'string' ? { sslPolicy: l.values.ssl_policy } : {}),
      defaultActions: actions.map((a) => {
        const type = String(a.type ?? 'forward')
        const redirect = blocksOf(a.redirect)[0]
        if (redirect?.protocol instanceof Unknown) f.mark('listeners', `${l.address}: redirect protocol ${redirect.protocol.reason}`)
        return { type, ...(type === 'redirect' ? { redirectProtocol: typeof redirect?.protocol === 'string' ? redirect.protocol : '#{protocol}' } : {}) }
      }),
    })
  }
  return { listeners: listeners.sort((a, b) => a.port - b.port), joined }
}

function adaptLoadBalancers(ctx: AdapterContext): void {
  for (const inst of [...ctx.byType('aws_lb'), ...ctx.byType('aws_alb')]) {
    const f = new Fields(ctx, inst)
    const type = (f.str('type', 'load_balancer_type') ?? 'application') as LoadBalancer['type']
    const name = f.ident('name', inst.values.name ?? inst.computed('name')) ?? inst.name
    const accessLogs = blocksOf(inst.values.access_logs)[0]
    if (inst.values.access_logs instanceof Unknown) f.mark('accessLogsEnabled', inst.values.access_logs.reason)
    if (accessLogs?.enabled instanceof Unknown) f.mark('accessLogsEnabled', accessLogs.enabled.reason)
    f.locate('accessLogsEnabled', 'access_logs')
    const subnetMappings = blocksOf(inst.values.subnet_mapping).map((m) => m.subnet_id ?? null)
    const { listeners, joined } = listenersOf(ctx, f, inst)
    const lb: LoadBalancer = {
      ...f.base(inst.id, name, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }),
      type,
      scheme: f.bool('scheme', 'internal') ? 'internal' : 'internet-facing',
      availabilityZones: zonesOfSubnets(ctx, f, inst.values.subnets ?? (subnetMappings.length ? subnetMappings : undefined)),
      listeners,
      deletionProtection: f.bool('deletionProtection', 'enable_deletion_protection') ?? false,
      // The provider defaults `enabled` to false, even when a bucket is given.
      accessLogsEnabled: truthy(accessLogs?.enabled),
      ...(typeof accessLogs?.bucket === 'string' ? { accessLogsBucket: accessLogs.bucket } : {}),
      ...(type === 'application' ? { dropInvalidHeaderFields: f.bool('dropInvalidHeaderFields', 'drop_invalid_header_fields') ?? false, desyncMitigationMode: f.str('desyncMitigationMode', 'desync_mitigation_mode') ?? 'defensive' } : {}),
    }
    ctx.emit('elb.load-balancer', f.finish(lb), inst, joined)
  }
}

function adaptClassic(ctx: AdapterContext): void {
  const policies = ctx.byType('aws_load_balancer_policy')
  const listenerPolicies = ctx.byType('aws_load_balancer_listener_policy')
  for (const inst of ctx.byType('aws_elb')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.values.name ?? inst.computed('name')) ?? inst.name
    const names = new Set([identity(inst.computed('name')), identity(inst.computed('id')), typeof inst.values.name === 'string' ? inst.values.name : undefined].filter((x): x is string => x !== undefined))
    const joined: TfInstance[] = []
    // Listener port → policy names, from aws_load_balancer_listener_policy.
    const byPort = new Map<number, string[]>()
    for (const lp of listenerPolicies) {
      const target = identity(lp.values.load_balancer_name)
      if (target === undefined) {
        f.mark('listeners', `${lp.address}: load_balancer_name is not known`)
        continue
      }
      if (!names.has(target)) continue
      joined.push(lp)
      const port = Number(lp.values.load_balancer_port)
      byPort.set(port, (Array.isArray(lp.values.policy_names) ? lp.values.policy_names : []).map((p) => identity(p) ?? PLACEHOLDER))
    }
    const sslPolicies = new Map<string, NonNullable<ClassicListener['tls']>>()
    for (const p of policies) {
      if (!names.has(identity(p.values.load_balancer_name) ?? '') || identity(p.values.policy_type_name) !== 'SSLNegotiationPolicyType') continue
      joined.push(p)
      const attrs = blocksOf(p.values.policy_attribute)
      const reference = attrs.find((a) => a.name === 'Reference-Security-Policy')?.value
      const policyName = identity(p.values.policy_name) ?? PLACEHOLDER
      sslPolicies.set(policyName, { policyName, ...(typeof reference === 'string' ? { referencePolicy: reference } : {}), protocols: attrs.filter((a) => String(a.name).startsWith('Protocol-') && truthy(a.value)).map((a) => String(a.name)) })
    }
    if (inst.values.listener instanceof Unknown) f.mark('listeners', inst.values.listener.reason)
    f.locate('listeners', 'listener')
    const listeners: ClassicListener[] = blocksOf(inst.values.listener).map((l) => {
      for (const [k, v] of Object.entries(l)) if (v instanceof Unknown) f.mark('listeners', `${k}: ${v.reason}`)
      const port = Number(l.lb_port ?? 0)
      const tls = (byPort.get(port) ?? []).map((n) => sslPolicies.get(n)).find((x) => x !== undefined)
      const cert = identity(l.ssl_certificate_id)
      return {
        loadBalancerPort: port,
        protocol: String(l.lb_protocol ?? '').toUpperCase(),
        ...(l.instance_port !== undefined ? { instancePort: Number(l.instance_port) } : {}),
        ...(typeof l.instance_protocol === 'string' ? { instanceProtocol: l.instance_protocol.toUpperCase() } : {}),
        ...(cert ? { sslCertificateId: cert } : {}),
        ...(tls ? { tls } : {}),
      }
    })
    const accessLogs = blocksOf(inst.values.access_logs)[0]
    if (accessLogs?.enabled instanceof Unknown) f.mark('accessLogsEnabled', accessLogs.enabled.reason)
    f.locate('accessLogsEnabled', 'access_logs')
    const zones = inst.values.availability_zones !== undefined ? (f.strList('availabilityZones', 'availability_zones', false) ?? []) : zonesOfSubnets(ctx, f, inst.values.subnets)
    ctx.emit(
      'elb.classic-load-balancer',
      f.finish({
        ...f.base(inst.id, name, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }),
        scheme: f.bool('scheme', 'internal') ? 'internal' : 'internet-facing',
        availabilityZones: [...new Set(zones)].sort(),
        listeners: listeners.sort((a, b) => a.loadBalancerPort - b.loadBalancerPort),
        // The provider turns cross-zone load balancing on unless told otherwise.
        crossZoneLoadBalancing: f.bool('crossZoneLoadBalancing', 'cross_zone_load_balancing') ?? true,
        connectionDraining: f.bool('connectionDraining', 'connection_draining') ?? false,
        // An access_logs block is enabled unless it says otherwise.
        accessLogsEnabled: accessLogs ? accessLogs.enabled === undefined || truthy(accessLogs.enabled) : false,
        desyncMitigationMode: f.str('desyncMitigationMode', 'desync_mitigation_mode') ?? 'defensive',
      }),
      inst,
      joined,
    )
  }
}

export function adaptElb(ctx: AdapterContext): void {
  adaptLoadBalancers(ctx)
  adaptClassic(ctx)
}
