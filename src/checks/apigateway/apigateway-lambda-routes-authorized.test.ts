import check from './apigateway-lambda-routes-authorized.js'
import { testCheck } from '../../../test/check-tester.js'
import { apiGatewayRoute } from '../../../test/factories/index.js'

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
})
