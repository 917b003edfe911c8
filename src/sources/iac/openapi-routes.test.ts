import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { MAX_OPENAPI_ROUTES, openApiRoutes, type OpenApiOptions } from './openapi-routes.js'

/** Stands for a value the source could not resolve. */
class Marker {
  constructor(readonly reason: string) {}
}

const REST: OpenApiOptions = { apiType: 'REST', unresolvedReason: (v) => (v instanceof Marker ? v.reason : undefined) }
const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations'
const integration = { type: 'aws_proxy', httpMethod: 'POST', uri: LAMBDA_URI }

const summary = (doc: unknown, opts = REST) =>
  openApiRoutes(doc, opts).routes.map((r) => ({ route: `${r.method} ${r.path}`, auth: r.authorizationType, authorizer: r.authorizerId, key: r.apiKeyRequired, unresolved: r.unresolved }))

describe('openApiRoutes', () => {
  it('lists every operation, any-method as ANY, and ignores path-level parameters and unknown keys', () => {
    const r = openApiRoutes({ paths: { '/a': { parameters: [], get: {}, post: {}, 'x-amazon-apigateway-any-method': {}, summary: 'x' }, '/b/{id}': { delete: {} } } }, REST)
    assert.deepEqual(r.routes.map((x) => `${x.method} ${x.path}`), ['GET /a', 'POST /a', 'ANY /a', 'DELETE /b/{id}'])
    assert.deepEqual(r.routes[0]!.pointer, ['paths', '/a', 'get'])
  })

  it('security: Swagger securityDefinitions and OpenAPI 3 securitySchemes, operation over document, [] opts out', () => {
    const schemes = {
      sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
      pool: { type: 'apiKey', 'x-amazon-apigateway-authtype': 'cognito_user_pools', 'x-amazon-apigateway-authorizer': { type: 'cognito_user_pools' } },
      lambda: { type: 'apiKey', 'x-amazon-apigateway-authtype': 'custom', 'x-amazon-apigateway-authorizer': { type: 'token' } },
      jwt: { type: 'oauth2', 'x-amazon-apigateway-authorizer': { type: 'jwt' } },
      key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
    }
    const paths = {
      '/iam': { get: { security: [{ sigv4: [] }] } },
      '/pool': { get: { security: [{ pool: [] }] } },
      '/lambda': { get: { security: [{ lambda: [] }] } },
      '/jwt': { get: { security: [{ jwt: ['read'] }] } },
      '/key': { get: { security: [{ key: [] }] } },
      '/both': { get: { security: [{ lambda: [], key: [] }] } },
      '/open': { get: { security: [] } },
      '/inherit': { get: {} },
    }
    const swagger = summary({ swagger: '2.0', securityDefinitions: schemes, security: [{ sigv4: [] }], paths })
    const oas3 = summary({ openapi: '3.0.1', components: { securitySchemes: schemes }, security: [{ sigv4: [] }], paths })
    assert.deepEqual(swagger, oas3)
    assert.deepEqual(
      swagger.map((x) => [x.route, x.auth, x.authorizer, x.key]),
      [
        ['GET /iam', 'AWS_IAM', undefined, false],
        ['GET /pool', 'COGNITO_USER_POOLS', 'pool', false],
        ['GET /lambda', 'CUSTOM', 'lambda', false],
        ['GET /jwt', 'JWT', 'jwt', false],
        ['GET /key', 'NONE', undefined, true],
        ['GET /both', 'CUSTOM', 'lambda', true],
        ['GET /open', 'NONE', undefined, false],
        ['GET /inherit', 'AWS_IAM', undefined, false],
      ],
    )
  })

  it('x-amazon-apigateway-auth wins over security; values are case-insensitive', () => {
    assert.deepEqual(summary({ paths: { '/a': { get: { 'x-amazon-apigateway-auth': { type: 'aws_iam' }, security: [] } } } })[0]!.auth, 'AWS_IAM')
    assert.deepEqual(summary({ paths: { '/a': { get: { 'x-amazon-apigateway-auth': { type: 'BOGUS' } } } } })[0]!.auth, undefined)
  })

  it('an undefined scheme, a scheme without the API Gateway extension, or mixed alternatives are unresolved, not NONE', () => {
    const r = summary({ components: { securitySchemes: { oidc: { type: 'openIdConnect' }, iam: { 'x-amazon-apigateway-authtype': 'awsSigv4' } } }, paths: { '/a': { get: { security: [{ missing: [] }] }, put: { security: [{ oidc: [] }] }, post: { security: [{ iam: [] }, {}] } } } })
    for (const x of r) {
      assert.equal(x.auth, undefined, x.route)
      assert.ok(x.unresolved.authorizationType, x.route)
    }
  })

  it('unresolved parts become unresolved fields of the routes that read them', () => {
    const r = openApiRoutes({ paths: { '/a': { get: { security: new Marker('Fn::If on a parameter'), 'x-amazon-apigateway-integration': new Marker('import') }, post: { 'x-amazon-apigateway-integration': { type: new Marker('param'), uri: LAMBDA_URI } } } } }, REST)
    assert.deepEqual(r.routes[0]!.unresolved, { authorizationType: 'Fn::If on a parameter', apiKeyRequired: 'Fn::If on a parameter', functionArn: 'import' })
    assert.deepEqual(r.routes[1]!.unresolved, { integrationType: 'param' })
    assert.equal(r.routes[1]!.integrationUri, LAMBDA_URI)
  })

  it('an unresolved definition, paths or path item leaves the routes unknown', () => {
    assert.deepEqual(openApiRoutes(new Marker('Fn::Transform'), REST), { routes: [], unresolved: 'Fn::Transform' })
    assert.deepEqual(openApiRoutes({ paths: new Marker('p') }, REST), { routes: [], unresolved: 'p' })
    assert.equal(openApiRoutes({ paths: { '/a': new Marker('x') } }, REST).unresolved, 'path /a: x')
    assert.equal(openApiRoutes('not a document', REST).unresolved, 'the API definition is not an OpenAPI object')
    assert.deepEqual(openApiRoutes({ info: {} }, REST), { routes: [] })
  })

  it('integration: type upper-cased; HTTP API Lambda ARNs default to AWS_PROXY; $ref integrations are unresolved', () => {
    const r = openApiRoutes({ paths: { '/a': { get: { 'x-amazon-apigateway-integration': integration } } } }, REST).routes[0]!
    assert.equal(r.integrationType, 'AWS_PROXY')
    const http = openApiRoutes({ paths: { '/b': { get: { 'x-amazon-apigateway-integration': { uri: 'arn:aws:lambda:us-east-1:123456789012:function:f', payloadFormatVersion: '2.0' } }, put: { 'x-amazon-apigateway-integration': { $ref: '#/components/x-amazon-apigateway-integrations/f' } } } } }, { ...REST, apiType: 'HTTP' }).routes
    assert.equal(http[0]!.integrationType, 'AWS_PROXY')
    assert.ok(http[1]!.unresolved.functionArn)
  })

  it('SAM defaults: DefaultAuthorizer and ApiKeyRequired apply to operations without security; Auth.Authorizers are known schemes', () => {
    const opts: OpenApiOptions = { ...REST, defaultAuthorization: { type: 'CUSTOM', authorizer: 'Tok' }, externalSchemes: { Pool: 'COGNITO_USER_POOLS', AWS_IAM: 'AWS_IAM' }, defaultApiKeyRequired: true }
    const r = summary({ paths: { '/a': { get: {}, post: { security: [{ Pool: [] }] }, put: { security: [{ AWS_IAM: [] }] } } } }, opts)
    assert.deepEqual(r.map((x) => [x.route, x.auth, x.authorizer, x.key]), [['GET /a', 'CUSTOM', 'Tok', true], ['POST /a', 'COGNITO_USER_POOLS', 'Pool', true], ['PUT /a', 'AWS_IAM', undefined, true]])
    const unknown = summary({ paths: { '/a': { get: {} } } }, { ...REST, defaultAuthorization: { reason: 'authorizer from a parameter' } })
    assert.deepEqual(unknown[0]!.unresolved, { authorizationType: 'authorizer from a parameter' })
  })

  it('stops at MAX_OPENAPI_ROUTES operations and says so', () => {
    const paths: Record<string, unknown> = {}
    for (let i = 0; i <= MAX_OPENAPI_ROUTES; i++) paths[`/p${i}`] = { get: {} }
    const r = openApiRoutes({ paths }, REST)
    assert.equal(r.routes.length, MAX_OPENAPI_ROUTES)
    assert.match(r.unresolved!, /more than/)
  })
})
