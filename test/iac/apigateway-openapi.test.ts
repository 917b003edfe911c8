/**
 * API Gateway routes declared in OpenAPI definitions — CloudFormation `Body`, SAM
 * `DefinitionBody` / `DefinitionUri`, Terraform `body` — become the same `apigateway.route`
 * resources as Method/Route resources, so the route checks judge them; definitions the scan
 * cannot read give unknown verdicts, never passes.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import routesAuthorized from '../../src/checks/apigateway/apigateway-lambda-routes-authorized.js'
import type { ApiGatewayRoute } from '../../src/model/apigateway.js'
import { loadIac, type IacScan } from '../../src/sources/iac/load.js'
import { formatFileError } from '../../src/sources/iac/types.js'
import { findingsFor, loadSnippet } from './snippets.js'
import { loadTerraform } from './terraform/snippets.js'

const routes = (scan: IacScan): ApiGatewayRoute[] => {
  assert.deepEqual(scan.errors.map(formatFileError), [])
  return scan.inventory.resources['apigateway.route'] ?? []
}
const byKey = (scan: IacScan) => new Map(routes(scan).map((r) => [`${r.method} ${r.path}`, r]))
/** Verdict of the route-authorization check per route (`METHOD path` → status:message). */
const verdicts = (scan: IacScan) => new Map(findingsFor(routesAuthorized, scan).map((f) => [f.resourceId.replace(/^.*#[^/]+\//, ''), `${f.status}:${f.messageId ?? ''}`]))

const FN = `  Fn:
    Type: AWS::Lambda::Function
    Properties: { FunctionName: orders, Runtime: python3.13, Handler: a.h, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
`
const URI = '!Sub "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"'
const FN_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:orders'

describe('OpenAPI routes from CloudFormation', () => {
  const scan = loadSnippet(`Parameters:
  UseAuth: { Type: String }
Conditions:
  Auth: !Equals [!Ref UseAuth, 'yes']
Resources:
${FN}  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: shop
      Body:
        swagger: '2.0'
        info: { title: shop, version: '1' }
        securityDefinitions:
          sigv4: { type: apiKey, name: Authorization, in: header, x-amazon-apigateway-authtype: awsSigv4 }
          pool:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: cognito_user_pools
            x-amazon-apigateway-authorizer: { type: cognito_user_pools, providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x] }
          key: { type: apiKey, name: x-api-key, in: header }
        paths:
          /public:
            get:
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${URI} }
          /private:
            post:
              security: [{ sigv4: [] }]
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${URI} }
          /users:
            x-amazon-apigateway-any-method:
              security: [{ pool: [] }]
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${URI} }
          /keyed:
            get:
              security: [{ key: [] }]
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${URI} }
          /maybe:
            get:
              security: !If [Auth, [{ sigv4: [] }], []]
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${URI} }
          /mock:
            get:
              x-amazon-apigateway-integration: { type: mock }
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: items
      ProtocolType: HTTP
      Body:
        openapi: 3.0.1
        info: { title: items, version: '1' }
        components:
          securitySchemes:
            jwt: { type: oauth2, x-amazon-apigateway-authorizer: { type: jwt, jwtConfiguration: { issuer: 'https://issuer.example.com', audience: [a] } } }
        paths:
          /items:
            get:
              security: [{ jwt: [] }]
              x-amazon-apigateway-integration: { payloadFormatVersion: '2.0', uri: !GetAtt Fn.Arn }
          /iam:
            post:
              x-amazon-apigateway-auth: { type: AWS_IAM }
              x-amazon-apigateway-integration: { type: aws_proxy, payloadFormatVersion: '2.0', uri: !GetAtt Fn.Arn }
`)

  it('reads every operation with its authorization, API key and function', () => {
    const r = byKey(scan)
    assert.deepEqual([...r.keys()].sort(), ['ANY /users', 'GET /items', 'GET /keyed', 'GET /maybe', 'GET /mock', 'GET /public', 'POST /iam', 'POST /private'])
    assert.equal(r.get('GET /public')!.authorizationType, 'NONE')
    assert.equal(r.get('GET /public')!.functionArn, FN_ARN)
    assert.equal(r.get('GET /public')!.apiType, 'REST')
    assert.equal(r.get('GET /public')!.apiName, 'shop')
    assert.equal(r.get('POST /private')!.authorizationType, 'AWS_IAM')
    assert.equal(r.get('ANY /users')!.authorizationType, 'COGNITO_USER_POOLS')
    assert.equal(r.get('ANY /users')!.authorizerId, 'pool')
    assert.equal(r.get('GET /keyed')!.apiKeyRequired, true)
    assert.equal(r.get('GET /items')!.authorizationType, 'JWT')
    assert.equal(r.get('GET /items')!.apiType, 'HTTP')
    assert.equal(r.get('GET /items')!.functionArn, FN_ARN)
    assert.equal(r.get('POST /iam')!.authorizationType, 'AWS_IAM')
    assert.equal(r.get('GET /mock')!.functionArn, undefined)
  })

  it('points each route at its operation in the template', () => {
    const r = byKey(scan).get('GET /public')!
    // Line 27 is `get:` under `/public:`.
    assert.equal(r.attributeLocations?.authorizationType?.startLine, 27)
  })

  it('the route-authorization check judges them: open fails, authorized passes, an unresolved security is unknown', () => {
    const v = verdicts(scan)
    assert.equal(v.get('GET /public'), 'fail:open')
    assert.equal(v.get('POST /private'), 'pass:authorized')
    assert.equal(v.get('ANY /users'), 'pass:authorized')
    assert.equal(v.get('GET /keyed'), 'pass:api-key')
    assert.equal(v.get('GET /items'), 'pass:authorized')
    assert.equal(v.get('GET /maybe')?.split(':')[0], 'unknown')
    assert.equal(v.get('GET /mock'), 'skip:skipped')
  })
})

describe('OpenAPI routes next to Method resources', () => {
  it('a hand-written AWS::ApiGateway::Method of the same path and method is read once, from the Method', () => {
    const scan = loadSnippet(`Resources:
${FN}  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: shop
      Body:
        swagger: '2.0'
        paths:
          /orders:
            get:
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${URI} }
            post:
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${URI} }
  Orders:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders }
  OrdersGet:
    Type: AWS::ApiGateway::Method
    Properties: { RestApiId: !Ref Api, ResourceId: !Ref Orders, HttpMethod: GET, AuthorizationType: AWS_IAM }
`)
    const r = routes(scan).map((x) => `${x.method} ${x.path} ${x.authorizationType}`).sort()
    assert.deepEqual(r, ['GET /orders AWS_IAM', 'POST /orders NONE'])
  })
})

describe('OpenAPI routes from SAM', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-openapi-'))
  let scan: IacScan
  try {
    writeFileSync(
      join(dir, 'openapi.yaml'),
      `openapi: 3.0.1
info: { title: items, version: '1' }
paths:
  /items:
    get:
      x-amazon-apigateway-auth: { type: AWS_IAM }
      x-amazon-apigateway-integration: { type: aws_proxy, payloadFormatVersion: '2.0', uri: 'arn:aws:lambda:us-east-1:123456789012:function:items' }
  /open:
    x-amazon-apigateway-any-method:
      x-amazon-apigateway-integration: { payloadFormatVersion: '2.0', uri: 'arn:aws:lambda:us-east-1:123456789012:function:items' }
  /templated:
    get:
      x-amazon-apigateway-integration: { type: aws_proxy, uri: 'arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${ItemsFn.Arn}/invocations' }
`,
    )
    writeFileSync(
      join(dir, 'template.yaml'),
      `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: TokenAuth
        Authorizers:
          TokenAuth: { FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:auth }
      DefinitionBody:
        swagger: '2.0'
        info: { title: shop, version: '1' }
        paths:
          /orders:
            get:
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${OrdersFn.Arn}/invocations" }
          /health:
            get:
              security: []
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${OrdersFn.Arn}/invocations" }
          /reports:
            get:
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${OrdersFn.Arn}/invocations" }
  OrdersFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: a.h
      InlineCode: x
      Events:
        Get:
          Type: Api
          Properties: { RestApiId: !Ref Api, Path: /orders, Method: get, Auth: { Authorizer: NONE } }
  Included:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://bucket/openapi.yaml } }
  InS3:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionUri: s3://bucket/openapi.yaml
  FromFile:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionUri: ./openapi.yaml
`,
    )
    scan = loadIac([dir])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  it('DefinitionBody operations without security get the DefaultAuthorizer; security: [] opts out', () => {
    const get = (key: string) => routes(scan).find((x) => `${x.method} ${x.path}` === key && x.id.includes('#Api/'))
    assert.equal(get('GET /reports')?.authorizationType, 'CUSTOM')
    assert.equal(get('GET /reports')?.authorizerId, 'TokenAuth')
    assert.equal(get('GET /health')?.authorizationType, 'NONE')
  })

  it('a route that is both an event and an operation is read once, with the event\'s authorization', () => {
    const orders = routes(scan).filter((x) => x.method === 'GET' && x.path === '/orders')
    assert.equal(orders.length, 1)
    assert.equal(orders[0]!.authorizationType, 'NONE')
    assert.match(orders[0]!.id, /OrdersFnGetMethod$/)
  })

  it('DefinitionUri of a local file is read; a `${…}` URI it cannot resolve leaves the function unknown', () => {
    const file = routes(scan).filter((x) => x.id.includes('#FromFile/'))
    assert.deepEqual(file.map((x) => `${x.method} ${x.path} ${x.authorizationType}`).sort(), ['ANY /open NONE', 'GET /items AWS_IAM', 'GET /templated NONE'])
    const templated = file.find((x) => x.path === '/templated')!
    assert.ok(templated.unresolved?.functionArn)
  })

  it('Fn::Transform AWS::Include and a definition in S3 give a route whose verdict is unknown', () => {
    const v = verdicts(scan)
    const unknown = [...v].filter(([, s]) => s.startsWith('unknown')).map(([k]) => k)
    assert.equal(v.get('GET /health'), 'fail:open')
    assert.equal(v.get('GET /reports'), 'pass:authorized')
    const findings = findingsFor(routesAuthorized, scan)
    for (const api of ['Included', 'InS3']) {
      const f = findings.filter((x) => x.resourceId.includes(`#${api}/`))
      assert.equal(f.length, 1, api)
      assert.equal(f[0]!.status, 'unknown', api)
    }
    assert.ok(unknown.includes('GET /templated'))
  })
})

describe('OpenAPI routes from Terraform', () => {
  const FN_TF = `
resource "aws_lambda_function" "fn" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/r"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "fn.zip"
}
`

  it('jsonencode({…}) body: routes with authorization and the function from invoke_arn', () => {
    const scan = loadTerraform(`${FN_TF}
resource "aws_api_gateway_rest_api" "api" {
  name = "shop"
  body = jsonencode({
    openapi    = "3.0.1"
    info       = { title = "shop", version = "1" }
    components = { securitySchemes = { sigv4 = { type = "apiKey", name = "Authorization", in = "header", "x-amazon-apigateway-authtype" = "awsSigv4" } } }
    paths = {
      "/public"  = { get = { "x-amazon-apigateway-integration" = { type = "aws_proxy", httpMethod = "POST", uri = aws_lambda_function.fn.invoke_arn } } }
      "/private" = { post = { security = [{ sigv4 = [] }], "x-amazon-apigateway-integration" = { type = "aws_proxy", httpMethod = "POST", uri = aws_lambda_function.fn.invoke_arn } } }
      "/maybe"   = { get = { security = var.security, "x-amazon-apigateway-integration" = { type = "aws_proxy", httpMethod = "POST", uri = aws_lambda_function.fn.invoke_arn } } }
    }
  })
}
variable "security" {}
`)
    const r = byKey(scan)
    assert.equal(r.get('GET /public')!.functionArn, FN_ARN)
    assert.equal(r.get('GET /public')!.attributeLocations?.authorizationType?.startLine, 12)
    const v = verdicts(scan)
    assert.equal(v.get('GET /public'), 'fail:open')
    assert.equal(v.get('POST /private'), 'pass:authorized')
    assert.equal(v.get('GET /maybe')?.split(':')[0], 'unknown')
  })

  it('file() of a local YAML definition on an HTTP API', () => {
    const scan = loadTerraform({
      'main.tf': `${FN_TF}
resource "aws_apigatewayv2_api" "http" {
  name          = "items"
  protocol_type = "HTTP"
  body          = file("\${path.module}/openapi.yaml")
}
`,
      'openapi.yaml': `openapi: 3.0.1
info: { title: items, version: '1' }
paths:
  /items:
    get:
      x-amazon-apigateway-auth: { type: AWS_IAM }
      x-amazon-apigateway-integration: { type: aws_proxy, payloadFormatVersion: '2.0', uri: 'arn:aws:lambda:us-east-1:123456789012:function:orders' }
  $default:
    x-amazon-apigateway-any-method:
      x-amazon-apigateway-integration: { payloadFormatVersion: '2.0', uri: 'arn:aws:lambda:us-east-1:123456789012:function:orders' }
`,
    })
    const v = verdicts(scan)
    assert.equal(v.get('GET /items'), 'pass:authorized')
    assert.equal(v.get('ANY $default'), 'fail:open')
    assert.equal(byKey(scan).get('ANY $default')!.apiType, 'HTTP')
  })

  it('a body the scan cannot know (a variable) gives one route whose verdict is unknown', () => {
    const scan = loadTerraform(`${FN_TF}
variable "spec" {}
resource "aws_api_gateway_rest_api" "api" {
  name = "shop"
  body = var.spec
}
`)
    const f = findingsFor(routesAuthorized, scan)
    assert.equal(f.length, 1)
    assert.equal(f[0]!.status, 'unknown')
  })

  it('a body that is not JSON or YAML is unknown too, and says why', () => {
    const scan = loadTerraform(`resource "aws_api_gateway_rest_api" "api" {
  name = "shop"
  body = "{ not: [valid"
}
`)
    const [route] = routes(scan)
    assert.match(route!.unresolved!.authorizationType!, /not valid JSON or YAML/)
  })

  it('an operation also declared as an aws_api_gateway_method is read once', () => {
    const scan = loadTerraform(`${FN_TF}
resource "aws_api_gateway_rest_api" "api" {
  name = "shop"
  body = jsonencode({ paths = { "/orders" = { get = { "x-amazon-apigateway-integration" = { type = "aws_proxy", uri = aws_lambda_function.fn.invoke_arn } } } } })
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
  authorization = "AWS_IAM"
}
`)
    const orders = routes(scan).filter((r) => r.path === '/orders')
    assert.equal(orders.length, 1)
    assert.equal(orders[0]!.authorizationType, 'AWS_IAM')
  })
})
