import check from './apigateway-stage-waf-associated.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayStage } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'web ACL associated', resource: apiGatewayStage() }],
  invalid: [{ name: 'no web ACL', resource: apiGatewayStage({ webAclArn: undefined }), messageId: 'none', at: 'webAclArn' }],
  unknown: [{ name: 'association target unresolved', resource: apiGatewayStage({ webAclArn: undefined, unresolved: { webAclArn: 'WebACLAssociation ResourceArn depends on a parameter' } }) }],
  skip: [{ name: 'HTTP API', resource: apiGatewayStage({ apiType: 'HTTP', webAclArn: undefined }) }],
  iac: {
    cloudformation: {
      good: [
        'Api:\n  Type: AWS::ApiGateway::RestApi\n  Properties: { Name: orders }\nStage:\n  Type: AWS::ApiGateway::Stage\n  Properties: { RestApiId: !Ref Api, StageName: prod }\nAcl:\n  Type: AWS::WAFv2::WebACL\n  Properties:\n    Scope: REGIONAL\n    DefaultAction: { Allow: {} }\n    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl }\nAssoc:\n  Type: AWS::WAFv2::WebACLAssociation\n  Properties:\n    ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/prod\n    WebACLArn: !GetAtt Acl.Arn\n',
      ],
      bad: ['Api:\n  Type: AWS::ApiGateway::RestApi\n  Properties: { Name: orders }\nStage:\n  Type: AWS::ApiGateway::Stage\n  Properties: { RestApiId: !Ref Api, StageName: prod }\n'],
    },
    terraform: {
      good: [
        `
resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "abc123"
  deployment_id = "dep1"
  stage_name    = "prod"
}
resource "aws_wafv2_web_acl_association" "api" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1"
}
`,
      ],
      bad: ['resource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "abc123"\n  deployment_id = "dep1"\n  stage_name    = "prod"\n}\n'],
    },
  },
})
