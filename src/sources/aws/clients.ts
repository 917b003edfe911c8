import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'

/** The services clearsky reads; each id is also the service's IAM action prefix. */
export type ServiceId = 'lambda' | 'iam' | 'sts' | 'ec2' | 'kms' | 'cloudtrail' | 'cloudwatch' | 'logs' | 'sqs' | 'sns' | 'guardduty' | 'secretsmanager' | 'ssm' | 'access-analyzer' | 'config' | 'securityhub' | 'macie2' | 'organizations' | 'account' | 's3' | 'apigateway' | 'apigatewayv2' | 's3-control' | 'elasticloadbalancing' | 'elb-classic' | 'cloudfront' | 'acm' | 'wafv2' | 'ecr' | 'ecs' | 'eks' | 'rds' | 'dynamodb' | 'elasticfilesystem' | 'elasticache' | 'es' | 'backup' | 'dax' | 'application-autoscaling'

export const SERVICE_IDS: readonly ServiceId[] = ['lambda', 'iam', 'sts', 'ec2', 'kms', 'cloudtrail', 'cloudwatch', 'logs', 'sqs', 'sns', 'guardduty', 'secretsmanager', 'ssm', 'access-analyzer', 'config', 'securityhub', 'macie2', 'organizations', 'account', 's3', 'apigateway', 'apigatewayv2', 's3-control', 'elasticloadbalancing', 'elb-classic', 'cloudfront', 'acm', 'wafv2', 'ecr', 'ecs', 'eks', 'rds', 'dynamodb', 'elasticfilesystem', 'elasticache', 'es', 'backup', 'dax', 'application-autoscaling']

/** The part of an SDK v3 client the collectors use. */
export interface SdkClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown>
  destroy(): void
}

type ClientClass = new (config: Record<string, unknown>) => SdkClient

