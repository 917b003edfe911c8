import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-classic-https-listeners',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer listeners terminate HTTPS or TLS',
    severity: 'medium',
    categories: ['encryption', 'network'],
    description: 'Checks every listener of a Classic Load Balancer: front-end protocol HTTPS or SSL passes, HTTP and TCP fail (each listener is reported). Internal load balancers are checked too: traffic inside a VPC is not encrypted by default.',
    risk: 'Clients talk to an HTTP or TCP listener in clear text: credentials, session cookies and data can be read or altered by anyone on the path.',
    remediation: {
      text: 'Replace plain listeners with HTTPS (or SSL for TCP traffic) listeners that use an ACM certificate and a TLS 1.2 security policy — or, better, migrate to an Application Load Balancer, which can redirect HTTP to HTTPS.',
      cli: 'aws elb create-load-balancer-listeners --load-balancer-name <name> --listeners Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=80,SSLCertificateId=<acm-certificate-arn>\naws elb delete-load-balancer-listeners --load-balancer-name <name> --load-balancer-ports 80',
      cloudformation: 'LegacyLb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners:\n      - { LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/example, PolicyNames: [TLS12] }\n    Policies:\n      - PolicyName: TLS12\n        PolicyType: SSLNegotiationPolicyType\n        Attributes: [{ Name: Reference-Security-Policy, Value: ELBSecurityPolicy-TLS-1-2-2017-01 }]',
      terraform: 'resource "aws_elb" "legacy" {\n  name               = "legacy-web"\n  availability_zones = ["us-east-1a", "us-east-1b"]\n\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = aws_acm_certificate.web.arn\n  }\n}',
    },
    messages: {
      encrypted: 'Every listener of {{name}} terminates HTTPS or TLS.',
      plaintext: 'Listener on port {{port}} of {{name}} accepts plain {{protocol}}.',
    },
  },
  evaluate(lb, { pass, fail }) {
    const verdicts: Verdict[] = lb.listeners
      .filter((l) => l.protocol.toUpperCase() !== 'HTTPS' && l.protocol.toUpperCase() !== 'SSL')
      .map((l) => fail('plaintext', { data: { name: lb.name, port: l.loadBalancerPort, protocol: l.protocol.toUpperCase() }, at: 'listeners', subject: `listener ${l.loadBalancerPort}` }))
    return verdicts.length ? verdicts : pass('encrypted', { name: lb.name })
  },
})
