import check from './elb-listener-encryption-in-transit.js'
import { testCheck } from '../../../test/check-tester.js'
import { loadBalancer } from '../../../test/factories/index.js'

const https = { id: 'https', port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultActions: [{ type: 'forward' }] }
const redirect = { id: 'http', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] }
const forward = { id: 'http', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'forward' }] }
const lbCfn = (listener: string) => `Lb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties: { Subnets: [subnet-a, subnet-b] }\nListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref Lb\n${listener}    DefaultActions: [{ Type: forward, TargetGroupArn: tg }]\n`
const lbTf = (listener: string) => `resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = ["subnet-a", "subnet-b"]\n}\nresource "aws_lb_listener" "l" {\n  load_balancer_arn = aws_lb.this.arn\n${listener}  default_action {\n    type             = "forward"\n    target_group_arn = "tg"\n  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'ALB with only an HTTPS listener', resource: loadBalancer({ listeners: [https] }) },
    { name: 'NLB with a TLS listener', resource: loadBalancer({ type: 'network' }) },
    { name: 'redirect-only HTTP listener accepted by option', resource: loadBalancer({ listeners: [https, redirect] }), options: { allowHttpsRedirect: true } },
  ],
  invalid: [
    { name: 'HTTP listener that only redirects (AWS fails it)', resource: loadBalancer({ listeners: [https, redirect] }), messageId: 'redirectOnly', at: 'listeners' },
    { name: 'HTTP listener that forwards', resource: loadBalancer({ listeners: [https, forward] }), messageId: 'plaintext', at: 'listeners' },
    { name: 'forwarding HTTP listener even with the redirect option', resource: loadBalancer({ listeners: [forward] }), options: { allowHttpsRedirect: true }, messageId: 'plaintext' },
    { name: 'NLB TCP listener', resource: loadBalancer({ type: 'network', listeners: [{ id: 'tcp', port: 5432, protocol: 'TCP', defaultActions: [{ type: 'forward' }] }] }), messageId: 'plaintext' },
    { name: 'NLB UDP listener', resource: loadBalancer({ type: 'network', listeners: [{ id: 'udp', port: 53, protocol: 'UDP', defaultActions: [{ type: 'forward' }] }] }), messageId: 'plaintext' },
  ],
  unknown: [{ name: 'listeners from a parameter', resource: loadBalancer({ unresolved: { listeners: '!Ref Listeners' } }) }],
  skip: [
    { name: 'Gateway Load Balancer', resource: loadBalancer({ type: 'gateway' }) },
    { name: 'no listeners', resource: loadBalancer({ listeners: [] }) },
  ],
  iac: {
    cloudformation: {
      good: [lbCfn('    Port: 443\n    Protocol: HTTPS\n    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n')],
      bad: [lbCfn('    Port: 80\n    Protocol: HTTP\n')],
    },
    terraform: {
      good: [lbTf('  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n')],
      bad: [lbTf('  port              = 80\n  protocol          = "HTTP"\n')],
    },
  },
})
