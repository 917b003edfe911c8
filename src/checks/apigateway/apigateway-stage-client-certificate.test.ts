import check from './apigateway-stage-client-certificate.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayStage } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'client certificate', resource: apiGatewayStage() }],
  invalid: [{ name: 'no client certificate', resource: apiGatewayStage({ clientCertificateId: undefined }), messageId: 'missing', at: 'clientCertificateId' }],
  unknown: [{ name: 'certificate from an import', resource: apiGatewayStage({ unresolved: { clientCertificateId: '!ImportValue Cert' } }) }],
  skip: [{ name: 'WebSocket API', resource: apiGatewayStage({ apiType: 'WEBSOCKET', clientCertificateId: undefined }) }],
  iac: {
    cloudformation: {
      good: ['Cert:\n  Type: AWS::ApiGateway::ClientCertificate\n  Properties: { Description: backend }\nStage:\n  Type: AWS::ApiGateway::Stage\n  Properties: { RestApiId: abc123, StageName: prod, ClientCertificateId: !Ref Cert }\n'],
      bad: ['Stage:\n  Type: AWS::ApiGateway::Stage\n  Properties: { RestApiId: abc123, StageName: prod }\n'],
    },
    terraform: {
      good: ['resource "aws_api_gateway_client_certificate" "backend" {\n  description = "backend"\n}\nresource "aws_api_gateway_stage" "prod" {\n  rest_api_id           = "abc123"\n  deployment_id         = "dep1"\n  stage_name            = "prod"\n  client_certificate_id = aws_api_gateway_client_certificate.backend.id\n}\n'],
      bad: ['resource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "abc123"\n  deployment_id = "dep1"\n  stage_name    = "prod"\n}\n'],
    },
  },
})
