/**
 * The routes an OpenAPI (or Swagger 2.0) definition of an API Gateway API declares, read the
 * way API Gateway imports it: every operation under `paths` (`x-amazon-apigateway-any-method`
 * is ANY), its authorization from `x-amazon-apigateway-auth` or from its `security`
 * requirements (the operation's, else the document's) resolved through the security schemes
 * and their `x-amazon-apigateway-authtype` / `x-amazon-apigateway-authorizer` extensions, and
 * its `x-amazon-apigateway-integration`. Shared by the CloudFormation/SAM and Terraform
 * adapters; pure. Values the source could not resolve are reported per route field, never
 * guessed: the caller turns them into `unresolved` fields, so the checks answer unknown.
 */

/** One operation of the definition, as an API Gateway route. */
export interface OpenApiRoute {
  /** `/orders/{id}`; HTTP APIs may use `$default`. */
  path: string
  /** Upper case; ANY for `x-amazon-apigateway-any-method`. */
  method: string
  /** NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS, JWT; undefined when `unresolved.authorizationType` says why. */
  authorizationType?: string
  /** Name of the security scheme (authorizer) the operation uses. */
  authorizerId?: string
  apiKeyRequired: boolean
  /** AWS_PROXY, AWS, HTTP_PROXY, HTTP, MOCK (upper case, as the model writes them). */
  integrationType?: string
  /** The integration's `uri` as the source resolved it (a string, or the source's unresolved marker). */
  integrationUri?: unknown
  /** Model field → why it is not known (authorizationType, functionArn, apiKeyRequired). */
  unresolved: Record<string, string>
  /** Where the operation is, as keys from the definition's root (`paths`, `/orders`, `get`). */
  pointer: string[]
}

export interface OpenApiOptions {
  apiType: 'REST' | 'HTTP'
  /** Why the source could not resolve a value (an unresolved intrinsic, an unknown Terraform value), else undefined. */
  unresolvedReason(value: unknown): string | undefined
  /**
   * Authorization of operations that name no `security` of their own and the document none
   * either (SAM's `Auth.DefaultAuthorizer`). A string type, or `{ reason }` when not known.
   */
  defaultAuthorization?: { type: string; authorizer?: string } | { reason: string }
  /** Scheme names defined outside the document (SAM `Auth.Authorizers`) → authorization type. */
  externalSchemes?: Readonly<Record<string, string>>
  /** SAM `Auth.ApiKeyRequired` for operations that name no API key scheme. */
  defaultApiKeyRequired?: boolean
}

export interface OpenApiResult {
  routes: OpenApiRoute[]
  /** Set when the routes themselves cannot be listed (the definition, or `paths`, is unresolved or not a definition). */
  unresolved?: string
}

const METHODS: Record<string, string> = {
  get: 'GET',
  put: 'PUT',
  post: 'POST',
  delete: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  patch: 'PATCH',
  'x-amazon-apigateway-any-method': 'ANY',
}

/** Operations read from one definition at most: a generated definition stays far below. */
export const MAX_OPENAPI_ROUTES = 5_000

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Why a part of the definition is not known. */
class Why {
  constructor(readonly reason: string) {}
}

/** A value of the definition: an object to read, or why it is not known. */
function objectOrReason(v: unknown, opts: OpenApiOptions): Obj | Why | undefined {
  const reason = opts.unresolvedReason(v)
  if (reason !== undefined) return new Why(reason)
  return isObj(v) ? v : undefined
}

const hasReason = (v: unknown): v is Why => v instanceof Why

