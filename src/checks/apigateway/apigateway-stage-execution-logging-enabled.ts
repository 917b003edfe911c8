import { defineCheck, type Verdict } from '../../core/check.js'

const LOGGING = new Set(['ERROR', 'INFO'])

export default defineCheck({
  meta: {
    id: 'apigateway-stage-execution-logging-enabled',
    resourceType: 'apigateway.stage',
    title: 'API Gateway REST and WebSocket stage has execution logging on',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that the stage-wide method settings of a REST API stage (the default route settings of a WebSocket stage) log execution at ERROR or INFO level, and that no per-method override switches it back OFF. HTTP APIs have no execution logging (they only have access logs) and are skipped.',
    risk: 'Execution logs record what API Gateway did with a request — authorizer decisions, integration errors, throttling, mapping failures. With logging OFF, failed authorizations and backend errors during an incident cannot be reconstructed.',
    remediation: {
      text: 'Set the logging level of the stage\'s default method settings (`*/*`) to ERROR (or INFO while investigating), and remove per-method overrides that turn it OFF. Keep data tracing (full request and response bodies) off in production: it can log secrets.',
      cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/*/*/logging/loglevel,value=ERROR\naws apigatewayv2 update-stage --api-id <api-id> --stage-name <stage> --default-route-settings LoggingLevel=ERROR',
      cloudformation: 'ProdStage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: !Ref Api\n    DeploymentId: !Ref Deployment\n    StageName: prod\n    MethodSettings:\n      - ResourcePath: "/*"\n        HttpMethod: "*"\n        LoggingLevel: ERROR\n        DataTraceEnabled: false',
      terraform: 'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.api.id\n  stage_name  = aws_api_gateway_stage.prod.stage_name\n  method_path = "*/*"\n\n  settings {\n    logging_level      = "ERROR"\n    data_trace_enabled = false\n  }\n}',
    },
    messages: {
      enabled: 'Stage {{stage}} of {{api}} logs execution at {{level}} level.',
      off: 'Stage {{stage}} of {{api}} has execution logging off (level {{level}}).',
      'method-off': 'Method {{method}} of stage {{stage}} of {{api}} overrides the stage and turns execution logging off.',
    },
  },
  evaluate(stage, { pass, fail, skip }) {
    if (stage.apiType === 'HTTP') return skip('HTTP APIs have no execution logging; only access logs (apigateway-stage-access-logging-enabled)')
    const data = { stage: stage.stageName, api: stage.apiName ?? stage.apiId }
    const verdicts: Verdict[] = []
    const stageDefault = stage.methodSettings.find((m) => m.path === 'DEFAULT')
    const level = stageDefault?.loggingLevel ?? 'OFF'
    if (!LOGGING.has(level)) verdicts.push(fail('off', { data: { ...data, level }, at: 'methodSettings' }))
    for (const m of stage.methodSettings) {
      if (m.path === 'DEFAULT' || m.loggingLevel === undefined || LOGGING.has(m.loggingLevel)) continue
      verdicts.push(fail('method-off', { data: { ...data, method: m.path }, at: 'methodSettings', subject: m.path }))
    }
    return verdicts.length ? verdicts : pass('enabled', { ...data, level })
  },
})
