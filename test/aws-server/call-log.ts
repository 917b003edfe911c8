/** One request the server received and how it answered. */
export interface CallRecord {
  seq: number
  /** Signing name (`lambda`, `monitoring` …) of the service called. */
  service: string
  operation: string
  /** The IAM action the call needs (`cloudwatch:DescribeAlarms` for signing name `monitoring`). */
  action: string
  region: string
  accountId: string
  accessKeyId: string
  /** HTTP status sent, or how the connection ended without one. */
  status: number | 'reset' | 'hung'
  /** Error code sent, if any. */
  errorCode?: string
  /** Why the error happened: injected fault, quota, deny rule, or the handler's own answer. */
  cause?: 'fault' | 'quota' | 'denied' | 'handler' | 'region'
  durationMs: number
  /**
   * The SDK's `amz-sdk-invocation-id`: the same for every attempt of one logical call, so
   * retries can be counted per call.
   */
  invocationId?: string
  /** Attempt number from the SDK's `amz-sdk-request: attempt=N; max=M` header. */
  attempt?: number
}

/** Operations that only read: every AWS read API starts with one of these verbs. */
const READ_VERBS = /^(Get|List|Describe|BatchGet|Lookup|Search|Select|Query|Scan)[A-Z]/

/**
 * Generate* operations that only start a report job (nothing in the account changes): the
 * scanner may call them.
 */
const REPORT_JOBS = new Set(['GenerateServiceLastAccessedDetails', 'GenerateCredentialReport'])

export function isReadOperation(operation: string): boolean {
  return READ_VERBS.test(operation) || REPORT_JOBS.has(operation)
}

export interface CallFilter {
  service?: string
  operation?: string
  region?: string
  status?: CallRecord['status']
}

/** Every call the server answered, in arrival order; what tests count and assert on. */
export class CallLog {
  readonly records: CallRecord[] = []
  private seq = 0
  private inFlight = new Map<string, number>()
  /** Highest number of concurrent calls seen, per `service:region`. */
  readonly peakInFlight = new Map<string, number>()

  nextSeq(): number {
    return ++this.seq
  }

  add(rec: CallRecord): void {
    this.records.push(rec)
  }

  enter(key: string): void {
    const n = (this.inFlight.get(key) ?? 0) + 1
    this.inFlight.set(key, n)
    if (n > (this.peakInFlight.get(key) ?? 0)) this.peakInFlight.set(key, n)
  }

  leave(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1)
  }

  filter(f: CallFilter = {}): CallRecord[] {
    return this.records.filter(
      (r) => (f.service === undefined || r.service === f.service) && (f.operation === undefined || r.operation === f.operation) && (f.region === undefined || r.region === f.region) && (f.status === undefined || r.status === f.status),
    )
  }

  count(f: CallFilter = {}): number {
    return this.filter(f).length
  }

  /** Distinct IAM actions called, sorted. */
  actions(): string[] {
    return [...new Set(this.records.map((r) => r.action))].sort()
  }

  /** Calls whose operation is not a read (must stay empty for a scanner). */
  nonReads(): CallRecord[] {
    return this.records.filter((r) => !isReadOperation(r.operation))
  }

  clear(): void {
    this.records.length = 0
    this.peakInFlight.clear()
  }
}