/** The authorization type one security scheme gives, or why it is not known. */
function schemeType(name: string, schemes: Obj | Why | undefined, opts: OpenApiOptions): { type?: string; apiKey?: boolean; reason?: string } {
  if (opts.externalSchemes?.[name] !== undefined) return { type: opts.externalSchemes[name] }
  if (schemes === undefined) return { reason: `security scheme "${name}" is not defined in the definition` }
  if (hasReason(schemes)) return { reason: schemes.reason }
  const scheme = objectOrReason(schemes[name], opts)
  if (scheme === undefined) return { reason: `security scheme "${name}" is not defined in the definition` }
  if (hasReason(scheme)) return { reason: scheme.reason }
  const authtype = scheme['x-amazon-apigateway-authtype']
  const authorizer = objectOrReason(scheme['x-amazon-apigateway-authorizer'], opts)
  if (opts.unresolvedReason(authtype) !== undefined) return { reason: opts.unresolvedReason(authtype)! }
  if (authorizer && hasReason(authorizer)) return { reason: authorizer.reason }
  const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined)
  if (lower(authtype) === 'awssigv4') return { type: 'AWS_IAM' }
  if (lower(authtype) === 'cognito_user_pools' || lower(authorizer?.type) === 'cognito_user_pools') return { type: 'COGNITO_USER_POOLS' }
  if (lower(authorizer?.type) === 'jwt') return { type: 'JWT' }
  if (authorizer) {
    if (opts.unresolvedReason(authorizer.type) !== undefined) return { reason: opts.unresolvedReason(authorizer.type)! }
    return { type: 'CUSTOM' }
  }
  // A plain API key scheme (x-api-key header) is a usage-plan key, not an authorizer.
  if (lower(scheme.type) === 'apikey') return { apiKey: true }
  // OpenID Connect / OAuth 2 schemes without the API Gateway extension are not imported as authorizers.
  return { reason: `security scheme "${name}" has no API Gateway authorizer extension` }
}

/** Authorization of one operation from its `security` requirement list. */
function fromSecurity(security: unknown, schemes: Obj | Why | undefined, opts: OpenApiOptions): { type?: string; authorizer?: string; apiKey?: boolean; reason?: string; apiKeyReason?: string } {
  const reason = opts.unresolvedReason(security)
  if (reason !== undefined) return { reason, apiKeyReason: reason }
  if (!Array.isArray(security)) return { reason: 'security is not a list of requirements' }
  // An empty list opts the operation out of every requirement.
  if (security.length === 0) return { type: 'NONE', apiKey: false }
  const alternatives = security.map((requirement) => {
    const r = objectOrReason(requirement, opts)
    if (r === undefined) return { reason: 'a security requirement is not an object' }
    if (hasReason(r)) return { reason: r.reason }
    let type = 'NONE'
    let authorizer: string | undefined
    let apiKey = false
    for (const name of Object.keys(r)) {
      const s = schemeType(name, schemes, opts)
      if (s.reason !== undefined) return { reason: s.reason }
      if (s.apiKey) apiKey = true
      if (s.type) {
        type = s.type
        authorizer = s.type === 'AWS_IAM' || s.type === 'NONE' ? undefined : name
      }
    }
    return { type, authorizer, apiKey }
  })
  const first = alternatives[0]!
  // Alternatives API Gateway would not enforce alike are left undecided rather than guessed.
  if (alternatives.some((a) => a.reason !== undefined || a.type !== first.type || a.apiKey !== first.apiKey)) {
    const why = alternatives.find((a) => a.reason !== undefined)?.reason ?? 'the operation lists alternative security requirements of different kinds'
    return { reason: why, apiKeyReason: why }
  }
  return first
}