// Clients are imported on first use: the EC2 client alone takes about half a second to load,
// and most commands (`checks`, `permissions`, a Lambda-only scan) never need it.
const LOADERS: Record<ServiceId, () => Promise<ClientClass>> = {
  lambda: async () => (await import('@aws-sdk/client-lambda')).LambdaClient as unknown as ClientClass,
  iam: async () => (await import('@aws-sdk/client-iam')).IAMClient as unknown as ClientClass,
  sts: async () => (await import('@aws-sdk/client-sts')).STSClient as unknown as ClientClass,
  ec2: async () => (await import('@aws-sdk/client-ec2')).EC2Client as unknown as ClientClass,
  kms: async () => (await import('@aws-sdk/client-kms')).KMSClient as unknown as ClientClass,
  cloudtrail: async () => (await import('@aws-sdk/client-cloudtrail')).CloudTrailClient as unknown as ClientClass,
  cloudwatch: async () => (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient as unknown as ClientClass,
  logs: async () => (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient as unknown as ClientClass,
  sqs: async () => (await import('@aws-sdk/client-sqs')).SQSClient as unknown as ClientClass,
  sns: async () => (await import('@aws-sdk/client-sns')).SNSClient as unknown as ClientClass,
  guardduty: async () => (await import('@aws-sdk/client-guardduty')).GuardDutyClient as unknown as ClientClass,
  secretsmanager: async () => (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient as unknown as ClientClass,
  ssm: async () => (await import('@aws-sdk/client-ssm')).SSMClient as unknown as ClientClass,
  'access-analyzer': async () => (await import('@aws-sdk/client-accessanalyzer')).AccessAnalyzerClient as unknown as ClientClass,
  config: async () => (await import('@aws-sdk/client-config-service')).ConfigServiceClient as unknown as ClientClass,
  securityhub: async () => (await import('@aws-sdk/client-securityhub')).SecurityHubClient as unknown as ClientClass,
  macie2: async () => (await import('@aws-sdk/client-macie2')).Macie2Client as unknown as ClientClass,
  organizations: async () => (await import('@aws-sdk/client-organizations')).OrganizationsClient as unknown as ClientClass,
  account: async () => (await import('@aws-sdk/client-account')).AccountClient as unknown as ClientClass,
  s3: async () => (await import('@aws-sdk/client-s3')).S3Client as unknown as ClientClass,
  // S3 Control (account-level Block Public Access, access points) authorizes as `s3:`; collectors pick it with `client: 's3-control'`.
  's3-control': async () => (await import('@aws-sdk/client-s3-control')).S3ControlClient as unknown as ClientClass,
  apigateway: async () => (await import('@aws-sdk/client-api-gateway')).APIGatewayClient as unknown as ClientClass,
  // Not an IAM prefix: HTTP APIs authorize as apigateway:GET too; collectors pick it with send's `client` option.
  apigatewayv2: async () => (await import('@aws-sdk/client-apigatewayv2')).ApiGatewayV2Client as unknown as ClientClass,
  // Both load balancer APIs authorize as `elasticloadbalancing:`; the classic one is picked with `client: 'elb-classic'`.
  elasticloadbalancing: async () => (await import('@aws-sdk/client-elastic-load-balancing-v2')).ElasticLoadBalancingV2Client as unknown as ClientClass,
  'elb-classic': async () => (await import('@aws-sdk/client-elastic-load-balancing')).ElasticLoadBalancingClient as unknown as ClientClass,
  cloudfront: async () => (await import('@aws-sdk/client-cloudfront')).CloudFrontClient as unknown as ClientClass,
  acm: async () => (await import('@aws-sdk/client-acm')).ACMClient as unknown as ClientClass,
  wafv2: async () => (await import('@aws-sdk/client-wafv2')).WAFV2Client as unknown as ClientClass,
  ecr: async () => (await import('@aws-sdk/client-ecr')).ECRClient as unknown as ClientClass,
  ecs: async () => (await import('@aws-sdk/client-ecs')).ECSClient as unknown as ClientClass,
  eks: async () => (await import('@aws-sdk/client-eks')).EKSClient as unknown as ClientClass,
  rds: async () => (await import('@aws-sdk/client-rds')).RDSClient as unknown as ClientClass,
  dynamodb: async () => (await import('@aws-sdk/client-dynamodb')).DynamoDBClient as unknown as ClientClass,
  elasticfilesystem: async () => (await import('@aws-sdk/client-efs')).EFSClient as unknown as ClientClass,
  elasticache: async () => (await import('@aws-sdk/client-elasticache')).ElastiCacheClient as unknown as ClientClass,
  // OpenSearch Service (and legacy Elasticsearch) authorizes as `es:`.
  es: async () => (await import('@aws-sdk/client-opensearch')).OpenSearchClient as unknown as ClientClass,
  backup: async () => (await import('@aws-sdk/client-backup')).BackupClient as unknown as ClientClass,
  dax: async () => (await import('@aws-sdk/client-dax')).DAXClient as unknown as ClientClass,
  'application-autoscaling': async () => (await import('@aws-sdk/client-application-auto-scaling')).ApplicationAutoScalingClient as unknown as ClientClass,
}

export interface ClientSettings {
  credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity
  /** Named profile: the SDK then also reads that profile's region and endpoint settings. */
  profile?: string
  /** Per-attempt timeout for connecting and for the whole request, in ms. */
  requestTimeoutMs: number
  /** SDK attempts per call, first try included. */
  maxAttempts: number
  /** Sockets per client (one client per service and region). */
  maxSockets: number
  /**
   * The SDK's retry mode; default `standard`. clearsky paces every call with its own token
   * bucket per API family (data/aws-api-rates.json), which is what `adaptive` mode would add.
   * `adaptive` keeps one rate limiter per client (service × region), so one throttled family
   * slows every other family of the service, and a throttle early in a scan, before the client
   * has measured its rate, drops it to about one request per second (measured: a scan through
   * 10% throttling took 18 s with `adaptive`, 8 s with `standard`; bench/README.md).
   */
  retryMode?: 'standard' | 'adaptive'
}

/** Reads the tunables from the environment (tests shorten the timeout). */
export function clientSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Omit<ClientSettings, 'credentials' | 'profile'> {
  const num = (v: string | undefined, dflt: number, min: number) => {
    const n = v === undefined || v === '' ? NaN : Number(v)
    return Number.isFinite(n) && n >= min ? Math.floor(n) : dflt
  }
  return {
    requestTimeoutMs: num(env.CLEARSKY_REQUEST_TIMEOUT_MS, 10_000, 1),
    maxAttempts: num(env.CLEARSKY_MAX_ATTEMPTS, 6, 1),
    maxSockets: num(env.CLEARSKY_MAX_SOCKETS, 32, 1),
    ...(env.CLEARSKY_RETRY_MODE === 'adaptive' ? { retryMode: 'adaptive' as const } : {}),
  }
}

/**
 * One SDK client per service × region, created on first use and configured the same way:
 * the standard credential chain (or the given credentials), standard retries with a bounded
 * number of attempts (pacing is the token buckets' job, see `retryMode`), a timeout on every
 * request and a bounded socket pool. No `endpoint` is
 * passed, so AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> keep working (emulators, tests);
 * for S3 Control on an IP-address endpoint see {@link keepIpLiteralEndpoints}.
 */
export class ClientPool {
  private readonly clients = new Map<string, Promise<SdkClient>>()
  constructor(private readonly settings: ClientSettings) {}

  get(service: ServiceId, region: string): Promise<SdkClient> {
    const key = `${service}|${region}`
    let client = this.clients.get(key)
    if (!client) {
      client = LOADERS[service]().then((Client) => {
        // Directory bucket reads (lifecycle) are Regional endpoint operations, signed with plain
        // SigV4 on AWS's endpoints. On a custom endpoint (an emulator) the SDK would first call
        // CreateSession, an extra action the scan does not declare: keep to plain SigV4 there too.
        const c = new Client({ ...this.config(region), ...(service === 's3' ? { disableS3ExpressSessionAuth: true } : {}) })
        if (service === 's3-control') keepIpLiteralEndpoints(c)
        return c
      })
      this.clients.set(key, client)
    }
    return client
  }

  private config(region: string): Record<string, unknown> {
    const s = this.settings
    const agent = { keepAlive: true, maxSockets: s.maxSockets }
    return {
      region,
      credentials: s.credentials,
      ...(s.profile ? { profile: s.profile } : {}),
      retryMode: s.retryMode ?? 'standard',
      maxAttempts: s.maxAttempts,
      requestHandler: new NodeHttpHandler({
        connectionTimeout: s.requestTimeoutMs,
        requestTimeout: s.requestTimeoutMs,
        throwOnRequestTimeout: true,
        httpAgent: new HttpAgent(agent),
        httpsAgent: new HttpsAgent(agent),
      }),
    }
  }

  /** Closes every keep-alive socket so the process can exit. */
  async destroy(): Promise<void> {
    const all = [...this.clients.values()]
    this.clients.clear()
    for (const c of await Promise.allSettled(all)) if (c.status === 'fulfilled') c.value.destroy()
  }
}

/** What an SDK v3 endpoint provider is given and returns (the parts used here). */
type EndpointProvider = (params: Record<string, unknown>, context?: Record<string, unknown>) => { url: URL; [k: string]: unknown }

/** A host name that stands in for an IP address while the SDK's rules build the URL (`.invalid` never resolves: RFC 2606). */
const IP_STAND_IN = 'ip-literal-endpoint.invalid'

/** True for `http://127.0.0.1:4566`, `http://[::1]:4566` …: an endpoint whose host is an IP address. */
export function hasIpLiteralHost(endpoint: string): boolean {
  let host: string
  try {
    host = new URL(endpoint).hostname
  } catch {
    return false
  }
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')
}

/**
 * S3 Control's endpoint rules put the account id in front of the host (`https://{AccountId}.<endpoint>`),
 * for a custom endpoint (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_S3_CONTROL, a profile's endpoint_url)
 * too. When that endpoint's host is an IP address (an emulator or a test server on 127.0.0.1),
 * `123456789012.127.0.0.1` is no URL: the SDK prints "Failed to construct URL" with a stack on
 * stderr and the call fails. Such an endpoint is used as it is instead: the rules run on a
 * stand-in host, so that the signing properties and headers stay the SDK's own, and the IP
 * address replaces the stand-in (prefix included) in the result. The account is still named, by
 * the `x-amz-account-id` header every S3 Control request carries. AWS's own endpoints, and custom
 * endpoints with a host name, go through the SDK's rules unchanged.
 */
export function keepIpLiteralEndpoints(client: SdkClient): void {
  const config = (client as unknown as { config?: { endpointProvider?: EndpointProvider } }).config
  const resolve = config?.endpointProvider
  if (!config || typeof resolve !== 'function') return
  config.endpointProvider = (params, context) => {
    const custom = params.Endpoint
    if (typeof custom !== 'string' || !hasIpLiteralHost(custom)) return resolve(params, context)
    const original = new URL(custom)
    // String replacement, not URL.hostname: the rest of the endpoint (a trailing slash or not) stays as given.
    const result = resolve({ ...params, Endpoint: custom.replace(original.hostname, IP_STAND_IN) }, context)
    const url = new URL(result.url.toString())
    if (url.hostname === IP_STAND_IN || url.hostname.endsWith(`.${IP_STAND_IN}`)) url.hostname = original.hostname
    return { ...result, url }
  }
}
