import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'apigateway-stage-cache-encrypted',
    resourceType: 'apigateway.stage',
    title: 'API Gateway REST stage encrypts its response cache',
    severity: 'medium',
    categories: ['encryption'],
    description: 'For REST API stages with a cache cluster, checks that every method setting that caches responses (the stage default and per-method overrides) also encrypts the cached data. Stages without a cache cluster, or that cache nothing, are skipped; HTTP and WebSocket APIs have no cache.',
    risk: 'Cached responses can hold personal data, tokens or anything else the backend returns; an unencrypted cache keeps them in plaintext at rest, outside the protections of the backend store.',
    remediation: {
      text: 'Turn on cache data encryption wherever caching is enabled (stage default and method overrides). Changing it flushes the cache.',
      cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/*/*/caching/dataEncrypted,value=true',
      cloudformation: 'ProdStage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: !Ref Api\n    DeploymentId: !Ref Deployment\n    StageName: prod\n    CacheClusterEnabled: true\n    CacheClusterSize: "0.5"\n    MethodSettings:\n      - ResourcePath: "/*"\n        HttpMethod: "*"\n        CachingEnabled: true\n        CacheDataEncrypted: true',
      terraform: 'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.api.id\n  stage_name  = aws_api_gateway_stage.prod.stage_name\n  method_path = "*/*"\n\n  settings {\n    caching_enabled      = true\n    cache_data_encrypted = true\n  }\n}',
    },
    messages: {
      encrypted: 'Every cached method of stage {{stage}} of {{api}} encrypts its cache data.',
      unencrypted: 'Stage {{stage}} of {{api}} caches responses of {{method}} without encrypting them.',
    },
  },
  evaluate(stage, { pass, fail, skip }) {
    if (stage.apiType !== 'REST') return skip(`${stage.apiType} APIs have no response cache`)
    if (!stage.cacheClusterEnabled) return skip('the stage has no cache cluster')
    const cached = stage.methodSettings.filter((m) => m.cachingEnabled)
    if (!cached.length) return skip('no method of the stage caches responses')
    const data = { stage: stage.stageName, api: stage.apiName ?? stage.apiId }
    const verdicts: Verdict[] = cached
      .filter((m) => !m.cacheDataEncrypted)
      .map((m) => fail('unencrypted', { data: { ...data, method: m.path === 'DEFAULT' ? 'every method (stage default)' : m.path }, at: 'methodSettings', subject: m.path }))
    return verdicts.length ? verdicts : pass('encrypted', data)
  },
})
