import type { ApiError } from '../errors.js'
import type { Input, ServiceDef } from '../services/types.js'
import type { RawRequest, RawResponse } from './wire.js'

/** The operation a request names and its decoded input; `operation` is what the request asked for even when the service lacks it. */
export interface ParsedCall {
  operation: string
  input: Input
  known: boolean
}

/** One AWS wire protocol: how a request names its operation, and how answers and errors look. */
export interface Protocol {
  parse(req: RawRequest, service: ServiceDef): ParsedCall
  success(output: unknown, operation: string, service: ServiceDef, requestId: string): RawResponse
  error(err: ApiError, operation: string, service: ServiceDef, requestId: string): RawResponse
}
