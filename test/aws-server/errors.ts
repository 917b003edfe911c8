/**
 * An error the fake service answers with. Each protocol renders it in its own wire shape
 * (x-amzn-ErrorType header for REST-JSON, `__type` for JSON RPC, `<ErrorResponse>` for query,
 * `<Response><Errors>` for EC2).
 */
export class ApiError extends Error {
  constructor(
    /** The error code AWS sends (`ResourceNotFoundException`, `AccessDenied`, `Throttling` …). */
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly extra: {
      /** Query-compatible JSON services (SQS, CloudWatch): the legacy query error code for `x-amzn-query-error`. */
      queryCode?: string
      /** Extra response headers (Retry-After …). */
      headers?: Record<string, string>
      /** Extra members in the JSON error body (Lambda's `Reason`, `Type`). */
      body?: Record<string, unknown>
    } = {},
  ) {
    super(message)
    this.name = code
  }

  /** Sender (4xx) or Receiver (5xx) fault, as query protocols report it. */
  get fault(): 'Sender' | 'Receiver' {
    return this.status >= 500 ? 'Receiver' : 'Sender'
  }
}

/** How a service names its access-denied, throttling and invalid-token errors. */
export interface ServiceErrorShapes {
  accessDenied: { code: string; status: number; queryCode?: string }
  throttling: { code: string; status: number; queryCode?: string; message?: string; body?: Record<string, unknown>; headers?: Record<string, string> }
  /** Answer in a region the account has not opted into: the credentials are unknown there. */
  invalidToken: { code: string; status: number; message: string }
  internal: { code: string }
  unavailable: { code: string }
}

export function accessDenied(shapes: ServiceErrorShapes, callerArn: string, action: string, resource: string): ApiError {
  const { code, status, queryCode } = shapes.accessDenied
  return new ApiError(code, `User: ${callerArn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`, status, queryCode ? { queryCode } : {})
}

export function throttled(shapes: ServiceErrorShapes): ApiError {
  const t = shapes.throttling
  return new ApiError(t.code, t.message ?? 'Rate exceeded', t.status, { ...(t.queryCode ? { queryCode: t.queryCode } : {}), ...(t.body ? { body: t.body } : {}), ...(t.headers ? { headers: t.headers } : {}) })
}
