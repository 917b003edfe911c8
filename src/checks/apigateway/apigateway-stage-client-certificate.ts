import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'apigateway-stage-client-certificate',
    resourceType: 'apigateway.stage',
    title: 'API Gateway REST stage presents a client certificate to its backend',
    severity: 'info',
    categories: ['network'],
    description: 'Informational: checks that a REST API stage has a client certificate, which API Gateway presents to HTTP integration endpoints so that the backend can verify that requests come from API Gateway. Stages whose methods only invoke Lambda functions or AWS services gain nothing from it. HTTP and WebSocket APIs are skipped.',
    risk: 'A backend reachable on the internet cannot tell API Gateway\'s requests from anyone else\'s without a client certificate (or another shared secret): callers can bypass the API\'s authorizers, WAF and throttling by calling the backend directly.',
    remediation: {
      text: 'Generate a client certificate in API Gateway, attach it to the stage, and configure the HTTP backend to require TLS client authentication with that certificate.',
      cli: 'aws apigateway generate-client-certificate --description "orders backend"\naws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/clientCertificateId,value=<certificate-id>',
      cloudformation: 'BackendCertificate:\n  Type: AWS::ApiGateway::ClientCertificate\n  Properties:\n    Description: presented to the orders backend\nProdStage:\n  Type: AWS::ApiGateway::Stage\n  Properties:\n    RestApiId: !Ref Api\n    DeploymentId: !Ref Deployment\n    StageName: prod\n    ClientCertificateId: !Ref BackendCertificate',
      terraform: 'resource "aws_api_gateway_client_certificate" "backend" {\n  description = "presented to the orders backend"\n}\n\nresource "aws_api_gateway_stage" "prod" {\n  rest_api_id           = aws_api_gateway_rest_api.api.id\n  deployment_id         = aws_api_gateway_deployment.api.id\n  stage_name            = "prod"\n  client_certificate_id = aws_api_gateway_client_certificate.backend.id\n}',
    },
    messages: {
      present: 'Stage {{stage}} of {{api}} presents client certificate {{certificate}} to its backends.',
      missing: 'Stage {{stage}} of {{api}} presents no client certificate to its backends.',
    },
  },
  evaluate(stage, { pass, fail, skip }) {
    if (stage.apiType !== 'REST') return skip(`${stage.apiType} APIs have no stage client certificates`)
    const data = { stage: stage.stageName, api: stage.apiName ?? stage.apiId }
    return stage.clientCertificateId ? pass('present', { ...data, certificate: stage.clientCertificateId }) : fail('missing', { data, at: 'clientCertificateId' })
  },
})
