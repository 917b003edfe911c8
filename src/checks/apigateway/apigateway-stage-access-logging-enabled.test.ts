import check from './apigateway-stage-access-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayStage } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'REST stage with access logs', resource: apiGatewayStage() },
    { name: 'HTTP API stage with access logs to Firehose', resource: apiGatewayStage({ apiType: 'HTTP', methodSettings: [], accessLogDestinationArn: 'arn:aws:firehose:us-east-1:111122223333:deliverystream/api-logs' }) },
  ],
  invalid: [
    { name: 'REST stage without access logs', resource: apiGatewayStage({ accessLogDestinationArn: undefined }), messageId: 'disabled', at: 'accessLogDestinationArn' },
    { name: 'WebSocket stage without access logs', resource: apiGatewayStage({ apiType: 'WEBSOCKET', accessLogDestinationArn: undefined }), messageId: 'disabled' },
  ],
  unknown: [
    { name: 'destination from a template parameter', resource: apiGatewayStage({ unresolved: { accessLogDestinationArn: '!Ref LogGroupArn' } }) },
    { name: 'stages could not be listed', resource: apiGatewayStage(), gaps: [{ resourceType: 'apigateway.stage', region: 'us-east-1', code: 'AccessDenied', message: 'apigateway:GET denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [
        'Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: abc123\n    StageName: prod\n    AccessLogSetting:\n      DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:api\n      Format: $context.requestId\n',
        'Stage:\n  Type: AWS::ApiGatewayV2::Stage\n  Properties:\n    ApiId: abc123\n    StageName: $default\n    AccessLogSettings:\n      DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:api\n      Format: $context.requestId\n',
      ],
      bad: [
        'Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: abc123\n    StageName: prod\n',
        'Stage:\n  Type: AWS::ApiGatewayV2::Stage\n  Properties:\n    ApiId: abc123\n    StageName: $default\n    AutoDeploy: true\n',
      ],
    },
    terraform: {
      good: [
        `
resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "abc123"
  deployment_id = "dep1"
  stage_name    = "prod"
  access_log_settings {
    destination_arn = "arn:aws:logs:us-east-1:111122223333:log-group:api"
    format          = "$context.requestId"
  }
}
`,
      ],
      bad: [
        `
resource "aws_apigatewayv2_stage" "default" {
  api_id      = "abc123"
  name        = "$default"
  auto_deploy = true
}
`,
      ],
    },
  },
})
