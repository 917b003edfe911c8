/**
 * Classic Load Balancers: DescribeLoadBalancers (listeners, zones, policy names), then per load
 * balancer its attributes and, when it has HTTPS/SSL listeners, its SSL negotiation policies.
 */
import type { LoadBalancerAttributes, LoadBalancerDescription, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing'
import type { Unresolved } from '../../../model/common.js'
import type { ClassicListener, ClassicLoadBalancer } from '../../../model/elb.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'

const CLIENT = { client: 'elb-classic' as const }
const SECURE = new Set(['HTTPS', 'SSL'])

/** The SSL negotiation policy of a listener: the predefined policy it references, or the protocols it enables. Pure. */
export function listenerTls(policyNames: readonly string[], policies: readonly PolicyDescription[]): ClassicListener['tls'] {
  const ssl = policies.find((p) => policyNames.includes(p.PolicyName ?? '') && p.PolicyTypeName === 'SSLNegotiationPolicyType')
  if (!ssl) return undefined
  const attrs = ssl.PolicyAttributeDescriptions ?? []
  const reference = attrs.find((a) => a.AttributeName === 'Reference-Security-Policy')?.AttributeValue
  const protocols = attrs.filter((a) => a.AttributeName?.startsWith('Protocol-') && a.AttributeValue === 'true').map((a) => a.AttributeName!)
  return { ...(ssl.PolicyName ? { policyName: ssl.PolicyName } : {}), ...(reference ? { referencePolicy: reference } : {}), protocols }
}

/** Maps one Classic Load Balancer. Pure. */
export function mapClassicLoadBalancer(lb: LoadBalancerDescription, attributes: Fetched<LoadBalancerAttributes>, policies: Fetched<PolicyDescription[]> | undefined, where: { region: string; accountId: string; partition: string }): ClassicLoadBalancer {
  const name = lb.LoadBalancerName ?? ''
  const arn = `arn:${where.partition}:elasticloadbalancing:${where.region}:${where.accountId}:loadbalancer/${name}`
  const unresolved: Unresolved = {}
  const a = attributes.ok ? attributes.value : {}
  if (!attributes.ok) for (const f of ['crossZoneLoadBalancing', 'connectionDraining', 'accessLogsEnabled', 'desyncMitigationMode']) unresolved[f] = attributes.absent ? 'NotFound (elasticloadbalancing:DescribeLoadBalancerAttributes)' : attributes.reason
  if (policies && !policies.ok) unresolved.listeners = policies.absent ? 'NotFound (elasticloadbalancing:DescribeLoadBalancerPolicies)' : policies.reason
  const listeners: ClassicListener[] = (lb.ListenerDescriptions ?? []).flatMap((d) => {
    const l = d.Listener
    if (!l) return []
    const protocol = (l.Protocol ?? '').toUpperCase()
    const tls = SECURE.has(protocol) && policies?.ok ? listenerTls(d.PolicyNames ?? [], policies.value) : undefined
    return [{
      loadBalancerPort: l.LoadBalancerPort ?? 0,
      protocol,
      ...(l.InstancePort !== undefined ? { instancePort: l.InstancePort } : {}),
      ...(l.InstanceProtocol ? { instanceProtocol: l.InstanceProtocol.toUpperCase() } : {}),
      ...(l.SSLCertificateId ? { sslCertificateId: l.SSLCertificateId } : {}),
      ...(tls ? { tls } : {}),
    }]
  })
  const desync = a.AdditionalAttributes?.find((x) => x.Key === 'elb.http.desyncmitigationmode')?.Value
  const out: ClassicLoadBalancer = {
    id: arn,
    arn,
    name,
    accountId: where.accountId,
    region: where.region,
    scheme: lb.Scheme === 'internal' ? 'internal' : 'internet-facing',
    ...(lb.DNSName ? { dnsName: lb.DNSName } : {}),
    availabilityZones: [...(lb.AvailabilityZones ?? [])].sort(),
    listeners: listeners.sort((x, y) => x.loadBalancerPort - y.loadBalancerPort),
    crossZoneLoadBalancing: a.CrossZoneLoadBalancing?.Enabled ?? false,
    connectionDraining: a.ConnectionDraining?.Enabled ?? false,
    accessLogsEnabled: a.AccessLog?.Enabled ?? false,
    desyncMitigationMode: desync || 'defensive',
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

/**
 * Every Classic Load Balancer of the region; one DescribeLoadBalancers call (API 2012-06-01) when
 * there is none. The ELBv2 listing (elb-load-balancer.ts) does not include Classic Load Balancers,
 * so it cannot stand in for this call, nor this one for it.
 */
export const elbClassicLoadBalancerCollector: Collector = {
  id: 'elb.classic-load-balancer',
  produces: ['elb.classic-load-balancer'],
  actions: ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerPolicies'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-elastic-load-balancing')
    let lbs: LoadBalancerDescription[]
    try {
      lbs = await collectPages(
        (Marker) => ctx.send(region, 'elasticloadbalancing:DescribeLoadBalancers', new E.DescribeLoadBalancersCommand({ PageSize: 400, ...(Marker ? { Marker } : {}) }), CLIENT),
        (p) => p.NextMarker,
        (p) => p.LoadBalancerDescriptions,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'elb.classic-load-balancer', region)] }
    }
    const where = { region, accountId: ctx.accountId, partition: ctx.partition }
    const out = await Promise.all(
      lbs.map(async (lb) => {
        const LoadBalancerName = lb.LoadBalancerName
        const secure = (lb.ListenerDescriptions ?? []).some((d) => SECURE.has((d.Listener?.Protocol ?? '').toUpperCase()))
        const [attrs, policies] = await Promise.all([
          fetchOptional(ctx.send(region, 'elasticloadbalancing:DescribeLoadBalancerAttributes', new E.DescribeLoadBalancerAttributesCommand({ LoadBalancerName }), CLIENT)),
          secure ? fetchOptional(ctx.send(region, 'elasticloadbalancing:DescribeLoadBalancerPolicies', new E.DescribeLoadBalancerPoliciesCommand({ LoadBalancerName }), CLIENT)) : Promise.resolve(undefined),
        ])
        const attributes: Fetched<LoadBalancerAttributes> = attrs.ok ? { ok: true, value: attrs.value.LoadBalancerAttributes ?? {} } : attrs
        const pol: Fetched<PolicyDescription[]> | undefined = policies === undefined ? undefined : policies.ok ? { ok: true, value: policies.value.PolicyDescriptions ?? [] } : policies
        return mapClassicLoadBalancer(lb, attributes, pol, where)
      }),
    )
    return { resources: { 'elb.classic-load-balancer': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
  },
}
