import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { loadSnippet } from './snippets.js'

const routesOf = (text: string, file = 'app.yaml') => {
  const scan = loadSnippet(text, file)
  assert.deepEqual(scan.errors, [])
  return scan
}

const FN = `  Fn:
    Type: AWS::Lambda::Function
    Properties: { FunctionName: orders, Runtime: python3.13, Handler: a.h, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
`

describe('API Gateway routes from CloudFormation', () => {
  it('REST method: path from the resource chain, function from the integration URI, private endpoint', () => {
    const scan = routesOf(`Parameters:
  Stage: { Type: String }
Resources:
${FN}  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: shop, EndpointConfiguration: { Types: [PRIVATE] } }
  Orders:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders }
  Order:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !Ref Orders, PathPart: '{id}' }
  OrderGet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Order
      HttpMethod: get
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
`)
    const [route] = scan.inventory.resources['apigateway.route']!
    const fn = scan.inventory.resources['lambda.function']![0]!
    assert.equal(route!.path, '/orders/{id}')
    assert.equal(route!.method, 'GET')
    assert.equal(route!.apiName, 'shop')
    assert.equal(route!.endpointType, 'PRIVATE')
    assert.equal(route!.functionArn, fn.arn)
    assert.equal(route!.integrationType, 'AWS_PROXY')
    assert.equal(route!.unresolved, undefined)
  })

  it('HTTP route: authorization type from a parameter without a default is unresolved; integration URI from an import is unresolved', () => {
    const scan = routesOf(`Parameters:
  Auth: { Type: String }
Resources:
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: items, ProtocolType: HTTP }
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties: { ApiId: !Ref Http, IntegrationType: AWS_PROXY, IntegrationUri: !ImportValue shared-function-arn }
  Items:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Http
      RouteKey: POST /items
      AuthorizationType: !Ref Auth
      Target: !Join [/, [integrations, !Ref Integration]]
`)
    const [route] = scan.inventory.resources['apigateway.route']!
    assert.equal(route!.apiType, 'HTTP')
    assert.deepEqual([route!.method, route!.path], ['POST', '/items'])
    assert.ok(route!.unresolved?.authorizationType)
    assert.ok(route!.unresolved?.functionArn)
  })

  it('quick-create HTTP API: a $default route without authorization', () => {
    const scan = routesOf(`Resources:
${FN}  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: quick, ProtocolType: HTTP, Target: !GetAtt Fn.Arn }
`)
    const [route] = scan.inventory.resources['apigateway.route']!
    assert.deepEqual([route!.path, route!.method, route!.authorizationType], ['$default', 'ANY', 'NONE'])
    assert.equal(route!.functionArn, scan.inventory.resources['lambda.function']![0]!.arn)
  })

  it('SAM: Globals.Api endpoint and authorizer apply to the implicit API; an authorizer from a parameter is unresolved', () => {
    const scan = routesOf(`Transform: AWS::Serverless-2016-10-31
Parameters:
  Authorizer: { Type: String }
Globals:
  Api:
    EndpointConfiguration: PRIVATE
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: a.h
      CodeUri: .
      Events:
        Get: { Type: Api, Properties: { Path: /a, Method: get } }
        Param: { Type: Api, Properties: { Path: /b, Method: get, Auth: { Authorizer: !Ref Authorizer } } }
`)
    const routes = scan.inventory.resources['apigateway.route']!
    const byPath = Object.fromEntries(routes.map((r) => [r.path, r]))
    assert.equal(byPath['/a']!.endpointType, 'PRIVATE')
    assert.equal(byPath['/a']!.authorizationType, 'NONE')
    assert.ok(byPath['/b']!.unresolved?.authorizationType)
    // The finding on the route points at the SAM event it comes from.
    assert.equal(byPath['/a']!.location?.startLine, 15)
  })
})

describe('API Gateway routes from serverless.yml', () => {
  it('http and httpApi events, with their authorizers', () => {
    const scan = routesOf(`service: shop
provider:
  name: aws
  runtime: python3.13
  endpointType: private
functions:
  api:
    handler: h.h
    events:
      - http: GET orders
      - http: { method: post, path: orders, authorizer: aws_iam }
      - http: { method: get, path: keys, private: true }
      - httpApi: '*'
      - httpApi: { method: get, path: /items, authorizer: { type: request, name: custom } }
`, 'serverless.yml')
    const routes = scan.inventory.resources['apigateway.route']!.map((r) => `${r.apiType} ${r.method} ${r.path} ${r.authorizationType} ${r.apiKeyRequired} ${r.endpointType ?? '-'}`)
    assert.deepEqual(routes, [
      'REST GET /orders NONE false PRIVATE',
      'REST POST /orders AWS_IAM false PRIVATE',
      'REST GET /keys NONE true PRIVATE',
      'HTTP ANY $default NONE false -',
      'HTTP GET /items CUSTOM false -',
    ])
  })
})

describe('API Gateway routes from Terraform', () => {
  it('REST method joined to its resource path, integration and function; HTTP route through its target', () => {
    const scan = routesOf(`resource "aws_lambda_function" "fn" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/r"
  handler       = "a.h"
  runtime       = "python3.13"
  filename      = "fn.zip"
}
resource "aws_api_gateway_rest_api" "api" {
  name = "shop"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "orders"
}
resource "aws_api_gateway_resource" "order" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_resource.orders.id
  path_part   = "{id}"
}
resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.order.id
  http_method   = "GET"
  authorization = var.auth
}
variable "auth" {
  type = string
}
resource "aws_api_gateway_integration" "get" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = aws_api_gateway_resource.order.id
  http_method = "GET"
  type        = "AWS_PROXY"
  uri         = aws_lambda_function.fn.invoke_arn
}
resource "aws_apigatewayv2_api" "quick" {
  name          = "quick"
  protocol_type = "HTTP"
  target        = aws_lambda_function.fn.arn
}
`, 'main.tf')
    const fn = scan.inventory.resources['lambda.function']![0]!
    const routes = scan.inventory.resources['apigateway.route']!
    const rest = routes.find((r) => r.apiType === 'REST')!
    assert.deepEqual([rest.path, rest.method, rest.apiName, rest.endpointType, rest.functionArn], ['/orders/{id}', 'GET', 'shop', 'PRIVATE', fn.arn])
    assert.ok(rest.unresolved?.authorizationType, 'authorization from a variable without a value is unresolved')
    const quick = routes.find((r) => r.apiType === 'HTTP')!
    assert.deepEqual([quick.path, quick.authorizationType, quick.functionArn], ['$default', 'NONE', fn.arn])
  })
})
