import type { Protocol } from './protocol.js'
import { nestForm } from './wire.js'
import { escapeXml, xmlContent } from './xml.js'

/**
 * AWS query (IAM, STS, SNS): form-encoded `Action=…&Version=…`, answered with
 * `<ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>` and lists as `<member>`;
 * errors are `<ErrorResponse><Error><Type/><Code/><Message/></Error>`.
 */
export const query: Protocol = {
  parse(req, service) {
    const params = new URLSearchParams(req.method === 'GET' ? req.query : req.body)
    const input = nestForm(params)
    const operation = String(input.Action ?? '')
    const known = Object.hasOwn(service.operations, operation) && (!service.apiVersion || input.Version === service.apiVersion)
    return { operation, input, known }
  },
  success(output, operation, service, requestId) {
    const result = output === undefined || output === null ? '' : `<${operation}Result>${xmlContent(output, 'member')}</${operation}Result>`
    const body = `<${operation}Response xmlns="${service.xmlns}">${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`
    return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body }
  },
  error(err, _op, service, requestId) {
    const body = `<ErrorResponse xmlns="${service.xmlns}"><Error><Type>${err.fault}</Type><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
    return { status: err.status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId, ...(err.extra.headers ?? {}) }, body }
  },
}
