/**
 * Load balancers from templates → `elb.load-balancer` (AWS::ElasticLoadBalancingV2::LoadBalancer
 * with its AWS::ElasticLoadBalancingV2::Listener resources) and `elb.classic-load-balancer`
 * (AWS::ElasticLoadBalancing::LoadBalancer with its inline listeners and policies). Attributes a
 * template leaves out get AWS's defaults; Availability Zones come from the template's subnets.
 */
import type { ClassicListener, ElbListener, LoadBalancer } from '../../../model/elb.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asBoolean, asNumber, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

/** Availability Zones of subnets given by id: only known when every subnet is in the template with a literal zone. */
function zonesOfSubnets(stack: Stack, f: Fields, subnets: unknown): string[] {
  if (isUnresolved(subnets)) {
    f.mark('availabilityZones', subnets.reason)
    return []
  }
  const zones = new Set<string>()
  for (const s of Array.isArray(subnets) ? subnets : []) {
    const id = isRecord(s) ? s.SubnetId : s
    const subnet = isUnresolved(id) ? undefined : [...stack.ofType('AWS::EC2::Subnet')].find((r) => String(stack.ref(r)) === String(id))
    const zone = subnet ? stack.props(subnet).AvailabilityZone : undefined
    if (!subnet || zone === undefined || isUnresolved(zone)) {
      f.mark('availabilityZones', `the Availability Zone of subnet ${isUnresolved(id) ? id.reason : String(id)} is not known from the template`)
      continue
    }
    const z = asString(zone)
    if (z) zones.add(z)
  }
  return [...zones].sort()
}

function attributes(f: Fields, raw: unknown): Map<string, { value: unknown; index: number }> {
  const out = new Map<string, { value: unknown; index: number }>()
  if (isUnresolved(raw)) {
    for (const k of ['deletionProtection', 'accessLogsEnabled', 'dropInvalidHeaderFields', 'desyncMitigationMode']) f.mark(k, raw.reason)
    return out
  }
  ;(Array.isArray(raw) ? raw : []).forEach((a, index) => {
    if (isRecord(a) && typeof a.Key === 'string') out.set(a.Key, { value: a.Value, index })
  })
  return out
}

function listenersOf(stack: Stack, f: Fields, lb: TemplateResource): { listeners: ElbListener[]; joined: TemplateResource[] } {
  const ref = String(stack.ref(lb))
  const listeners: ElbListener[] = []
  const joined: TemplateResource[] = []
  for (const l of stack.ofType('AWS::ElasticLoadBalancingV2::Listener')) {
    const props = stack.props(l)
    if (isUnresolved(props.LoadBalancerArn)) {
      f.mark('listeners', `${l.logicalId}: LoadBalancerArn ${props.LoadBalancerArn.reason}`)
      continue
    }
    if (String(props.LoadBalancerArn) !== ref) continue
    joined.push(l)
    f.locateResource('listeners', l)
    for (const k of ['Port', 'Protocol', 'SslPolicy', 'DefaultActions']) if (isUnresolved(props[k])) f.mark('listeners', `${l.logicalId}.${k}: ${(props[k] as { reason: string }).reason}`)
    const actions = (Array.isArray(props.DefaultActions) ? props.DefaultActions : []).filter(isRecord)
    actions.sort((a, b) => (asNumber(a.Order) ?? 0) - (asNumber(b.Order) ?? 0))
    listeners.push({
      id: stack.resourceId(l),
      port: asNumber(props.Port) ?? 0,
      protocol: asString(props.Protocol) ?? '',
      ...(asString(props.SslPolicy) ? { sslPolicy: asString(props.SslPolicy)! } : {}),
      defaultActions: actions.map((a) => {
        const type = asString(a.Type) ?? 'forward'
        const protocol = isRecord(a.RedirectConfig) ? a.RedirectConfig.Protocol : undefined
        if (isUnresolved(protocol)) f.mark('listeners', `${l.logicalId}: redirect protocol ${protocol.reason}`)
        return { type, ...(type === 'redirect' ? { redirectProtocol: isUnresolved(protocol) ? PLACEHOLDER : (asString(protocol) ?? '#{protocol}') } : {}) }
      }),
    })
  }
  return { listeners: listeners.sort((a, b) => a.port - b.port), joined }
}

