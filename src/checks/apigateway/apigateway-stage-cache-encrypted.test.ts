import check from './apigateway-stage-cache-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayStage } from '../../../test/factories/index.js'

const cached = (encrypted: boolean) => [{ path: 'DEFAULT', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: encrypted }]

testCheck(check, {
  valid: [
    { name: 'cache encrypted', resource: apiGatewayStage({ cacheClusterEnabled: true, methodSettings: cached(true) }) },
    { name: 'override caches and encrypts', resource: apiGatewayStage({ cacheClusterEnabled: true, methodSettings: [{ path: 'DEFAULT', loggingLevel: 'ERROR' }, { path: '/catalog/GET', cachingEnabled: true, cacheDataEncrypted: true }] }) },
  ],
  invalid: [
    { name: 'stage default caches in plaintext', resource: apiGatewayStage({ cacheClusterEnabled: true, methodSettings: cached(false) }), messageId: 'unencrypted', at: 'methodSettings' },
    { name: 'one method override caches in plaintext', resource: apiGatewayStage({ cacheClusterEnabled: true, methodSettings: [...cached(true), { path: '/catalog/GET', cachingEnabled: true, cacheDataEncrypted: false }] }), messageId: 'unencrypted', count: 1 },
  ],
  unknown: [{ name: 'cache cluster from a parameter', resource: apiGatewayStage({ cacheClusterEnabled: true, methodSettings: cached(true), unresolved: { methodSettings: '!Ref Settings' } }) }],
  skip: [
    { name: 'no cache cluster', resource: apiGatewayStage() },
    { name: 'cache cluster but nothing cached', resource: apiGatewayStage({ cacheClusterEnabled: true }) },
    { name: 'HTTP API', resource: apiGatewayStage({ apiType: 'HTTP' }) },
  ],
  iac: {
    cloudformation: {
      good: ['Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: abc123\n    StageName: prod\n    CacheClusterEnabled: true\n    MethodSettings:\n      - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: true }\n'],
      bad: ['Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: abc123\n    StageName: prod\n    CacheClusterEnabled: true\n    MethodSettings:\n      - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true }\n'],
    },
    terraform: {
      good: [
        'resource "aws_api_gateway_stage" "prod" {\n  rest_api_id           = "abc123"\n  deployment_id         = "dep1"\n  stage_name            = "prod"\n  cache_cluster_enabled = true\n}\nresource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = "abc123"\n  stage_name  = "prod"\n  method_path = "*/*"\n  settings {\n    caching_enabled      = true\n    cache_data_encrypted = true\n  }\n}\n',
      ],
      bad: [
        'resource "aws_api_gateway_stage" "prod" {\n  rest_api_id           = "abc123"\n  deployment_id         = "dep1"\n  stage_name            = "prod"\n  cache_cluster_enabled = true\n}\nresource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = "abc123"\n  stage_name  = "prod"\n  method_path = "*/*"\n  settings {\n    caching_enabled = true\n  }\n}\n',
      ],
    },
  },
})
