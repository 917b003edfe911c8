import type { Protocol } from './protocol.js'
import { nestForm } from './wire.js'
import { escapeXml, xmlContent } from './xml.js'

/**
 * EC2 query: the request is form-encoded like query, but the answer is
 * `<ActionResponse><requestId/>members…</ActionResponse>` with lower-camel element names and
 * lists as `<xxxSet><item>`; errors are `<Response><Errors><Error><Code/><Message/>`.
 * Handlers return the EC2 element names directly (`vpcSet`, `tagSet` …).
 */
export const ec2Query: Protocol = {
  parse(req, service) {
    const params = new URLSearchParams(req.method === 'GET' ? req.query : req.body)
    const input = nestForm(params)
    const operation = String(input.Action ?? '')
    const known = Object.hasOwn(service.operations, operation) && (!service.apiVersion || input.Version === service.apiVersion)
    return { operation, input, known }
  },
  success(output, operation, service, requestId) {
    const body = `<${operation}Response xmlns="${service.xmlns}"><requestId>${requestId}</requestId>${xmlContent(output ?? {}, 'item')}</${operation}Response>`
    return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body }
  },
  error(err, _op, _service, requestId) {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`
    return { status: err.status, headers: { 'content-type': 'text/xml;charset=UTF-8', ...(err.extra.headers ?? {}) }, body }
  },
}
