import type { ResourceBase } from './common.js'

/** One action of a listener's default actions (ELBv2). */
export interface ElbListenerAction {
  /** `forward`, `redirect`, `fixed-response`, `authenticate-oidc`, `authenticate-cognito`. */
  type: string
  /** Redirect actions: the protocol redirected to (`HTTPS`, `HTTP` or `#{protocol}`, which keeps the request's). */
  redirectProtocol?: string
}

/** One listener of an Application, Network or Gateway Load Balancer. */
export interface ElbListener {
  /** Listener ARN (live) or the template's listener id. */
  id: string
  port: number
  /** `HTTP`, `HTTPS` (ALB); `TCP`, `TLS`, `UDP`, `TCP_UDP` (NLB); `GENEVE` (GWLB). */
  protocol: string
  /** HTTPS/TLS listeners: the security policy (`ELBSecurityPolicy-TLS13-1-2-2021-06` …). */
  sslPolicy?: string
  defaultActions: ElbListenerAction[]
}

/**
 * `elb.load-balancer`: an Application, Network or Gateway Load Balancer (ELBv2) with its listeners
 * and the attributes the checks read. Sources apply AWS's defaults for attributes left unset.
 */
export interface LoadBalancer extends ResourceBase {
  type: 'application' | 'network' | 'gateway'
  scheme: 'internet-facing' | 'internal'
  dnsName?: string
  /** Availability Zones of its subnets. */
  availabilityZones: string[]
  listeners: ElbListener[]
  /** `deletion_protection.enabled` (default false). */
  deletionProtection: boolean
  /** `access_logs.s3.enabled` (default false). */
  accessLogsEnabled: boolean
  accessLogsBucket?: string
  /** ALB only: `routing.http.drop_invalid_header_fields.enabled` (default false). */
  dropInvalidHeaderFields?: boolean
  /** ALB only: `routing.http.desync_mitigation_mode`: `monitor`, `defensive` (default) or `strictest`. */
  desyncMitigationMode?: string
}

/** One listener of a Classic Load Balancer. */
export interface ClassicListener {
  loadBalancerPort: number
  /** Front-end protocol: `HTTP`, `HTTPS`, `TCP` or `SSL`. */
  protocol: string
  instancePort?: number
  instanceProtocol?: string
  /** HTTPS/SSL listeners: the certificate (an ACM or IAM server certificate ARN). */
  sslCertificateId?: string
  /**
   * HTTPS/SSL listeners: the SSL negotiation policy in force. `referencePolicy` is the predefined
   * policy it copies (`ELBSecurityPolicy-TLS-1-2-2017-01`); `protocols` the protocols it enables
   * (`Protocol-TLSv1.2` …) when the policy was built by hand. Absent when unknown.
   */
  tls?: { policyName?: string; referencePolicy?: string; protocols?: string[] }
}

/** `elb.classic-load-balancer`: a Classic Load Balancer with its listeners and attributes (AWS defaults applied). */
export interface ClassicLoadBalancer extends ResourceBase {
  scheme: 'internet-facing' | 'internal'
  dnsName?: string
  availabilityZones: string[]
  listeners: ClassicListener[]
  /** CrossZoneLoadBalancing (default false for load balancers created through the API or templates). */
  crossZoneLoadBalancing: boolean
  /** ConnectionDraining (default false through the API and templates). */
  connectionDraining: boolean
  accessLogsEnabled: boolean
  /** `elb.http.desyncmitigationmode`: `monitor`, `defensive` (default) or `strictest`. */
  desyncMitigationMode?: string
}
