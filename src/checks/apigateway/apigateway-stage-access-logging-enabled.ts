import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'apigateway-stage-access-logging-enabled',
    resourceType: 'apigateway.stage',
    title: 'API Gateway stage writes access logs',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that every stage of a REST, HTTP or WebSocket API sends access logs (one line per request: caller IP, identity, route, status, latency) to a CloudWatch Logs group or a Firehose stream. Execution logging is a different, REST/WebSocket-only feature checked by apigateway-stage-execution-logging-enabled.',
    risk: 'Without access logs nobody can tell afterwards who called the API, from where, and which requests succeeded: an abused key, a credential-stuffing run or data being scraped through an unauthenticated route leaves no trace to investigate or alarm on.',
    remediation: {
      text: 'Create a log group for the stage and set the stage\'s access log destination and format (for example $context.requestId, $context.identity.sourceIp, $context.httpMethod, $context.routeKey or $context.resourcePath, $context.status). REST APIs also need the account-level CloudWatch Logs role set once per region.',
      cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/accessLogSettings/destinationArn,value=<log-group-arn> \'op=replace,path=/accessLogSettings/format,value={"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}\'\naws apigatewayv2 update-stage --api-id <api-id> --stage-name <stage> --access-log-settings DestinationArn=<log-group-arn>,Format=\'$context.requestId $context.identity.sourceIp $context.routeKey $context.status\'',
      cloudformation:
        'ApiAccessLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    RetentionInDays: 90\nProdStage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: !Ref Api\n    DeploymentId: !Ref Deployment\n    StageName: prod\n    AccessLogSetting:\n      DestinationArn: !GetAtt ApiAccessLogs.Arn\n      Format: \'{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}\'',
      terraform:
        'resource "aws_cloudwatch_log_group" "api_access" {\n  name              = "/apigateway/orders-api"\n  retention_in_days = 90\n}\n\nresource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  deployment_id = aws_api_gateway_deployment.api.id\n  stage_name    = "prod"\n\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api_access.arn\n    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })\n  }\n}',
    },
    messages: {
      enabled: 'Stage {{stage}} of {{api}} ({{apiType}}) writes access logs to {{destination}}.',
      disabled: 'Stage {{stage}} of {{api}} ({{apiType}}) writes no access logs.',
    },
  },
  evaluate(stage, { pass, fail }) {
    const data = { stage: stage.stageName, api: stage.apiName ?? stage.apiId, apiType: stage.apiType }
    if (stage.accessLogDestinationArn) return pass('enabled', { ...data, destination: stage.accessLogDestinationArn })
    return fail('disabled', { data, at: 'accessLogDestinationArn' })
  },
})
