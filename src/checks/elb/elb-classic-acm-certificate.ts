import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-classic-acm-certificate',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer HTTPS and SSL listeners use ACM certificates',
    severity: 'medium',
    categories: ['encryption', 'lifecycle'],
    description: 'Checks that the certificate of every HTTPS and SSL listener of a Classic Load Balancer comes from AWS Certificate Manager, not from IAM server certificates that someone has to renew and upload by hand.',
    risk: 'An IAM server certificate does not renew itself: when it expires, clients get certificate errors and the site is effectively down; private keys uploaded to IAM also pass through people and pipelines.',
    remediation: {
      text: 'Request (or import) the certificate in ACM and switch the listener to it; ACM renews the certificates it issues automatically.',
      cli: 'aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name <name> --load-balancer-port 443 --ssl-certificate-id <acm-certificate-arn>',
      cloudformation: 'LegacyLb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners:\n      - { LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: !Ref AcmCertificate }',
      terraform: 'resource "aws_elb" "legacy" {\n  name               = "legacy-web"\n  availability_zones = ["us-east-1a", "us-east-1b"]\n\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = aws_acm_certificate.web.arn\n  }\n}',
    },
    messages: {
      acm: 'Every HTTPS/SSL listener of {{name}} uses an ACM certificate.',
      'not-acm': 'Listener on port {{port}} of {{name}} uses a certificate that is not from ACM ({{certificate}}).',
    },
  },
  evaluate(lb, { pass, fail, skip }) {
    const secure = lb.listeners.filter((l) => ['HTTPS', 'SSL'].includes(l.protocol.toUpperCase()))
    if (!secure.length) return skip('the load balancer has no HTTPS or SSL listener')
    const verdicts: Verdict[] = []
    for (const l of secure) {
      const cert = l.sslCertificateId ?? ''
      if (/^arn:[^:]+:acm:/.test(cert)) continue
      verdicts.push(fail('not-acm', { data: { name: lb.name, port: l.loadBalancerPort, certificate: cert.split('/').pop() || 'none' }, at: 'listeners', subject: `listener ${l.loadBalancerPort}` }))
    }
    return verdicts.length ? verdicts : pass('acm', { name: lb.name })
  },
})
