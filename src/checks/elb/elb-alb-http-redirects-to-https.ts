import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-alb-http-redirects-to-https',
    resourceType: 'elb.load-balancer',
    title: 'Application Load Balancer HTTP listeners redirect to HTTPS',
    severity: 'medium',
    categories: ['encryption', 'network'],
    description: 'Checks every HTTP listener of an Application Load Balancer: its default action must be a redirect to HTTPS. A listener that forwards, answers or authenticates over plain HTTP fails. Load balancers without HTTP listeners pass; Network and Gateway Load Balancers are skipped.',
    risk: 'Requests served over plain HTTP can be read and changed on the way: session cookies, credentials and responses travel in clear text, and a user who types the address without https:// never reaches the encrypted site.',
    remediation: {
      text: 'Change the HTTP listener\'s default action to a permanent redirect (HTTP_301) to HTTPS on port 443, and serve the application only from an HTTPS listener.',
      cli: 'aws elbv2 modify-listener --listener-arn <http-listener-arn> --default-actions \'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\'',
      cloudformation: 'HttpListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref LoadBalancer\n    Port: 80\n    Protocol: HTTP\n    DefaultActions:\n      - Type: redirect\n        RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 }',
      terraform: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type = "redirect"\n    redirect {\n      protocol    = "HTTPS"\n      port        = "443"\n      status_code = "HTTP_301"\n    }\n  }\n}',
    },
    messages: {
      redirects: 'Every HTTP listener of {{name}} redirects to HTTPS.',
      'no-http': '{{name}} has no plain HTTP listener.',
      'serves-http': 'HTTP listener on port {{port}} of {{name}} serves requests over plain HTTP ({{action}}) instead of redirecting to HTTPS.',
    },
  },
  evaluate(lb, { pass, fail, skip }) {
    if (lb.type !== 'application') return skip(`${lb.type} load balancers have no HTTP listeners`)
    const http = lb.listeners.filter((l) => l.protocol === 'HTTP')
    if (!http.length) return pass('no-http', { name: lb.name })
    const verdicts: Verdict[] = []
    for (const l of http) {
      const first = l.defaultActions[0]
      if (first?.type === 'redirect' && first.redirectProtocol === 'HTTPS') continue
      const action = first ? (first.type === 'redirect' ? `redirect to ${first.redirectProtocol ?? 'the same protocol'}` : first.type) : 'no action'
      verdicts.push(fail('serves-http', { data: { name: lb.name, port: l.port, action }, at: 'listeners', subject: `listener ${l.port}` }))
    }
    return verdicts.length ? verdicts : pass('redirects', { name: lb.name })
  },
})
