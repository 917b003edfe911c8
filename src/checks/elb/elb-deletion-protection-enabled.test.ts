import check from './elb-deletion-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'protected ALB', resource: loadBalancer() }, { name: 'protected GWLB', resource: loadBalancer({ type: 'gateway' }) }],
  invalid: [{ name: 'unprotected', resource: loadBalancer({ deletionProtection: false }), messageId: 'disabled', at: 'deletionProtection' }],
  unknown: [{ name: 'attribute from a parameter', resource: loadBalancer({ unresolved: { deletionProtection: '!Ref Protect' } }) }],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [subnet-a, subnet-b]\n    LoadBalancerAttributes: [{ Key: deletion_protection.enabled, Value: "true" }]\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\n'],
    },
    terraform: {
      good: ['resource "aws_lb" "this" {\n  name                       = "orders"\n  subnets                    = ["subnet-a", "subnet-b"]\n  enable_deletion_protection = true\n}\n'],
      bad: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\n'],
    },
  },
})
