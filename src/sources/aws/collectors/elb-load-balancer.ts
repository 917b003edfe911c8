/**
 * Application, Network and Gateway Load Balancers (ELBv2): DescribeLoadBalancers, then per load
 * balancer its listeners and attributes, and the tags of all of them in batches of 20.
 */
import type { Action, Listener, LoadBalancer as SdkLoadBalancer, TagDescription } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { Unresolved } from '../../../model/common.js'
import type { ElbListener, LoadBalancer } from '../../../model/elb.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'

const CLIENT = { client: 'elasticloadbalancing' as const }

function mapAction(a: Action): ElbListener['defaultActions'][number] {
  return { type: a.Type ?? 'forward', ...(a.Type === 'redirect' && a.RedirectConfig?.Protocol ? { redirectProtocol: a.RedirectConfig.Protocol } : {}) }
}

/** Maps DescribeListeners output. Pure. */
export function mapListeners(listeners: readonly Listener[]): ElbListener[] {
  return listeners
    .map((l) => ({
      id: l.ListenerArn ?? `${l.Port}`,
      port: l.Port ?? 0,
      protocol: l.Protocol ?? '',
      ...(l.SslPolicy ? { sslPolicy: l.SslPolicy } : {}),
      defaultActions: [...(l.DefaultActions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).map(mapAction),
    }))
    .sort((a, b) => a.port - b.port)
}

/**
 * Maps one load balancer with its listeners and attributes (key → value). Attributes absent from
 * the answer keep AWS's defaults; a failed per-load-balancer read marks the fields it feeds. Pure.
 */
export function mapLoadBalancer(lb: SdkLoadBalancer, listeners: Fetched<Listener[]>, attributes: Fetched<Record<string, string>>, tags: Record<string, string> | undefined, where: { region: string; accountId: string }): LoadBalancer {
  const arn = lb.LoadBalancerArn ?? ''
  const type = (lb.Type ?? 'application') as LoadBalancer['type']
  const unresolved: Unresolved = {}
  const attrs = attributes.ok ? attributes.value : {}
  if (!attributes.ok) for (const f of ['deletionProtection', 'accessLogsEnabled', 'dropInvalidHeaderFields', 'desyncMitigationMode']) unresolved[f] = attributes.absent ? 'NotFound (elasticloadbalancing:DescribeLoadBalancerAttributes)' : attributes.reason
  if (!listeners.ok) unresolved.listeners = listeners.absent ? 'NotFound (elasticloadbalancing:DescribeListeners)' : listeners.reason
  const out: LoadBalancer = {
    id: arn,
    arn,
    name: lb.LoadBalancerName ?? arn,
    accountId: where.accountId,
    region: where.region,
    ...(tags && Object.keys(tags).length ? { tags } : {}),
    type,
    scheme: lb.Scheme === 'internal' ? 'internal' : 'internet-facing',
    ...(lb.DNSName ? { dnsName: lb.DNSName } : {}),
    availabilityZones: [...new Set((lb.AvailabilityZones ?? []).flatMap((z) => (z.ZoneName ? [z.ZoneName] : [])))].sort(),
    listeners: listeners.ok ? mapListeners(listeners.value) : [],
    deletionProtection: attrs['deletion_protection.enabled'] === 'true',
    accessLogsEnabled: attrs['access_logs.s3.enabled'] === 'true',
    ...(attrs['access_logs.s3.bucket'] ? { accessLogsBucket: attrs['access_logs.s3.bucket'] } : {}),
    ...(type === 'application'
      ? { dropInvalidHeaderFields: attrs['routing.http.drop_invalid_header_fields.enabled'] === 'true', desyncMitigationMode: attrs['routing.http.desync_mitigation_mode'] || 'defensive' }
      : {}),
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

function tagMap(d: TagDescription): Record<string, string> {
  return Object.fromEntries((d.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
}

/**
 * Every Application, Network and Gateway Load Balancer of the region. One DescribeLoadBalancers
 * listing decides: a region without load balancers costs that one call. It says nothing of
 * Classic Load Balancers, which live in the older API (2012-06-01, elb-classic.ts) and have their
 * own listing; neither API lists the other's load balancers.
 */
export const elbLoadBalancerCollector: Collector = {
  id: 'elb.load-balancer',
  produces: ['elb.load-balancer'],
  actions: ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeTags'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-elastic-load-balancing-v2')
    let lbs: SdkLoadBalancer[]
    try {
      lbs = await collectPages(
        (Marker) => ctx.send(region, 'elasticloadbalancing:DescribeLoadBalancers', new E.DescribeLoadBalancersCommand({ PageSize: 400, ...(Marker ? { Marker } : {}) }), CLIENT),
        (p) => p.NextMarker,
        (p) => p.LoadBalancers,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'elb.load-balancer', region)] }
    }
    if (!lbs.length) return { resources: { 'elb.load-balancer': [] }, gaps: [] }
    const arns = lbs.flatMap((lb) => (lb.LoadBalancerArn ? [lb.LoadBalancerArn] : []))
    const tags = new Map<string, Record<string, string>>()
    for (let i = 0; i < arns.length; i += 20) {
      // Tags are cosmetic here: a failed batch leaves those load balancers untagged, not unknown.
      const r = await fetchOptional(ctx.send(region, 'elasticloadbalancing:DescribeTags', new E.DescribeTagsCommand({ ResourceArns: arns.slice(i, i + 20) }), CLIENT))
      if (r.ok) for (const d of r.value.TagDescriptions ?? []) if (d.ResourceArn) tags.set(d.ResourceArn, tagMap(d))
    }
    const where = { region, accountId: ctx.accountId }
    const out = await Promise.all(
      lbs.map(async (lb) => {
        const LoadBalancerArn = lb.LoadBalancerArn
        const [listeners, attributes] = await Promise.all([
          fetchOptional(
            collectPages(
              (Marker) => ctx.send(region, 'elasticloadbalancing:DescribeListeners', new E.DescribeListenersCommand({ LoadBalancerArn, PageSize: 400, ...(Marker ? { Marker } : {}) }), CLIENT),
              (p) => p.NextMarker,
              (p) => p.Listeners,
            ),
          ),
          fetchOptional(ctx.send(region, 'elasticloadbalancing:DescribeLoadBalancerAttributes', new E.DescribeLoadBalancerAttributesCommand({ LoadBalancerArn }), CLIENT)),
        ])
        const attrs: Fetched<Record<string, string>> = attributes.ok ? { ok: true, value: Object.fromEntries((attributes.value.Attributes ?? []).map((a) => [a.Key ?? '', a.Value ?? ''])) } : attributes
        return mapLoadBalancer(lb, listeners, attrs, LoadBalancerArn ? tags.get(LoadBalancerArn) : undefined, where)
      }),
    )
    return { resources: { 'elb.load-balancer': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
  },
}
