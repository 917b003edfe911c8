/**
 * Elastic Load Balancing, both APIs under the one signing name `elasticloadbalancing` (AWS query
 * protocol): version 2015-12-01 (Application/Network/Gateway Load Balancers) and 2012-06-01
 * (Classic Load Balancers). Operations with the same name (DescribeLoadBalancers,
 * DescribeLoadBalancerAttributes) answer by the request's Version.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import type { CallContext, Input, ServiceDef } from './types.js'

export interface FixtureElbListener {
  port: number
  protocol: 'HTTP' | 'HTTPS' | 'TCP' | 'TLS' | 'UDP' | 'TCP_UDP' | 'GENEVE'
  sslPolicy?: string
  /** Default action: forward (default) or a redirect to the given protocol. */
  redirectTo?: string
}

export interface FixtureLoadBalancer {
  name: string
  type?: 'application' | 'network' | 'gateway'
  scheme?: 'internet-facing' | 'internal'
  zones: string[]
  listeners: FixtureElbListener[]
  /** Attributes by key (`deletion_protection.enabled` …); AWS defaults for the rest. */
  attributes?: Record<string, string>
}

export interface FixtureClassicLoadBalancer {
  name: string
  zones: string[]
  listeners: { port: number; protocol: 'HTTP' | 'HTTPS' | 'TCP' | 'SSL'; instancePort?: number; certificateId?: string; policyNames?: string[] }[]
  /** SSL negotiation policies by name: a reference policy, or the protocols they enable. */
  policies?: { name: string; referencePolicy?: string; protocols?: string[] }[]
  crossZone?: boolean
  connectionDraining?: boolean
  accessLog?: boolean
  desyncMitigationMode?: string
}

declare module '../fixture.js' {
  interface FixtureRegion {
    loadBalancers?: FixtureLoadBalancer[]
    classicLoadBalancers?: FixtureClassicLoadBalancer[]
  }
}

const V2 = '2015-12-01'
const CLASSIC = '2012-06-01'
const isClassic = (input: Input) => input.Version === CLASSIC

const lbArn = (ctx: CallContext, lb: FixtureLoadBalancer) => `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.accountId}:loadbalancer/${{ application: 'app', network: 'net', gateway: 'gwy' }[lb.type ?? 'application']}/${lb.name}/50dc6c495c0c9188`

const DEFAULT_ATTRIBUTES: Record<string, Record<string, string>> = {
  application: { 'deletion_protection.enabled': 'false', 'access_logs.s3.enabled': 'false', 'routing.http.drop_invalid_header_fields.enabled': 'false', 'routing.http.desync_mitigation_mode': 'defensive' },
  network: { 'deletion_protection.enabled': 'false', 'access_logs.s3.enabled': 'false' },
  gateway: { 'deletion_protection.enabled': 'false' },
}

function v2(ctx: CallContext, arn: unknown): FixtureLoadBalancer {
  const lb = (ctx.data.loadBalancers ?? []).find((l) => lbArn(ctx, l) === arn)
  if (!lb) throw new ApiError('LoadBalancerNotFound', `One or more load balancers not found`, 400)
  return lb
}

function classic(ctx: CallContext, name: unknown): FixtureClassicLoadBalancer {
  const lb = (ctx.data.classicLoadBalancers ?? []).find((l) => l.name === name)
  if (!lb) throw new ApiError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${String(name)}'`, 400)
  return lb
}

const page = <T>(items: T[], input: Input, ctx: CallContext, op: string) => paginate(items, { token: input.Marker, requested: input.PageSize, defaultSize: 400, maxSize: 400, fixtureMax: ctx.fixturePageSize(op), tokenName: 'Marker', errorCode: 'ValidationError' })

