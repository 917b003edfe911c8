import type { ServiceErrorShapes } from '../errors.js'

const INVALID_TOKEN = 'The security token included in the request is invalid.'

/** IAM, STS: query protocol with `AccessDenied` and `Throttling`. */
export const QUERY_ERRORS: ServiceErrorShapes = {
  accessDenied: { code: 'AccessDenied', status: 403 },
  throttling: { code: 'Throttling', status: 400 },
  invalidToken: { code: 'InvalidClientTokenId', status: 403, message: INVALID_TOKEN },
  internal: { code: 'InternalFailure' },
  unavailable: { code: 'ServiceUnavailable' },
}

/** JSON RPC services without the query-compatible trait (KMS, CloudTrail, Logs). */
export const JSON_ERRORS: ServiceErrorShapes = {
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: { code: 'ThrottlingException', status: 400 },
  invalidToken: { code: 'UnrecognizedClientException', status: 400, message: INVALID_TOKEN },
  internal: { code: 'InternalFailure' },
  unavailable: { code: 'ServiceUnavailableException' },
}

/** `{k: v}` → `[{Key: k, Value: v}]` (IAM, CloudWatch style). */
export function tagList(tags: Record<string, string> | undefined, key = 'Key', value = 'Value'): Record<string, string>[] | undefined {
  if (!tags) return undefined
  return Object.entries(tags).map(([k, v]) => ({ [key]: k, [value]: v }))
}

/** Resource name from a name or an ARN (`arn:…:function:name[:qualifier]` → `name`). */
export function nameFromArn(nameOrArn: string, marker: string): string {
  if (!nameOrArn.startsWith('arn:')) return nameOrArn
  const parts = nameOrArn.split(':')
  const i = parts.indexOf(marker)
  return i >= 0 && parts[i + 1] ? parts[i + 1]! : nameOrArn
}

export const FIXED_DATE = '2024-01-15T10:00:00.000+0000'
