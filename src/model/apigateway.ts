import type { ResourceBase } from './common.js'

/**
 * `apigateway.route`: one method of a REST API resource (API Gateway v1) or one route of an HTTP
 * API (v2), with how callers are authorized and what it integrates. One resource per method or
 * route, so a verdict names the exact route.
 */
export interface ApiGatewayRoute extends ResourceBase {
  apiId: string
  apiName?: string
  /** `REST` (v1), `HTTP` or `WEBSOCKET` (v2). */
  apiType: 'REST' | 'HTTP' | 'WEBSOCKET'
  /** REST: the resource path (`/orders/{id}`); HTTP: the path of the route key (`$default` for the default route). */
  path: string
  /** HTTP method (`GET`, `ANY` …); WebSocket routes have the route key here. */
  method: string
  /**
   * REST: NONE, AWS_IAM, CUSTOM (Lambda authorizer), COGNITO_USER_POOLS. HTTP/WebSocket: NONE,
   * AWS_IAM, CUSTOM, JWT.
   */
  authorizationType: string
  authorizerId?: string
  /** REST methods only: an API key is required (usage plans). */
  apiKeyRequired: boolean
  /** `AWS_PROXY`, `AWS`, `HTTP_PROXY`, `MOCK` … */
  integrationType?: string
  /** The Lambda function the route invokes (unqualified ARN), when it integrates one. */
  functionArn?: string
  /** REST: EDGE, REGIONAL or PRIVATE (reachable only through interface VPC endpoints). */
  endpointType?: string
  /** The default execute-api endpoint is switched off (callers must use a custom domain). */
  executeApiEndpointDisabled?: boolean
}

/** One method setting of a REST stage: the stage default (path `DEFAULT`) or one method (`/orders/GET`). */
export interface ApiGatewayMethodSetting {
  /** `DEFAULT` (AWS writes it as star-slash-star) or `<resource path>/<METHOD>`. */
  path: string
  /** Execution logging: `OFF`, `ERROR` or `INFO`. */
  loggingLevel?: string
  cachingEnabled?: boolean
  cacheDataEncrypted?: boolean
}

/**
 * `apigateway.stage`: a deployed stage of a REST API (v1) or of an HTTP/WebSocket API (v2), with
 * its logging, tracing, WAF, client-certificate and cache settings.
 */
export interface ApiGatewayStage extends ResourceBase {
  apiId: string
  apiName?: string
  apiType: 'REST' | 'HTTP' | 'WEBSOCKET'
  stageName: string
  /** Access logs go to this CloudWatch Logs group or Firehose stream; absent when access logging is off. */
  accessLogDestinationArn?: string
  /**
   * REST: method settings (execution logging and caching), the stage default (`DEFAULT`)
   * first. WebSocket: the default route settings as one `DEFAULT` entry. Empty when none are set (execution logging off).
   */
  methodSettings: ApiGatewayMethodSetting[]
  /** REST: X-Ray active tracing. */
  tracingEnabled?: boolean
  /** REST: the WAF web ACL associated with the stage. */
  webAclArn?: string
  /** REST: client certificate API Gateway presents to the integration endpoints. */
  clientCertificateId?: string
  /** REST: a cache cluster is provisioned for the stage. */
  cacheClusterEnabled?: boolean
}

/** `apigateway.domain-name`: a custom domain name of API Gateway and its TLS security policy. */
export interface ApiGatewayDomainName extends ResourceBase {
  domainName: string
  /** `TLS_1_0`, `TLS_1_2`, or an enhanced policy (`SecurityPolicy_TLS13_1_3_2025_09` …); AWS default TLS_1_2. */
  securityPolicy: string
  /** `EDGE`, `REGIONAL` or `PRIVATE`. */
  endpointType?: string
}