export const elb: ServiceDef = {
  signingName: 'elasticloadbalancing',
  iamPrefix: 'elasticloadbalancing',
  protocol: 'query',
  xmlns: `http://elasticloadbalancing.amazonaws.com/doc/${V2}/`,
  defaultFamily: 'describe',
  errors: {
    accessDenied: { code: 'AccessDenied', status: 403 },
    throttling: { code: 'Throttling', status: 400 },
    invalidToken: { code: 'InvalidClientTokenId', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalFailure' },
    unavailable: { code: 'ServiceUnavailable' },
  },
  operations: {
    DescribeLoadBalancers: {
      handle(input, ctx) {
        if (isClassic(input)) {
          const p = page(ctx.data.classicLoadBalancers ?? [], input, ctx, 'DescribeLoadBalancers')
          return {
            LoadBalancerDescriptions: p.items.map((lb) => ({
              LoadBalancerName: lb.name,
              DNSName: `${lb.name}-123456789.${ctx.region}.elb.amazonaws.com`,
              Scheme: 'internet-facing',
              AvailabilityZones: lb.zones,
              ListenerDescriptions: lb.listeners.map((l) => ({
                Listener: { Protocol: l.protocol, LoadBalancerPort: l.port, InstanceProtocol: l.protocol === 'HTTPS' ? 'HTTP' : l.protocol === 'SSL' ? 'TCP' : l.protocol, InstancePort: l.instancePort ?? 80, ...(l.certificateId ? { SSLCertificateId: l.certificateId } : {}) },
                PolicyNames: l.policyNames ?? [],
              })),
              Policies: { OtherPolicies: (lb.policies ?? []).map((x) => x.name) },
              CreatedTime: new Date('2021-03-01T00:00:00Z'),
            })),
            NextMarker: p.next,
          }
        }
        const p = page(ctx.data.loadBalancers ?? [], input, ctx, 'DescribeLoadBalancers')
        return {
          LoadBalancers: p.items.map((lb) => ({
            LoadBalancerArn: lbArn(ctx, lb),
            LoadBalancerName: lb.name,
            DNSName: `${lb.name}-123456789.${ctx.region}.elb.amazonaws.com`,
            Scheme: lb.scheme ?? 'internet-facing',
            Type: lb.type ?? 'application',
            State: { Code: 'active' },
            AvailabilityZones: lb.zones.map((z, i) => ({ ZoneName: z, SubnetId: `subnet-0e1b${String(i).padStart(13, '0')}` })),
          })),
          NextMarker: p.next,
        }
      },
    },
    DescribeListeners: {
      resource: (input) => String(input.LoadBalancerArn ?? ''),
      handle(input, ctx) {
        const lb = v2(ctx, input.LoadBalancerArn)
        const arn = lbArn(ctx, lb)
        const p = page(lb.listeners, input, ctx, 'DescribeListeners')
        return {
          Listeners: p.items.map((l) => ({
            ListenerArn: `${arn.replace(':loadbalancer/', ':listener/')}/${l.port}`,
            LoadBalancerArn: arn,
            Port: l.port,
            Protocol: l.protocol,
            ...(l.sslPolicy ? { SslPolicy: l.sslPolicy } : {}),
            DefaultActions: [l.redirectTo ? { Type: 'redirect', Order: 1, RedirectConfig: { Protocol: l.redirectTo, Port: '443', StatusCode: 'HTTP_301' } } : { Type: 'forward', Order: 1, TargetGroupArn: `${arn.replace(':loadbalancer/', ':targetgroup/')}` }],
          })),
          NextMarker: p.next,
        }
      },
    },
    DescribeLoadBalancerAttributes: {
      resource: (input) => String(input.LoadBalancerArn ?? input.LoadBalancerName ?? ''),
      handle(input, ctx) {
        if (isClassic(input)) {
          const lb = classic(ctx, input.LoadBalancerName)
          return {
            LoadBalancerAttributes: {
              CrossZoneLoadBalancing: { Enabled: lb.crossZone ?? false },
              AccessLog: { Enabled: lb.accessLog ?? false, ...(lb.accessLog ? { S3BucketName: 'elb-logs', EmitInterval: 60 } : {}) },
              ConnectionDraining: { Enabled: lb.connectionDraining ?? false, Timeout: 300 },
              ConnectionSettings: { IdleTimeout: 60 },
              AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: lb.desyncMitigationMode ?? 'defensive' }],
            },
          }
        }
        const lb = v2(ctx, input.LoadBalancerArn)
        const attrs = { ...DEFAULT_ATTRIBUTES[lb.type ?? 'application'], ...(lb.attributes ?? {}) }
        return { Attributes: Object.entries(attrs).map(([Key, Value]) => ({ Key, Value })) }
      },
    },
    DescribeTags: {
      handle(input, ctx) {
        const arns = ((input.ResourceArns as { member?: string[] } | undefined)?.member ?? []) as string[]
        return { TagDescriptions: arns.map((a) => ({ ResourceArn: a, Tags: [{ Key: 'app', Value: (ctx.data.loadBalancers ?? []).find((l) => lbArn(ctx, l) === a)?.name ?? '' }] })) }
      },
    },
    DescribeLoadBalancerPolicies: {
      resource: (input) => String(input.LoadBalancerName ?? ''),
      handle(input, ctx) {
        const lb = classic(ctx, input.LoadBalancerName)
        return {
          PolicyDescriptions: (lb.policies ?? []).map((p) => ({
            PolicyName: p.name,
            PolicyTypeName: 'SSLNegotiationPolicyType',
            PolicyAttributeDescriptions: [
              ...(p.referencePolicy ? [{ AttributeName: 'Reference-Security-Policy', AttributeValue: p.referencePolicy }] : []),
              ...['Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1', 'Protocol-TLSv1.2'].map((n) => ({ AttributeName: n, AttributeValue: String((p.protocols ?? []).includes(n)) })),
            ],
          })),
        }
      },
    },
  },
}

export const ELB_API_VERSIONS = { v2: V2, classic: CLASSIC }
