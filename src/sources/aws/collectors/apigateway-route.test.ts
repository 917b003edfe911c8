import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { APIGatewayClient } from '@aws-sdk/client-api-gateway'
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2'
import { apiGatewayRouteCollector, functionOfIntegrationUri } from './apigateway-route.js'
import { createAwsContext } from '../context.js'
import { DEFAULT_RATES, scaledRates } from '../rates.js'
import type { SdkClient } from '../clients.js'
import { startAwsServer, type AwsServer } from '../../../../test/aws-server/index.js'
import { arns } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT, clientConfig, smallAccount } from '../../../../test/aws-server/test-support.js'

const R = 'us-east-1'
const fn = (n: string) => arns.function(R, ACCOUNT, n)
const invocationUri = (arn: string) => `arn:aws:apigateway:${R}:lambda:path/2015-03-31/functions/${arn}/invocations`

describe('functionOfIntegrationUri', () => {
  it('reads REST invocation URIs and HTTP API function ARNs; drops qualifiers; ignores stage variables', () => {
    assert.equal(functionOfIntegrationUri(invocationUri(fn('api'))), fn('api'))
    assert.equal(functionOfIntegrationUri(invocationUri(`${fn('api')}:live`)), fn('api'))
    assert.equal(functionOfIntegrationUri(fn('api')), fn('api'))
    assert.equal(functionOfIntegrationUri(`arn:aws:apigateway:${R}:lambda:path/2015-03-31/functions/arn:aws:lambda:${R}:${ACCOUNT}:function:\${stageVariables.fn}/invocations`), undefined)
    assert.equal(functionOfIntegrationUri('https://example.com/backend'), undefined)
    assert.equal(functionOfIntegrationUri(undefined), undefined)
  })
})

describe('apigateway.route collector (loopback server)', () => {
  let server: AwsServer
  before(async () => {
    const account = smallAccount()
    account.regions[R]!.restApis = [
      {
        id: 'rest1',
        name: 'orders',
        endpointType: 'REGIONAL',
        resources: [
          { id: 'root', path: '/' },
          { id: 'r1', path: '/orders', methods: [{ httpMethod: 'GET', authorizationType: 'NONE', integration: { type: 'AWS_PROXY', uri: invocationUri(fn('api')) } }, { httpMethod: 'POST', authorizationType: 'COGNITO_USER_POOLS', authorizerId: 'auth1', integration: { type: 'AWS_PROXY', uri: invocationUri(fn('api')) } }] },
          { id: 'r2', path: '/health', methods: [{ httpMethod: 'GET', authorizationType: 'NONE', integration: { type: 'MOCK' } }] },
        ],
      },
    ]
    account.regions[R]!.httpApis = [
      { id: 'http1', name: 'public', routes: [{ id: 'rt1', routeKey: 'GET /items', integrationId: 'i1' }, { id: 'rt2', routeKey: '$default', authorizationType: 'JWT', authorizerId: 'jwt', integrationId: 'i1' }], integrations: [{ id: 'i1', type: 'AWS_PROXY', uri: fn('f1') }] },
    ]
    account.pageSizes = { ...account.pageSizes, 'apigateway:GetResources': 2 }
    server = await startAwsServer({ account })
  })
  after(() => server.close())

  const ctx = () =>
    createAwsContext({
      clients: { get: async (service, region) => (service === 'apigatewayv2' ? new ApiGatewayV2Client(clientConfig(server, region)) : new APIGatewayClient(clientConfig(server, region))) as unknown as SdkClient },
      accountId: ACCOUNT,
      partition: 'aws',
      rates: scaledRates(DEFAULT_RATES, 1000),
    })

  it('lists REST methods and HTTP routes with their authorization and function', async () => {
    const out = await apiGatewayRouteCollector.collect(ctx(), R, {})
    assert.deepEqual(out.gaps, [])
    const routes = out.resources['apigateway.route'] ?? []
    const brief = routes.map((r) => `${r.apiType} ${r.method} ${r.path} ${r.authorizationType} ${r.functionArn ?? '-'}`)
    assert.deepEqual(brief.sort(), [
      `HTTP ANY $default JWT ${fn('f1')}`,
      `HTTP GET /items NONE ${fn('f1')}`,
      'REST GET /health NONE -',
      `REST GET /orders NONE ${fn('api')}`,
      `REST POST /orders COGNITO_USER_POOLS ${fn('api')}`,
    ])
    const get = routes.find((r) => r.path === '/orders' && r.method === 'GET')!
    assert.equal(get.id, `arn:aws:apigateway:${R}::/restapis/rest1/resources/r1/methods/GET`)
    assert.equal(get.endpointType, 'REGIONAL')
    assert.ok(server.calls.actions().every((a) => a === 'apigateway:GET'), server.calls.actions().join(','))
    assert.ok(server.calls.count({ operation: 'GetResources' }) >= 2, 'GetResources pages')
  })

  it('a denied listing becomes a gap for the region', async () => {
    server.deny({ action: 'apigateway:GET', resource: '/apis' })
    const out = await apiGatewayRouteCollector.collect(ctx(), R, {})
    server.clearDenials()
    assert.equal(out.resources['apigateway.route'], undefined)
    assert.equal(out.gaps[0]?.code, 'AccessDenied')
  })
})
