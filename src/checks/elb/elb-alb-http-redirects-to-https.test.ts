import check from './elb-alb-http-redirects-to-https.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

const ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/orders-alb/50dc6c495c0c9188'

testCheck(check, {
  valid: [
    { name: 'HTTP redirects to HTTPS', resource: loadBalancer() },
    { name: 'HTTPS only', resource: loadBalancer({ listeners: [{ id: `${ARN}/https`, port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultActions: [{ type: 'forward' }] }] }) },
  ],
  invalid: [
    { name: 'HTTP forwards', resource: loadBalancer({ listeners: [{ id: `${ARN}/http`, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'forward' }] }] }), messageId: 'serves-http', at: 'listeners' },
    { name: 'HTTP redirects to HTTP', resource: loadBalancer({ listeners: [{ id: `${ARN}/http`, port: 8080, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirectProtocol: '#{protocol}' }] }] }), messageId: 'serves-http', count: 1 },
  ],
  unknown: [{ name: 'listeners could not be read', resource: loadBalancer({ unresolved: { listeners: 'AccessDenied (elasticloadbalancing:DescribeListeners)' } }) }],
  skip: [{ name: 'network load balancer', resource: loadBalancer({ type: 'network' }) }],
  iac: {
    cloudformation: {
      good: [
        'Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\nHttp:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref Lb\n    Port: 80\n    Protocol: HTTP\n    DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 } }]\n',
      ],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\nHttp:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref Lb\n    Port: 80\n    Protocol: HTTP\n    DefaultActions: [{ Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1 }]\n'],
    },
    terraform: {
      good: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\nresource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 80\n  protocol          = "HTTP"\n  default_action {\n    type = "redirect"\n    redirect {\n      protocol    = "HTTPS"\n      port        = "443"\n      status_code = "HTTP_301"\n    }\n  }\n}\n'],
      bad: ['resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\nresource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 80\n  protocol          = "HTTP"\n  default_action {\n    type             = "forward"\n    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1"\n  }\n}\n'],
    },
  },
})
