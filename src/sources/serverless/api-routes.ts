/**
 * serverless.yml `http` (REST API) and `httpApi` (HTTP API) events → how the Serverless
 * Framework authorizes the route it deploys, as CloudFormation AuthorizationType values.
 */
import { isRecord, Unresolved } from '../cloudformation/values.js'

type Obj = Record<string, unknown>

export interface RouteAuthorization {
  /** AuthorizationType, or Unresolved when a variable decides it. */
  type: string | Unresolved
  /** Authorizer name (a function, an ARN or a provider.httpApi.authorizers key). */
  authorizer?: string
}

const isCognito = (v: unknown) => typeof v === 'string' && v.includes(':cognito-idp:')

/**
 * `http` events: `authorizer: aws_iam` is IAM authorization; a function name or ARN is a Lambda
 * (CUSTOM) authorizer, a Cognito user pool ARN a COGNITO_USER_POOLS one; an object may say
 * `type: aws_iam | COGNITO_USER_POOLS | token | request`. No authorizer → NONE.
 */
export function httpAuthorization(authorizer: unknown): RouteAuthorization {
  if (authorizer === undefined || authorizer === null) return { type: 'NONE' }
  if (authorizer instanceof Unresolved) return { type: authorizer }
  if (typeof authorizer === 'string') {
    if (authorizer.toLowerCase() === 'aws_iam') return { type: 'AWS_IAM' }
    return { type: isCognito(authorizer) ? 'COGNITO_USER_POOLS' : 'CUSTOM', authorizer }
  }
  if (!isRecord(authorizer)) return { type: new Unresolved('the http authorizer is neither a name nor a mapping') }
  const type = authorizer.type
  if (type instanceof Unresolved) return { type }
  const t = typeof type === 'string' ? type.toLowerCase() : ''
  const name = typeof authorizer.name === 'string' ? authorizer.name : typeof authorizer.arn === 'string' ? authorizer.arn : undefined
  if (t === 'aws_iam') return { type: 'AWS_IAM' }
  if (t === 'cognito_user_pools' || isCognito(authorizer.arn)) return { type: 'COGNITO_USER_POOLS', ...(name ? { authorizer: name } : {}) }
  return { type: 'CUSTOM', ...(name ? { authorizer: name } : {}) }
}

/**
 * `httpApi` events: `authorizer: { type: aws_iam }` is IAM authorization; `{ name }` names one of
 * provider.httpApi.authorizers (JWT unless its `type` is `request`); `{ id }` an existing
 * authorizer (its `type`, JWT by default). No authorizer → NONE.
 */
export function httpApiAuthorization(authorizer: unknown, providerAuthorizers: Obj): RouteAuthorization {
  if (authorizer === undefined || authorizer === null) return { type: 'NONE' }
  if (authorizer instanceof Unresolved) return { type: authorizer }
  const spec: Obj = typeof authorizer === 'string' ? (authorizer.toLowerCase() === 'aws_iam' ? { type: 'aws_iam' } : { name: authorizer }) : isRecord(authorizer) ? authorizer : {}
  if (spec.type instanceof Unresolved) return { type: spec.type }
  if (typeof spec.type === 'string' && spec.type.toLowerCase() === 'aws_iam') return { type: 'AWS_IAM' }
  const name = typeof spec.name === 'string' ? spec.name : typeof spec.id === 'string' ? spec.id : undefined
  const definition = name && isRecord(providerAuthorizers[name]) ? (providerAuthorizers[name] as Obj) : spec
  const t = typeof definition.type === 'string' ? definition.type.toLowerCase() : typeof spec.type === 'string' ? spec.type.toLowerCase() : 'jwt'
  if (name === undefined && spec.type === undefined) return { type: new Unresolved('the httpApi authorizer names no authorizer') }
  return { type: t === 'request' ? 'CUSTOM' : 'JWT', ...(name ? { authorizer: name } : {}) }
}

/** `GET users/{id}` or `{ method, path }` → method and path as API Gateway writes them. */
export function httpRoute(spec: unknown): { method: string; path: string } {
  const s = isRecord(spec) ? spec : {}
  const [m, p] = typeof spec === 'string' ? spec.trim().split(/\s+/, 2) : [s.method, s.path]
  const method = String(m ?? 'ANY').toUpperCase()
  const raw = typeof p === 'string' ? p : '/'
  const path = `/${raw.replace(/^\/+/, '').replace(/\/+$/, '')}`
  return { method: method === '*' ? 'ANY' : method, path }
}

/** `*`, `GET /items` or `{ method, path }` → the HTTP API route key. */
export function httpApiRouteKey(spec: unknown): string {
  if (typeof spec === 'string') return spec.trim() === '*' ? '$default' : spec.trim().replace(/^\*\s/, 'ANY ')
  const s = isRecord(spec) ? spec : {}
  if (s.path === undefined || s.path === '*') return '$default'
  const method = s.method === undefined || s.method === '*' ? 'ANY' : String(s.method).toUpperCase()
  return `${method} ${String(s.path)}`
}
