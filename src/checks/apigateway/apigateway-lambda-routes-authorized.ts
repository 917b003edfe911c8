import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'apigateway-lambda-routes-authorized',
    resourceType: 'apigateway.route',
    title: 'API Gateway routes that invoke a Lambda function require authorization',
    severity: 'high',
    categories: ['public-exposure'],
    description:
      'Looks at every REST API method and every HTTP or WebSocket API route whose integration invokes a Lambda function and fails when its authorization type is NONE: no IAM authorization, no Lambda (CUSTOM) authorizer, no Cognito user pool and no JWT authorizer. A REST method that requires an API key passes with its own message — an API key identifies a caller for usage plans but is not meant as authentication, so treat it as the weakest acceptable option. Methods of private REST APIs (reachable only through interface VPC endpoints) pass. Routes that integrate something other than a function are skipped.',
    risk:
      'Anyone on the internet who finds the endpoint can call the route and have API Gateway invoke the function with their payload, on the function\'s role and bill.',
    remediation: {
      text: 'Attach an authorizer to the route — IAM (AWS_IAM) for service-to-service calls, a Cognito user pool or JWT authorizer for users, a Lambda authorizer for anything else — or make the API private if only your VPC calls it.',
      cli: 'aws apigateway update-method --rest-api-id <api-id> --resource-id <resource-id> --http-method <METHOD> --patch-operations op=replace,path=/authorizationType,value=AWS_IAM\naws apigateway create-deployment --rest-api-id <api-id> --stage-name <stage>\naws apigatewayv2 update-route --api-id <api-id> --route-id <route-id> --authorization-type JWT --authorizer-id <authorizer-id>',
      cloudformation:
        'OrdersGet:\n  Type: AWS::ApiGateway::Method\n  Properties:\n    RestApiId: !Ref Api\n    ResourceId: !Ref OrdersResource\n    HttpMethod: GET\n    AuthorizationType: COGNITO_USER_POOLS   # not NONE\n    AuthorizerId: !Ref UserPoolAuthorizer\n    Integration: { Type: AWS_PROXY, IntegrationHttpMethod: POST, Uri: !Sub "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Function.Arn}/invocations" }',
      terraform:
        'resource "aws_apigatewayv2_route" "items" {\n  api_id             = aws_apigatewayv2_api.http.id\n  route_key          = "GET /items"\n  target             = "integrations/${aws_apigatewayv2_integration.fn.id}"\n  authorization_type = "JWT" # not "NONE"\n  authorizer_id      = aws_apigatewayv2_authorizer.jwt.id\n}',
    },
    messages: {
      authorized: '{{route}} of API {{api}} invokes {{function}} only for callers authorized by {{authorization}}.',
      'api-key': '{{route}} of API {{api}} invokes {{function}} for callers with an API key (no authorizer: keys identify callers, they do not authenticate them).',
      private: '{{route}} of API {{api}} invokes {{function}} but the API is private (reachable only through VPC endpoints).',
      open: '{{route}} of API {{api}} invokes {{function}} for anyone: its authorization type is NONE and it requires no API key.',
    },
  },
  evaluate(route, { pass, fail, skip }) {
    if (!route.functionArn) return skip('the route does not integrate a Lambda function')
    const data = { route: `${route.method} ${route.path}`, api: route.apiName ?? route.apiId, function: route.functionArn.split(':').pop() ?? route.functionArn }
    if (route.authorizationType !== 'NONE') return pass('authorized', { ...data, authorization: route.authorizationType })
    if (route.endpointType === 'PRIVATE') return pass('private', data)
    if (route.apiKeyRequired) return pass('api-key', data)
    return fail('open', { data, at: 'authorizationType' })
  },
})
