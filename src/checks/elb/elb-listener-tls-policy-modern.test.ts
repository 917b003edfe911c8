import check from './elb-listener-tls-policy-modern.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

const ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/orders-alb/50dc6c495c0c9188'
const https = (sslPolicy?: string) => [{ id: `${ARN}/https`, port: 443, protocol: 'HTTPS', ...(sslPolicy ? { sslPolicy } : {}), defaultActions: [{ type: 'forward' }] }]

testCheck(check, {
  valid: [
    { name: 'TLS 1.3/1.2 policy', resource: loadBalancer() },
    { name: 'TLS 1.3 only', resource: loadBalancer({ listeners: https('ELBSecurityPolicy-TLS13-1-3-2021-06') }) },
    { name: 'NLB TLS listener, FS 1.2 policy', resource: loadBalancer({ type: 'network', listeners: [{ id: 'tls', port: 443, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10', defaultActions: [{ type: 'forward' }] }] }) },
    { name: 'TLS 1.1 allowed by option', resource: loadBalancer({ listeners: https('ELBSecurityPolicy-TLS-1-1-2017-01') }), options: { minimumTls: '1.1' } },
  ],
  invalid: [
    { name: 'the 2016-08 default', resource: loadBalancer({ listeners: https('ELBSecurityPolicy-2016-08') }), messageId: 'legacy', at: 'listeners' },
    { name: 'no policy named (template default)', resource: loadBalancer({ listeners: https() }), messageId: 'legacy' },
    { name: 'TLS 1.1 policy', resource: loadBalancer({ listeners: https('ELBSecurityPolicy-TLS-1-1-2017-01') }), messageId: 'legacy' },
  ],
  unknown: [
    { name: 'policy not in the data file', resource: loadBalancer({ listeners: https('ELBSecurityPolicy-Future-2030-01') }) },
    { name: 'policy from a parameter', resource: loadBalancer({ unresolved: { listeners: '!Ref SslPolicy' } }) },
  ],
  skip: [{ name: 'no HTTPS listener', resource: loadBalancer({ listeners: [{ id: 'http', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] }] }) }],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\nHttps:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref Lb\n    Port: 443\n    Protocol: HTTPS\n    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n    DefaultActions: [{ Type: forward, TargetGroupArn: tg }]\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\nHttps:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref Lb\n    Port: 443\n    Protocol: HTTPS\n    DefaultActions: [{ Type: forward, TargetGroupArn: tg }]\n'],
    },
    terraform: {
      good: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\nresource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  default_action {\n    type             = "forward"\n    target_group_arn = "tg"\n  }\n}\n'],
      bad: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\nresource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-2016-08"\n  default_action {\n    type             = "forward"\n    target_group_arn = "tg"\n  }\n}\n'],
    },
  },
})
