import check from './apigateway-stage-execution-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayStage } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'stage default logs errors', resource: apiGatewayStage() },
    { name: 'INFO with a method override at ERROR', resource: apiGatewayStage({ methodSettings: [{ path: 'DEFAULT', loggingLevel: 'INFO' }, { path: '/orders/GET', loggingLevel: 'ERROR' }] }) },
    { name: 'WebSocket default route settings log errors', resource: apiGatewayStage({ apiType: 'WEBSOCKET', methodSettings: [{ path: 'DEFAULT', loggingLevel: 'ERROR' }] }) },
  ],
  invalid: [
    { name: 'no method settings at all', resource: apiGatewayStage({ methodSettings: [] }), messageId: 'off', at: 'methodSettings' },
    { name: 'stage default OFF', resource: apiGatewayStage({ methodSettings: [{ path: 'DEFAULT', loggingLevel: 'OFF' }] }), messageId: 'off' },
    { name: 'a method turns it off', resource: apiGatewayStage({ methodSettings: [{ path: 'DEFAULT', loggingLevel: 'ERROR' }, { path: '/health/GET', loggingLevel: 'OFF' }] }), messageId: 'method-off', count: 1 },
  ],
  unknown: [
    { name: 'method settings from a parameter', resource: apiGatewayStage({ unresolved: { methodSettings: '!Ref Settings' } }) },
  ],
  skip: [{ name: 'HTTP API', resource: apiGatewayStage({ apiType: 'HTTP', methodSettings: [] }) }],
  iac: {
    cloudformation: {
      good: ['Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: abc123\n    StageName: prod\n    MethodSettings:\n      - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR }\n'],
      bad: ['Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: abc123\n    StageName: prod\n    MethodSettings:\n      - { ResourcePath: "/*", HttpMethod: "*", MetricsEnabled: true }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "abc123"
  deployment_id = "dep1"
  stage_name    = "prod"
}
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "abc123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level = "INFO"
  }
}
`,
      ],
      bad: [
        `
resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "abc123"
  deployment_id = "dep1"
  stage_name    = "prod"
}
`,
      ],
    },
  },
})
