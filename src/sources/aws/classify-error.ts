/**
 * Turns whatever an SDK call threw into one of a few kinds the collectors act on. The SDK
 * reports the AWS error code as `err.name` (and sometimes `err.Code` / `err.code`), the HTTP
 * status in `err.$metadata.httpStatusCode`, and its own transport failures with Node error
 * codes (ETIMEDOUT, ENOTFOUND …).
 */

/** What went wrong, as far as a collector needs to know. */
export type ErrorKind =
  /** The caller's IAM policy (or an SCP, or a resource policy) denies the action. */
  | 'AccessDenied'
  /** The resource does not exist (for optional sub-resources: "absent", not an error). */
  | 'NotFound'
  /** Still throttled after the SDK's retries. */
  | 'Throttled'
  /** No answer within the request timeout (after retries). */
  | 'Timeout'
  /** The service or operation is not offered in this region / partition. */
  | 'Unsupported'
  /** The region is not enabled for the account (opt-in region). */
  | 'OptInRequired'
  /** The scan was cancelled (Ctrl-C). Never turned into a gap: it aborts the scan. */
  | 'Aborted'
  /** Anything else (5xx after retries, a malformed answer, a bug). */
  | 'Error'

export interface ClassifiedError {
  kind: ErrorKind
  /** The AWS error code (or Node error code) as reported, for messages. */
  code: string
  message: string
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'UnauthorizedException',
  'NotAuthorized',
])

const NOT_FOUND = new Set([
  'ResourceNotFoundException',
  'ResourceNotFound',
  'NoSuchEntity',
  'NoSuchEntityException',
  'NotFound',
  'NotFoundException',
  'QueueDoesNotExist',
  'AWS.SimpleQueueService.NonExistentQueue',
  'TrailNotFoundException',
  // S3 bucket configuration reads: no such bucket / no policy / no Block Public Access settings.
  'NoSuchBucket',
  'NoSuchBucketPolicy',
  'NoSuchPublicAccessBlockConfiguration',
  // Organizations DescribeResourcePolicy without a delegation policy.
  'ResourcePolicyNotFoundException',
  // ECR: a repository without a policy or a lifecycle policy; a repository deleted meanwhile.
  'RepositoryPolicyNotFoundException',
  'LifecyclePolicyNotFoundException',
  'RepositoryNotFoundException',
  // WAF (v2) and Elastic Load Balancing (v2 and classic): the item is gone.
  'WAFNonexistentItemException',
  'LoadBalancerNotFound',
  'LoadBalancerNotFoundException',
  'AccessPointNotFound',
  'AccessPointNotFoundException',
  'ListenerNotFound',
  // CloudFront, ECS, EKS, SSM: the resource was deleted between listing and reading it.
  'NoSuchDistribution',
  'ClusterNotFoundException',
  'InvalidDocument',
  // EFS: no file system policy / no backup policy; RDS, DynamoDB: deleted between listing and reading.
  'PolicyNotFound',
  'FileSystemNotFound',
  'DBSnapshotNotFound',
  'DBSnapshotNotFoundFault',
  'DBClusterSnapshotNotFoundFault',
  'TableNotFoundException',
])

const THROTTLED = new Set([
  'TooManyRequestsException',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
])

const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'])

const UNSUPPORTED = new Set([
  'UnknownOperationException',
  'UnsupportedOperation',
  'UnsupportedOperationException',
  'InvalidAction',
  'NotImplemented',
  'UnsupportedFeatureException',
])

/**
 * A region that is not enabled for the account rejects signed requests as if the credentials
 * were unknown: STS/IAM style `InvalidClientTokenId`, JSON services `UnrecognizedClientException`,
 * EC2 `AuthFailure`, and some services say `OptInRequired` outright.
 */
const OPT_IN = new Set(['OptInRequired', 'UnrecognizedClientException', 'AuthFailure', 'InvalidClientTokenId'])

function errorCode(err: Record<string, unknown>): string {
  for (const key of ['Code', 'code', 'name'] as const) {
    const v = err[key]
    // `name` is often just 'Error' for plain errors; prefer a more specific value.
    if (typeof v === 'string' && v && v !== 'Error' && v !== 'ServiceException') return v
  }
  return typeof err.name === 'string' ? err.name : 'Error'
}

/** Classifies anything thrown by an SDK call. Pure. */
export function classifyError(error: unknown): ClassifiedError {
  if (!error || typeof error !== 'object') return { kind: 'Error', code: 'Error', message: String(error) }
  const err = error as Record<string, unknown>
  const name = typeof err.name === 'string' ? err.name : ''
  const code = errorCode(err)
  const message = typeof err.message === 'string' && err.message ? err.message : code
  const status = (err.$metadata as { httpStatusCode?: number } | undefined)?.httpStatusCode
  const nodeCode = typeof err.code === 'string' ? err.code : ''

  if (name === 'AbortError' || code === 'AbortError' || code === 'ABORT_ERR') return { kind: 'Aborted', code: 'AbortError', message }
  for (const c of [code, name]) {
    if (ACCESS_DENIED.has(c)) return { kind: 'AccessDenied', code: c, message }
    if (OPT_IN.has(c)) return { kind: 'OptInRequired', code: c, message }
    if (NOT_FOUND.has(c)) return { kind: 'NotFound', code: c, message }
    if (THROTTLED.has(c)) return { kind: 'Throttled', code: c, message }
    if (TIMEOUT.has(c)) return { kind: 'Timeout', code: c, message }
    if (UNSUPPORTED.has(c)) return { kind: 'Unsupported', code: c, message }
  }
  if (TIMEOUT.has(nodeCode)) return { kind: 'Timeout', code: nodeCode, message }
  // A service endpoint that does not resolve: the service is not offered in that region.
  if (nodeCode === 'ENOTFOUND' && /amazonaws\.com|api\.aws/.test(message)) return { kind: 'Unsupported', code: nodeCode, message }
  if (status === 429) return { kind: 'Throttled', code, message }
  if (status === 403 && /denied|not authorized|unauthori[sz]ed/i.test(message)) return { kind: 'AccessDenied', code, message }
  return { kind: 'Error', code, message }
}

/** An SDK call that failed, classified, with the IAM action and region it was for. */
export class AwsCallError extends Error {
  override name = 'AwsCallError'
  readonly kind: ErrorKind
  readonly code: string
  readonly action: string
  readonly region: string
  constructor(classified: ClassifiedError, action: string, region: string, options?: { cause?: unknown }) {
    super(`${action} in ${region}: ${classified.code}: ${classified.message}`, options)
    this.kind = classified.kind
    this.code = classified.code
    this.action = action
    this.region = region
  }
}

/** True for a cancelled scan, in any of the shapes an abort takes. */
export function isAbort(err: unknown): boolean {
  if (err instanceof AwsCallError) return err.kind === 'Aborted'
  return classifyError(err).kind === 'Aborted'
}
