import { defineCheck, type Verdict } from '../../core/check.js'

/** Protocols that terminate TLS at the load balancer: HTTPS on an ALB, TLS on an NLB. */
const ENCRYPTED = new Set(['HTTPS', 'TLS'])

export default defineCheck({
  meta: {
    id: 'elb-listener-encryption-in-transit',
    resourceType: 'elb.load-balancer',
    title: 'Application and Network Load Balancer listeners terminate HTTPS or TLS',
    severity: 'medium',
    categories: ['encryption', 'network'],
    description: 'Checks the protocol of every listener of an Application or Network Load Balancer: HTTPS (ALB) and TLS (NLB) pass; HTTP, TCP, UDP, TCP_UDP and any other protocol fail, each listener reported on its own. As in the AWS control, an HTTP listener whose only job is to redirect to HTTPS still fails, because it accepts the first request in clear text; set the `allowHttpsRedirect` option to accept such listeners. Gateway Load Balancers (GENEVE, no TLS termination) and load balancers without listeners are skipped.',
    risk: 'A listener that does not terminate TLS carries requests, credentials and responses in clear text between clients and the load balancer, where anyone on the path can read or change them.',
    remediation: {
      text: 'Serve clients from an HTTPS listener (Application Load Balancer) or a TLS listener (Network Load Balancer) with an ACM certificate and a TLS 1.2+ security policy, then delete the plain listener (or keep an HTTP listener that only redirects, if you accept that first clear-text request).',
      cli: 'aws elbv2 create-listener --load-balancer-arn <lb-arn> --protocol HTTPS --port 443 --certificates CertificateArn=<acm-certificate-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06 --default-actions Type=forward,TargetGroupArn=<target-group-arn>\naws elbv2 delete-listener --listener-arn <plain-listener-arn>',
      cloudformation: 'HttpsListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref LoadBalancer\n    Port: 443\n    Protocol: HTTPS          # TLS for a Network Load Balancer\n    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n    Certificates: [{ CertificateArn: !Ref Certificate }]\n    DefaultActions: [{ Type: forward, TargetGroupArn: !Ref TargetGroup }]',
      terraform: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 443\n  protocol          = "HTTPS" # "TLS" for a Network Load Balancer\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn   = aws_acm_certificate.this.arn\n\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.app.arn\n  }\n}',
    },
    messages: {
      encrypted: 'Every listener of {{name}} terminates HTTPS or TLS.',
      plaintext: '{{protocol}} listener on port {{port}} of {{name}} does not encrypt traffic in transit.',
      redirectOnly: 'HTTP listener on port {{port}} of {{name}} only redirects to HTTPS, but still accepts the first request in clear text.',
    },
    options: { allowHttpsRedirect: false },
  },
  evaluate(lb, { pass, fail, skip, options }) {
    if (lb.type === 'gateway') return skip('Gateway Load Balancer listeners (GENEVE) do not terminate TLS')
    if (!lb.listeners.length) return skip('the load balancer has no listeners')
    const allowRedirect = options.allowHttpsRedirect === true
    const verdicts: Verdict[] = []
    for (const l of lb.listeners) {
      const protocol = l.protocol.toUpperCase()
      if (ENCRYPTED.has(protocol)) continue
      const first = l.defaultActions[0]
      const redirectOnly = protocol === 'HTTP' && l.defaultActions.length === 1 && first?.type === 'redirect' && first.redirectProtocol === 'HTTPS'
      if (redirectOnly && allowRedirect) continue
      const data = { name: lb.name, port: l.port, protocol }
      verdicts.push(fail(redirectOnly ? 'redirectOnly' : 'plaintext', { data, at: 'listeners', subject: `listener ${l.port}` }))
    }
    return verdicts.length ? verdicts : pass('encrypted', { name: lb.name })
  },
})
