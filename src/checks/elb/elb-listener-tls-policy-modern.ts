import { defineCheck, type Verdict } from '../../core/check.js'
import { elbPolicyMinTls, tlsAtLeast } from '../../analysis/elb-tls.js'

export default defineCheck({
  meta: {
    id: 'elb-listener-tls-policy-modern',
    resourceType: 'elb.load-balancer',
    title: 'Load balancer HTTPS and TLS listeners use a security policy without TLS 1.0 and 1.1',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks the security policy of every HTTPS listener (Application Load Balancer) and TLS listener (Network Load Balancer) against data/elb-tls-policies.json: the oldest protocol it accepts must be at least the `minimumTls` option (default 1.2). A listener created from a template or the CLI without a policy gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0. A policy the data file does not list is reported as unknown.',
    risk: 'A listener that still accepts TLS 1.0 or 1.1 lets clients (or an attacker in the middle) negotiate protocols and CBC/SHA-1 cipher suites with known weaknesses, and fails PCI DSS and most security baselines.',
    remediation: {
      text: 'Switch the listener to ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.3 and 1.2) or a stricter policy; look at the load balancer\'s access or connection logs first for clients that still use TLS 1.0/1.1.',
      cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
      cloudformation: 'HttpsListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref LoadBalancer\n    Port: 443\n    Protocol: HTTPS\n    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n    Certificates: [{ CertificateArn: !Ref Certificate }]\n    DefaultActions: [{ Type: forward, TargetGroupArn: !Ref TargetGroup }]',
      terraform: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn   = aws_acm_certificate.this.arn\n\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.app.arn\n  }\n}',
    },
    messages: {
      modern: 'Every HTTPS/TLS listener of {{name}} accepts only TLS {{minimum}} or later.',
      legacy: '{{protocol}} listener on port {{port}} of {{name}} uses {{policy}}, which still accepts TLS {{accepts}}.',
    },
    options: { minimumTls: '1.2' },
  },
  evaluate(lb, { pass, fail, skip, unknown, options }) {
    const minimum = String(options.minimumTls ?? '1.2')
    const secure = lb.listeners.filter((l) => l.protocol === 'HTTPS' || l.protocol === 'TLS')
    if (!secure.length) return skip('the load balancer has no HTTPS or TLS listener')
    const verdicts: Verdict[] = []
    for (const l of secure) {
      const policy = l.sslPolicy ?? 'ELBSecurityPolicy-2016-08'
      const accepts = elbPolicyMinTls(policy)
      if (accepts === undefined) {
        verdicts.push(unknown(`security policy ${policy} of the listener on port ${l.port} is not in data/elb-tls-policies.json`, { at: 'listeners' }))
        continue
      }
      if (!tlsAtLeast(accepts, minimum)) verdicts.push(fail('legacy', { data: { name: lb.name, protocol: l.protocol, port: l.port, policy, accepts }, at: 'listeners', subject: `listener ${l.port}` }))
    }
    return verdicts.length ? verdicts : pass('modern', { name: lb.name, minimum })
  },
})
