/**
 * The SAM transform deploys a stage for every REST API (an AWS::Serverless::Api, or the implicit
 * ServerlessRestApi of `Api` events, stage `Prod`), with the API's stage settings and Globals.Api:
 * run through the real IaC pipeline and the API Gateway stage checks.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Check } from '../../../core/check.js'
import { findingsFor, loadSnippet } from '../../../../test/iac/snippets.js'
import accessLogging from '../../../checks/apigateway/apigateway-stage-access-logging-enabled.js'
import cacheEncrypted from '../../../checks/apigateway/apigateway-stage-cache-encrypted.js'
import clientCertificate from '../../../checks/apigateway/apigateway-stage-client-certificate.js'
import executionLogging from '../../../checks/apigateway/apigateway-stage-execution-logging-enabled.js'
import wafAssociated from '../../../checks/apigateway/apigateway-stage-waf-associated.js'
import xrayTracing from '../../../checks/apigateway/apigateway-stage-xray-tracing-enabled.js'

const HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\n'
const FN = (events: string) => `  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: app.handler\n      CodeUri: src/\n      Events:\n${events}`
const EXPLICIT_EVENT = '        Get:\n          Type: Api\n          Properties: { RestApiId: !Ref OrdersApi, Path: /orders, Method: get }\n'
const IMPLICIT_EVENT = '        Get:\n          Type: Api\n          Properties: { Path: /orders, Method: get }\n'

const SECURE_API = `${HEAD}Resources:
  OrdersApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: live
      TracingEnabled: true
      CacheClusterEnabled: true
      CacheClusterSize: "0.5"
      AccessLogSetting:
        DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:orders-api
        Format: $context.requestId
      MethodSettings:
        - ResourcePath: "/*"
          HttpMethod: "*"
          LoggingLevel: ERROR
          CachingEnabled: true
          CacheDataEncrypted: true
  Acl:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub arn:aws:apigateway:\${AWS::Region}::/restapis/\${OrdersApi}/stages/live
      WebACLArn: arn:aws:wafv2:us-east-1:111122223333:regional/webacl/orders/abc
${FN(EXPLICIT_EVENT)}`

const BARE_API = `${HEAD}Resources:
  OrdersApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: live
      CacheClusterEnabled: true
      MethodSettings:
        - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, MetricsEnabled: true }
${FN(EXPLICIT_EVENT)}`

const IMPLICIT_WITH_GLOBALS = `${HEAD}Globals:
  Api:
    TracingEnabled: true
    AccessLogSetting:
      DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:api
      Format: $context.requestId
    MethodSettings:
      - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: INFO }
Resources:
${FN(IMPLICIT_EVENT)}`

const IMPLICIT_BARE = `${HEAD}Resources:\n${FN(IMPLICIT_EVENT)}`

type Status = 'pass' | 'fail' | 'skip'

function verdicts(template: string, checks: Check[]): Record<string, string[]> {
  const scan = loadSnippet(template)
  assert.deepEqual(scan.errors, [])
  return Object.fromEntries(checks.map((c) => [c.meta.id, findingsFor(c, scan).map((f) => `${f.resourceName}:${f.status}`)]))
}

const ALL = [accessLogging, cacheEncrypted, clientCertificate, executionLogging, wafAssociated, xrayTracing]
const expect = (stage: string, s: Record<string, Status>) => Object.fromEntries(ALL.map((c) => [c.meta.id, [`${stage}:${s[c.meta.id]}`]]))

describe('SAM REST API stages', () => {
  it('an AWS::Serverless::Api with every stage setting: its stage passes (SAM cannot set a client certificate)', () => {
    assert.deepEqual(
      verdicts(SECURE_API, ALL),
      expect('OrdersApi/live', {
        'apigateway-stage-access-logging-enabled': 'pass',
        'apigateway-stage-cache-encrypted': 'pass',
        'apigateway-stage-client-certificate': 'fail',
        'apigateway-stage-execution-logging-enabled': 'pass',
        'apigateway-stage-waf-associated': 'pass',
        'apigateway-stage-xray-tracing-enabled': 'pass',
      }),
    )
  })

  it('an AWS::Serverless::Api without them: its stage fails each check', () => {
    assert.deepEqual(
      verdicts(BARE_API, ALL),
      expect('OrdersApi/live', {
        'apigateway-stage-access-logging-enabled': 'fail',
        'apigateway-stage-cache-encrypted': 'fail',
        'apigateway-stage-client-certificate': 'fail',
        'apigateway-stage-execution-logging-enabled': 'fail',
        'apigateway-stage-waf-associated': 'fail',
        'apigateway-stage-xray-tracing-enabled': 'fail',
      }),
    )
  })

  it('the implicit API of Api events gets the Prod stage with Globals.Api settings', () => {
    assert.deepEqual(
      verdicts(IMPLICIT_WITH_GLOBALS, ALL),
      expect('ServerlessRestApi/Prod', {
        'apigateway-stage-access-logging-enabled': 'pass',
        'apigateway-stage-cache-encrypted': 'skip',
        'apigateway-stage-client-certificate': 'fail',
        'apigateway-stage-execution-logging-enabled': 'pass',
        'apigateway-stage-waf-associated': 'fail',
        'apigateway-stage-xray-tracing-enabled': 'pass',
      }),
    )
    assert.deepEqual(verdicts(IMPLICIT_BARE, [accessLogging, executionLogging, xrayTracing]), {
      'apigateway-stage-access-logging-enabled': ['ServerlessRestApi/Prod:fail'],
      'apigateway-stage-execution-logging-enabled': ['ServerlessRestApi/Prod:fail'],
      'apigateway-stage-xray-tracing-enabled': ['ServerlessRestApi/Prod:fail'],
    })
  })

  it('Globals.Api method settings come before the API\'s own; the API\'s scalars win', () => {
    const template = `${HEAD}Globals:\n  Api:\n    TracingEnabled: true\n    MethodSettings:\n      - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: "OFF" }\nResources:\n  OrdersApi:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: v1\n      TracingEnabled: false\n      MethodSettings:\n        - { ResourcePath: /orders, HttpMethod: GET, LoggingLevel: ERROR }\n${FN(EXPLICIT_EVENT)}`
    const scan = loadSnippet(template)
    const stage = scan.inventory.resources['apigateway.stage']?.[0]
    assert.equal(stage?.stageName, 'v1')
    assert.equal(stage?.tracingEnabled, false)
    assert.deepEqual(stage?.methodSettings.map((m) => [m.path, m.loggingLevel]), [['DEFAULT', 'OFF'], ['/orders/GET', 'ERROR']])
  })

  it('a finding on a SAM stage points at the API\'s property, or at Globals.Api', () => {
    const bare = loadSnippet(BARE_API)
    const [tracing] = findingsFor(xrayTracing, bare)
    assert.equal(tracing?.location?.startLine, BARE_API.split('\n').findIndex((l) => l.includes('OrdersApi:')) + 1)
    const globals = loadSnippet(IMPLICIT_WITH_GLOBALS)
    const stage = globals.inventory.resources['apigateway.stage']?.[0]
    assert.equal(stage?.attributeLocations?.tracingEnabled?.startLine, IMPLICIT_WITH_GLOBALS.split('\n').findIndex((l) => l.includes('TracingEnabled: true')) + 1)
  })

  it('an explicit stage of the same name is not replaced', () => {
    const template = `${HEAD}Resources:\n  OrdersApi:\n    Type: AWS::Serverless::Api\n    Properties: { StageName: live }\n  OrdersApiliveStage:\n    Type: AWS::ApiGateway::Stage\n    Properties: { RestApiId: !Ref OrdersApi, StageName: live, TracingEnabled: true }\n${FN(EXPLICIT_EVENT)}`
    assert.deepEqual(verdicts(template, [xrayTracing]), { 'apigateway-stage-xray-tracing-enabled': ['OrdersApi/live:pass'] })
  })

  it('HTTP APIs: the explicit API\'s stage and the implicit $default stage carry their access log settings', () => {
    const httpFn = (events: string) => FN(events)
    const explicit = `${HEAD}Resources:\n  Http:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      AccessLogSettings:\n        DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:http\n        Format: $context.requestId\n${httpFn('        Get:\n          Type: HttpApi\n          Properties: { ApiId: !Ref Http, Path: /orders, Method: get }\n')}`
    assert.deepEqual(verdicts(explicit, [accessLogging]), { 'apigateway-stage-access-logging-enabled': ['Http/$default:pass'] })
    const implicitBare = `${HEAD}Resources:\n${httpFn('        Get:\n          Type: HttpApi\n          Properties: { Path: /orders, Method: get }\n')}`
    assert.deepEqual(verdicts(implicitBare, [accessLogging]), { 'apigateway-stage-access-logging-enabled': ['ServerlessHttpApi/$default:fail'] })
    const implicitGlobals = `${HEAD}Globals:\n  HttpApi:\n    AccessLogSettings:\n      DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:http\n      Format: $context.requestId\nResources:\n${httpFn('        Get:\n          Type: HttpApi\n          Properties: { Path: /orders, Method: get }\n')}`
    assert.deepEqual(verdicts(implicitGlobals, [accessLogging]), { 'apigateway-stage-access-logging-enabled': ['ServerlessHttpApi/$default:pass'] })
  })
})
