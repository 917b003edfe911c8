import check from './elb-access-logs-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'ALB with logs', resource: loadBalancer() }, { name: 'NLB with TLS listener and logs', resource: loadBalancer({ type: 'network' }) }],
  invalid: [
    { name: 'ALB without logs', resource: loadBalancer({ accessLogsEnabled: false, accessLogsBucket: undefined }), messageId: 'disabled', at: 'accessLogsEnabled' },
    { name: 'NLB with TLS listener, no logs', resource: loadBalancer({ type: 'network', accessLogsEnabled: false }), messageId: 'disabled' },
  ],
  unknown: [{ name: 'attributes unreadable', resource: loadBalancer({ unresolved: { accessLogsEnabled: 'AccessDenied (elasticloadbalancing:DescribeLoadBalancerAttributes)' } }) }],
  skip: [
    { name: 'gateway load balancer', resource: loadBalancer({ type: 'gateway', accessLogsEnabled: false }) },
    { name: 'NLB with TCP listeners only', resource: loadBalancer({ type: 'network', accessLogsEnabled: false, listeners: [{ id: 'tcp', port: 5432, protocol: 'TCP', defaultActions: [{ type: 'forward' }] }] }) },
  ],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [subnet-a, subnet-b]\n    LoadBalancerAttributes:\n      - { Key: access_logs.s3.enabled, Value: "true" }\n      - { Key: access_logs.s3.bucket, Value: logs }\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\n'],
    },
    terraform: {
      good: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n  access_logs {\n    bucket  = "logs"\n    enabled = true\n  }\n}\n'],
      bad: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n  access_logs {\n    bucket  = "logs"\n    enabled = false\n  }\n}\n'],
    },
  },
})
