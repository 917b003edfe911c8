import type { Protocol } from './protocol.js'
import { header, toJsonWire } from './wire.js'

/**
 * AWS JSON 1.0 / 1.1 (KMS, CloudTrail, Logs, SQS, CloudWatch): `POST /` with
 * `X-Amz-Target: Prefix.Operation` and a JSON body; errors are `{"__type": code, "message"}`.
 * Query-compatible services (SQS, CloudWatch) also send the legacy query code in
 * `x-amzn-query-error: Code;Sender`, which the SDK uses to name the error.
 */
export const jsonRpc: Protocol = {
  parse(req, service) {
    const target = header(req, 'x-amz-target') ?? ''
    const dot = target.lastIndexOf('.')
    const prefix = target.slice(0, dot)
    const operation = target.slice(dot + 1)
    // CloudTrail's target is also accepted in its long form (com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101).
    const prefixOk = dot > 0 && (prefix === service.target || prefix.endsWith(`.${service.target}`))
    const known = prefixOk && Object.hasOwn(service.operations, operation)
    return { operation: operation || target, input: req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {}, known }
  },
  success(output, _op, service, requestId) {
    return { status: 200, headers: { 'content-type': contentType(service.protocol), 'x-amzn-requestid': requestId }, body: JSON.stringify(toJsonWire(output ?? {})) }
  },
  error(err, _op, service, requestId) {
    const headers: Record<string, string> = { 'content-type': contentType(service.protocol), 'x-amzn-requestid': requestId, ...(err.extra.headers ?? {}) }
    if (service.queryCompatible) headers['x-amzn-query-error'] = `${err.extra.queryCode ?? err.code};${err.fault}`
    return { status: err.status, headers, body: JSON.stringify({ __type: err.code, message: err.message, ...(err.extra.body ?? {}) }) }
  },
}

function contentType(protocol: string): string {
  return protocol === 'json-1.0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1'
}
