import check from './elb-alb-desync-mitigation.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'defensive', resource: loadBalancer() }, { name: 'strictest', resource: loadBalancer({ desyncMitigationMode: 'strictest' }) }],
  invalid: [{ name: 'monitor', resource: loadBalancer({ desyncMitigationMode: 'monitor' }), messageId: 'monitor', at: 'desyncMitigationMode' }],
  unknown: [{ name: 'mode from a parameter', resource: loadBalancer({ unresolved: { desyncMitigationMode: '!Ref Mode' } }) }],
  skip: [{ name: 'gateway load balancer', resource: loadBalancer({ type: 'gateway' }) }],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [subnet-a, subnet-b]\n    LoadBalancerAttributes: [{ Key: routing.http.desync_mitigation_mode, Value: monitor }]\n'],
    },
    terraform: {
      good: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\n'],
      bad: ['resource "aws_lb" "this" {\n  name                   = "orders"\n  subnets                = ["subnet-a", "subnet-b"]\n  desync_mitigation_mode = "monitor"\n}\n'],
    },
  },
})
