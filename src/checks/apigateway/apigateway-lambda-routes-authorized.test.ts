import check from './apigateway-lambda-routes-authorized.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayRoute } from '../../../test/factories/index.js'


const restTemplate = (auth: string) => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: a.h, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders }
  Orders:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders }
  OrdersGet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Orders
      HttpMethod: GET
${auth}
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
`
const httpTemplate = (auth: string) => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: a.h, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: items, ProtocolType: HTTP }
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties: { ApiId: !Ref Http, IntegrationType: AWS_PROXY, IntegrationUri: !GetAtt Fn.Arn, PayloadFormatVersion: '2.0' }
  Items:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Http
      RouteKey: GET /items
${auth}
      Target: !Join [/, [integrations, !Ref Integration]]
`
const samTemplate = (apiAuth: string, eventAuth: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${apiAuth}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: a.h
      CodeUri: .
      Events:
        Get:
          Type: Api
          Properties:
            RestApiId: !Ref Api
            Path: /orders
            Method: get
${eventAuth}
`
const samHttp = (auth: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: a.h
      CodeUri: .
      Events:
        Items:
          Type: HttpApi
          Properties:
            Path: /items
            Method: get
${auth}
`
const cognito = '      Auth:\n        DefaultAuthorizer: Users\n        Authorizers:\n          Users: { UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x }'
const tfRest = (auth: string) => `resource "aws_lambda_function" "fn" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/r"
  handler       = "a.h"
  runtime       = "python3.13"
  filename      = "fn.zip"
}
resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}
resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "orders"
}
resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
${auth}
}
resource "aws_api_gateway_integration" "get" {
  rest_api_id             = aws_api_gateway_rest_api.api.id
  resource_id             = aws_api_gateway_resource.orders.id
  http_method             = aws_api_gateway_method.get.http_method
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = aws_lambda_function.fn.invoke_arn
}
`
const tfHttp = (auth: string) => `resource "aws_lambda_function" "fn" {
  function_name = "items"
  role          = "arn:aws:iam::123456789012:role/r"
  handler       = "a.h"
  runtime       = "python3.13"
  filename      = "fn.zip"
}
resource "aws_apigatewayv2_api" "http" {
  name          = "items"
  protocol_type = "HTTP"
}
resource "aws_apigatewayv2_integration" "fn" {
  api_id           = aws_apigatewayv2_api.http.id
  integration_type = "AWS_PROXY"
  integration_uri  = aws_lambda_function.fn.invoke_arn
}
resource "aws_apigatewayv2_route" "items" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /items"
  target    = "integrations/\${aws_apigatewayv2_integration.fn.id}"
${auth}
}
`
const sls = (event: string) => `service: shop
provider:
  name: aws
  runtime: python3.13
  httpApi:
    authorizers:
      users: { identitySource: $request.header.Authorization, issuerUrl: https://issuer.example.com, audience: [shop] }
functions:
  api:
    handler: h.h
    events:
      - ${event}
`

testCheck(check, {
  valid: [
    { name: 'IAM authorization', resource: apiGatewayRoute() },
    { name: 'Cognito user pool', resource: apiGatewayRoute({ authorizationType: 'COGNITO_USER_POOLS', authorizerId: 'a1' }) },
    { name: 'HTTP API route with a JWT authorizer', resource: apiGatewayRoute({ apiType: 'HTTP', authorizationType: 'JWT', authorizerId: 'j1', path: '$default', method: 'ANY' }) },
    { name: 'Lambda authorizer', resource: apiGatewayRoute({ authorizationType: 'CUSTOM', authorizerId: 'c1' }) },
    { name: 'NONE but an API key is required', resource: apiGatewayRoute({ authorizationType: 'NONE', apiKeyRequired: true }) },
    { name: 'NONE on a private REST API', resource: apiGatewayRoute({ authorizationType: 'NONE', endpointType: 'PRIVATE' }) },
  ],
  invalid: [
    { name: 'REST method without authorization', resource: apiGatewayRoute({ authorizationType: 'NONE' }), messageId: 'open', at: 'authorizationType', count: 1 },
    { name: 'HTTP API route without authorization', resource: apiGatewayRoute({ apiType: 'HTTP', authorizationType: 'NONE', path: '/items', method: 'GET', endpointType: undefined }), messageId: 'open' },
  ],
  unknown: [
    { name: 'authorization type from a template parameter', resource: apiGatewayRoute({ authorizationType: 'NONE', unresolved: { authorizationType: '!Ref AuthType' } }) },
    { name: 'routes could not be listed', resource: apiGatewayRoute(), gaps: [{ resourceType: 'apigateway.route', region: 'us-east-1', code: 'AccessDenied', message: 'apigateway:GET denied' }] },
  ],
  skip: [{ name: 'the route integrates an HTTP backend', resource: apiGatewayRoute({ functionArn: undefined, integrationType: 'HTTP_PROXY', authorizationType: 'NONE' }) }],
  iac: {
    cloudformation: {
      good: [
        restTemplate('      AuthorizationType: AWS_IAM'),
        restTemplate('      AuthorizationType: NONE\n      ApiKeyRequired: true'),
        httpTemplate('      AuthorizationType: JWT\n      AuthorizerId: abc123'),
        samTemplate(cognito, ''),
        samTemplate('', '            Auth: { Authorizer: AWS_IAM }'),
        samTemplate('', '            Auth: { ApiKeyRequired: true }'),
        samHttp('            Auth: { Authorizer: AWS_IAM }').replace('Resources:', 'Globals:\n  HttpApi:\n    Auth: { EnableIamAuthorizer: true }\nResources:'),
      ],
      bad: [
        restTemplate(''),
        restTemplate('      AuthorizationType: NONE'),
        httpTemplate('      AuthorizationType: NONE'),
        samTemplate('', ''),
        samTemplate(cognito, '            Auth: { Authorizer: NONE }'),
        samHttp(''),
      ],
    },
    serverless: {
      good: [
        sls('http: { method: post, path: orders, authorizer: aws_iam }'),
        sls('http: { method: get, path: orders, authorizer: { name: auth, type: request } }'),
        sls('httpApi: { method: get, path: /items, authorizer: { name: users } }'),
        sls('httpApi: { method: get, path: /items, authorizer: { type: aws_iam } }'),
      ],
      bad: [sls('http: GET orders'), sls("httpApi: '*'"), sls('httpApi: { method: get, path: /items }')],
    },
    terraform: {
      good: [
        tfRest('  authorization = "AWS_IAM"'),
        tfRest('  authorization    = "NONE"\n  api_key_required = true'),
        tfHttp('  authorization_type = "JWT"\n  authorizer_id      = "abc123"'),
      ],
      bad: [tfRest('  authorization = "NONE"'), tfHttp(''), tfHttp('  authorization_type = "NONE"')],
    },
  },
})