/** Reads the routes of one definition. `doc` is the resolved definition (an object). */
export function openApiRoutes(doc: unknown, opts: OpenApiOptions): OpenApiResult {
  const root = objectOrReason(doc, opts)
  if (root === undefined) return { routes: [], unresolved: 'the API definition is not an OpenAPI object' }
  if (hasReason(root)) return { routes: [], unresolved: root.reason }
  const paths = objectOrReason(root.paths, opts)
  if (paths === undefined) return { routes: [] }
  if (hasReason(paths)) return { routes: [], unresolved: paths.reason }
  const components = objectOrReason(root.components, opts)
  const schemes = root.securityDefinitions !== undefined ? objectOrReason(root.securityDefinitions, opts) : components && !hasReason(components) ? objectOrReason(components.securitySchemes, opts) : components
  const routes: OpenApiRoute[] = []
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = objectOrReason(rawItem, opts)
    if (item === undefined) continue
    if (hasReason(item)) return { routes: [], unresolved: `path ${path}: ${item.reason}` }
    for (const [key, rawOp] of Object.entries(item)) {
      const method = METHODS[key.toLowerCase()]
      if (!method) continue
      if (routes.length >= MAX_OPENAPI_ROUTES) return { routes, unresolved: `the definition declares more than ${MAX_OPENAPI_ROUTES} operations` }
      const op = objectOrReason(rawOp, opts) ?? {}
      const route: OpenApiRoute = { path, method, apiKeyRequired: false, unresolved: {}, pointer: ['paths', path, key] }
      if (hasReason(op)) {
        route.unresolved.authorizationType = op.reason
        route.unresolved.functionArn = op.reason
        routes.push(route)
        continue
      }
      authorize(route, op, root, schemes, opts)
      integrate(route, op, opts)
      routes.push(route)
    }
  }
  return { routes }
}

function authorize(route: OpenApiRoute, op: Obj, root: Obj, schemes: Obj | Why | undefined, opts: OpenApiOptions): void {
  const auth = op['x-amazon-apigateway-auth']
  if (auth !== undefined) {
    const a = objectOrReason(auth, opts)
    const t = a && !hasReason(a) ? a.type : undefined
    const reason = a && hasReason(a) ? a.reason : opts.unresolvedReason(t)
    if (reason !== undefined) route.unresolved.authorizationType = reason
    else if (typeof t === 'string' && ['NONE', 'AWS_IAM'].includes(t.toUpperCase())) route.authorizationType = t.toUpperCase()
    else route.unresolved.authorizationType = 'x-amazon-apigateway-auth has a type API Gateway does not accept'
    return
  }
  const security = op.security !== undefined ? op.security : root.security
  if (security === undefined) {
    const d = opts.defaultAuthorization
    if (d && 'reason' in d) route.unresolved.authorizationType = d.reason
    else {
      route.authorizationType = d?.type ?? 'NONE'
      if (d?.authorizer) route.authorizerId = d.authorizer
    }
    route.apiKeyRequired = opts.defaultApiKeyRequired ?? false
    return
  }
  const s = fromSecurity(security, schemes, opts)
  if (s.reason !== undefined) route.unresolved.authorizationType = s.reason
  else route.authorizationType = s.type ?? 'NONE'
  if (s.authorizer) route.authorizerId = s.authorizer
  if (s.apiKeyReason !== undefined) route.unresolved.apiKeyRequired = s.apiKeyReason
  // SAM adds its API key requirement to every operation that has security requirements.
  route.apiKeyRequired = s.apiKey === true || (Array.isArray(security) && security.length > 0 && opts.defaultApiKeyRequired === true)
}

function integrate(route: OpenApiRoute, op: Obj, opts: OpenApiOptions): void {
  const raw = op['x-amazon-apigateway-integration']
  if (raw === undefined) return
  const integration = objectOrReason(raw, opts)
  if (integration === undefined) return
  if (hasReason(integration)) {
    route.unresolved.functionArn = integration.reason
    return
  }
  const type = integration.type
  const typeReason = opts.unresolvedReason(type)
  if (typeReason !== undefined) route.unresolved.integrationType = typeReason
  else if (typeof type === 'string') route.integrationType = type.toUpperCase()
  // HTTP APIs default a Lambda integration (an ARN uri) to AWS_PROXY.
  else if (opts.apiType === 'HTTP' && typeof integration.uri === 'string' && integration.uri.includes(':lambda:')) route.integrationType = 'AWS_PROXY'
  if (integration.uri !== undefined) route.integrationUri = integration.uri
  // `$ref` to a shared integration (HTTP APIs' x-amazon-apigateway-integrations) is not followed.
  if (integration.$ref !== undefined && integration.uri === undefined) route.unresolved.functionArn = `the integration is a reference (${String(integration.$ref)}) this scanner does not follow`
}
