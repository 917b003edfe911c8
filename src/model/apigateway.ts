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
