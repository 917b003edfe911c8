/**
 * Request-rate quotas as AWS enforces them: a token bucket per account × region × API family,
 * answered with the service's real throttling error when empty.
 *
 * Lambda's numbers are AWS's published control-plane quotas (docs "Lambda quotas" → API
 * requests; /work/shared/reference/aws-facts.md §3.2): GetFunction 100/s, GetPolicy 15/s, and
 * 15/s shared by every other control-plane read. EC2 uses its documented bucket for
 * non-mutating actions (100 burst, 20/s refill), shared by every Describe call here to stay
 * conservative; KMS, CloudTrail (10/s), CloudWatch DescribeAlarms (9/s) and Logs
 * DescribeLogGroups (5/s) use their documented quotas. IAM, STS, SQS and SNS publish no
 * per-API rate for these reads, so they get conservative values.
 */
export interface QuotaSpec {
  /** Tokens added per second. */
  rate: number
  /** Bucket size (burst); defaults to `rate`. */
  burst?: number
}

/** Quotas by `service:family` (signing name). A family not listed is not limited. */
export type QuotaTable = Record<string, QuotaSpec>

export const DEFAULT_QUOTAS: QuotaTable = {
  'lambda:GetFunction': { rate: 100 },
  'lambda:GetPolicy': { rate: 15 },
  'lambda:control': { rate: 15 },
  'iam:GetAccountAuthorizationDetails': { rate: 5 },
  'iam:read': { rate: 20 },
  'sts:read': { rate: 100 },
  'ec2:describe': { rate: 20, burst: 100 },
  // KMS throttles each API on its own (documented per-API request quotas).
  'kms:ListKeys': { rate: 500 },
  'kms:DescribeKey': { rate: 2000 },
  'kms:GetKeyPolicy': { rate: 1000 },
  'kms:GetKeyRotationStatus': { rate: 1000 },
  'cloudtrail:read': { rate: 10 },
  'monitoring:read': { rate: 9 },
  'logs:read': { rate: 5 },
  'sqs:read': { rate: 100 },
  'sns:read': { rate: 30 },
  // API Gateway: GetResources 5 requests every 2 seconds per account (fixed management quota).
  'apigateway:GetResources': { rate: 2.5, burst: 5 },
  // RDS: one bucket for every API, 300 requests burst and 12 per second sustained (RDS API throttling page).
  'rds:read': { rate: 12, burst: 300 },
}

interface Bucket {
  tokens: number
  last: number
}

export class QuotaEnforcer {
  private buckets = new Map<string, Bucket>()

  constructor(
    private readonly table: QuotaTable,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token; false when the caller must be throttled. */
  take(accountId: string, region: string, service: string, family: string): boolean {
    const spec = this.table[`${service}:${family}`]
    if (!spec) return true
    const key = `${accountId}/${region}/${service}:${family}`
    const burst = spec.burst ?? spec.rate
    const t = this.now()
    let b = this.buckets.get(key)
    if (!b) {
      b = { tokens: burst, last: t }
      this.buckets.set(key, b)
    }
    b.tokens = Math.min(burst, b.tokens + ((t - b.last) / 1000) * spec.rate)
    b.last = t
    if (b.tokens < 1) return false
    b.tokens -= 1
    return true
  }
}
