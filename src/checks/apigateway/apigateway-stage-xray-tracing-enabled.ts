import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'apigateway-stage-xray-tracing-enabled',
    resourceType: 'apigateway.stage',
    title: 'API Gateway REST stage traces requests with X-Ray',
    severity: 'low',
    categories: ['monitoring'],
    description: 'Checks that active X-Ray tracing is on for REST API stages, so a request can be followed from API Gateway into the Lambda function or service behind it. HTTP and WebSocket APIs do not support X-Ray tracing and are skipped.',
    risk: 'Without traces, latency spikes, failing integrations and unexpected call paths (a request that reaches a backend it should not) are much harder to see and to investigate.',
    remediation: {
      text: 'Turn on X-Ray tracing for the stage (sampling rules control the cost).',
      cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/tracingEnabled,value=true',
      cloudformation: 'ProdStage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: !Ref Api\n    DeploymentId: !Ref Deployment\n    StageName: prod\n    TracingEnabled: true',
      terraform: 'resource "aws_api_gateway_stage" "prod" {\n  rest_api_id          = aws_api_gateway_rest_api.api.id\n  deployment_id        = aws_api_gateway_deployment.api.id\n  stage_name           = "prod"\n  xray_tracing_enabled = true\n}',
    },
    messages: {
      enabled: 'Stage {{stage}} of {{api}} traces requests with X-Ray.',
      disabled: 'Stage {{stage}} of {{api}} does not trace requests with X-Ray.',
    },
  },
  evaluate(stage, { pass, fail, skip }) {
    if (stage.apiType !== 'REST') return skip(`${stage.apiType} APIs do not support X-Ray tracing`)
    const data = { stage: stage.stageName, api: stage.apiName ?? stage.apiId }
    return stage.tracingEnabled ? pass('enabled', data) : fail('disabled', { data, at: 'tracingEnabled' })
  },
})
