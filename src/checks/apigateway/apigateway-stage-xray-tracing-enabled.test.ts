import check from './apigateway-stage-xray-tracing-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayStage } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'tracing on', resource: apiGatewayStage() }],
  invalid: [
    { name: 'tracing off', resource: apiGatewayStage({ tracingEnabled: false }), messageId: 'disabled', at: 'tracingEnabled' },
    { name: 'tracing never set', resource: apiGatewayStage({ tracingEnabled: undefined }), messageId: 'disabled' },
  ],
  unknown: [{ name: 'tracing from a condition', resource: apiGatewayStage({ unresolved: { tracingEnabled: '!If [Prod, true, false]' } }) }],
  skip: [{ name: 'HTTP API', resource: apiGatewayStage({ apiType: 'HTTP', tracingEnabled: undefined }) }],
  iac: {
    cloudformation: {
      good: ['Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties: { RestApiId: abc123, StageName: prod, TracingEnabled: true }\n'],
      bad: ['Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties: { RestApiId: abc123, StageName: prod }\n'],
    },
    terraform: {
      good: ['resource "aws_api_gateway_stage" "prod" {\n  rest_api_id          = "abc123"\n  deployment_id        = "dep1"\n  stage_name           = "prod"\n  xray_tracing_enabled = true\n}\n'],
      bad: ['resource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "abc123"\n  deployment_id = "dep1"\n  stage_name    = "prod"\n}\n'],
    },
  },
})