function adaptLoadBalancers(stack: Stack): void {
  for (const res of stack.ofType('AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    const f = stack.fields(res)
    const props = stack.props(res)
    const type = (f.str('type', ['Type']) ?? 'application') as LoadBalancer['type']
    const attrs = attributes(f, props.LoadBalancerAttributes)
    const attr = (model: string, key: string): string | undefined => {
      const a = attrs.get(key)
      if (!a) return undefined
      f.locate(model, ['LoadBalancerAttributes', a.index])
      if (isUnresolved(a.value)) {
        f.mark(model, a.value.reason)
        return PLACEHOLDER
      }
      return asString(a.value)
    }
    const { listeners, joined } = listenersOf(stack, f, res)
    const bucket = attr('accessLogsBucket', 'access_logs.s3.bucket')
    const lb: LoadBalancer = {
      ...f.base(stack.resourceId(res), f.str('name', ['Name']) ?? res.logicalId, { arn: String(stack.ref(res)) }),
      type,
      scheme: f.str('scheme', ['Scheme']) === 'internal' ? 'internal' : 'internet-facing',
      availabilityZones: zonesOfSubnets(stack, f, props.Subnets ?? props.SubnetMappings),
      listeners,
      deletionProtection: attr('deletionProtection', 'deletion_protection.enabled') === 'true',
      accessLogsEnabled: attr('accessLogsEnabled', 'access_logs.s3.enabled') === 'true',
      ...(bucket ? { accessLogsBucket: bucket } : {}),
      ...(type === 'application' ? { dropInvalidHeaderFields: attr('dropInvalidHeaderFields', 'routing.http.drop_invalid_header_fields.enabled') === 'true', desyncMitigationMode: attr('desyncMitigationMode', 'routing.http.desync_mitigation_mode') ?? 'defensive' } : {}),
    }
    stack.emit('elb.load-balancer', f.finish(lb), res, joined)
  }
}

function adaptClassicLoadBalancers(stack: Stack): void {
  for (const res of stack.ofType('AWS::ElasticLoadBalancing::LoadBalancer')) {
    const f = stack.fields(res)
    const props = stack.props(res)
    const policies = Array.isArray(props.Policies) ? props.Policies.filter(isRecord) : []
    if (isUnresolved(props.Policies)) f.mark('listeners', props.Policies.reason)
    const rawListeners = props.Listeners
    if (isUnresolved(rawListeners)) f.mark('listeners', rawListeners.reason)
    f.locate('listeners', ['Listeners'])
    const listeners: ClassicListener[] = (Array.isArray(rawListeners) ? rawListeners : []).filter(isRecord).map((l) => {
      for (const [k, v] of Object.entries(l)) if (isUnresolved(v)) f.mark('listeners', `${k}: ${v.reason}`)
      const protocol = (asString(l.Protocol) ?? '').toUpperCase()
      const names = (Array.isArray(l.PolicyNames) ? l.PolicyNames : []).map((n) => asString(n) ?? '')
      const ssl = policies.find((p) => names.includes(asString(p.PolicyName) ?? '') && asString(p.PolicyType) === 'SSLNegotiationPolicyType')
      const attrs = ssl && Array.isArray(ssl.Attributes) ? ssl.Attributes.filter(isRecord) : []
      const reference = attrs.find((a) => a.Name === 'Reference-Security-Policy')?.Value
      const tls = ssl ? { policyName: asString(ssl.PolicyName) ?? '', ...(asString(reference) ? { referencePolicy: asString(reference)! } : {}), protocols: attrs.filter((a) => String(a.Name).startsWith('Protocol-') && asBoolean(a.Value) === true).map((a) => String(a.Name)) } : undefined
      return {
        loadBalancerPort: asNumber(l.LoadBalancerPort) ?? 0,
        protocol,
        ...(asNumber(l.InstancePort) !== undefined ? { instancePort: asNumber(l.InstancePort)! } : {}),
        ...(asString(l.InstanceProtocol) ? { instanceProtocol: asString(l.InstanceProtocol)!.toUpperCase() } : {}),
        ...(asString(l.SSLCertificateId) ? { sslCertificateId: asString(l.SSLCertificateId)! } : {}),
        ...(tls ? { tls } : {}),
      }
    })
    const zones = props.AvailabilityZones !== undefined ? (f.strList('availabilityZones', ['AvailabilityZones']) ?? []) : zonesOfSubnets(stack, f, props.Subnets)
    const out = {
      ...f.base(stack.resourceId(res), f.str('name', ['LoadBalancerName']) ?? res.logicalId, { arn: `arn:${stack.options.partition}:elasticloadbalancing:${stack.region}:${stack.options.accountId}:loadbalancer/${String(stack.ref(res))}` }),
      scheme: (f.str('scheme', ['Scheme']) === 'internal' ? 'internal' : 'internet-facing') as 'internal' | 'internet-facing',
      availabilityZones: [...new Set(zones)].sort(),
      listeners: listeners.sort((a, b) => a.loadBalancerPort - b.loadBalancerPort),
      crossZoneLoadBalancing: f.bool('crossZoneLoadBalancing', ['CrossZone']) ?? false,
      connectionDraining: f.bool('connectionDraining', ['ConnectionDrainingPolicy', 'Enabled']) ?? false,
      accessLogsEnabled: f.bool('accessLogsEnabled', ['AccessLoggingPolicy', 'Enabled']) ?? false,
      // CloudFormation has no property for the desync mode: it stays at AWS's default.
      desyncMitigationMode: 'defensive',
    }
    stack.emit('elb.classic-load-balancer', f.finish(out), res)
  }
}

export function adaptElb(stack: Stack): void {
  adaptLoadBalancers(stack)
  adaptClassicLoadBalancers(stack)
}
