import check from './elb-alb-drop-invalid-headers.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'drops invalid headers', resource: loadBalancer() }],
  invalid: [{ name: 'passes them on', resource: loadBalancer({ dropInvalidHeaderFields: false }), messageId: 'disabled', at: 'dropInvalidHeaderFields' }],
  unknown: [{ name: 'attributes unreadable', resource: loadBalancer({ unresolved: { dropInvalidHeaderFields: 'AccessDenied' } }) }],
  skip: [{ name: 'network load balancer', resource: loadBalancer({ type: 'network' }) }],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [subnet-a, subnet-b]\n    LoadBalancerAttributes: [{ Key: routing.http.drop_invalid_header_fields.enabled, Value: "true" }]\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Type: application, Subnets: [subnet-a, subnet-b] }\n'],
    },
    terraform: {
      good: ['resource "aws_lb" "this" {\n  name                       = "orders"\n  subnets                    = ["subnet-a", "subnet-b"]\n  drop_invalid_header_fields = true\n}\n'],
      bad: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\n'],
    },
  },
})
