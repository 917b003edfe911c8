import { defineCheck, type Verdict } from '../../core/check.js'
import { classicPolicyMinTls, elbPolicyMinTls, tlsAtLeast } from '../../analysis/elb-tls.js'

export default defineCheck({
  meta: {
    id: 'elb-classic-tls-policy',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer HTTPS and SSL listeners accept only TLS 1.2 or later',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks the SSL negotiation policy of every HTTPS and SSL listener of a Classic Load Balancer: a predefined policy (Reference-Security-Policy) is looked up in data/elb-tls-policies.json; a hand-built policy is judged by the protocols it enables. The oldest accepted protocol must be at least the `minimumTls` option (default 1.2). A listener without a policy gets ELBSecurityPolicy-2016-08 (TLS 1.0) and fails.',
    risk: 'Listeners that accept SSLv3, TLS 1.0 or TLS 1.1 allow downgrades to protocols and cipher suites with known attacks, and fail PCI DSS.',
    remediation: {
      text: 'Create an SSL negotiation policy that references ELBSecurityPolicy-TLS-1-2-2017-01 and set it on each HTTPS/SSL listener.',
      cli: 'aws elb create-load-balancer-policy --load-balancer-name <name> --policy-name TLS12 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01\naws elb set-load-balancer-policies-of-listener --load-balancer-name <name> --load-balancer-port 443 --policy-names TLS12',
      cloudformation: 'LegacyLb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners:\n      - { LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/example, PolicyNames: [TLS12] }\n    Policies:\n      - PolicyName: TLS12\n        PolicyType: SSLNegotiationPolicyType\n        Attributes: [{ Name: Reference-Security-Policy, Value: ELBSecurityPolicy-TLS-1-2-2017-01 }]',
      terraform: 'resource "aws_load_balancer_policy" "tls12" {\n  load_balancer_name = aws_elb.legacy.name\n  policy_name        = "TLS12"\n  policy_type_name   = "SSLNegotiationPolicyType"\n\n  policy_attribute {\n    name  = "Reference-Security-Policy"\n    value = "ELBSecurityPolicy-TLS-1-2-2017-01"\n  }\n}\n\nresource "aws_load_balancer_listener_policy" "https" {\n  load_balancer_name = aws_elb.legacy.name\n  load_balancer_port = 443\n  policy_names       = [aws_load_balancer_policy.tls12.policy_name]\n}',
    },
    messages: {
      modern: 'Every HTTPS/SSL listener of {{name}} accepts only TLS {{minimum}} or later.',
      legacy: 'Listener on port {{port}} of {{name}} uses {{policy}}, which still accepts {{accepts}}.',
    },
    options: { minimumTls: '1.2' },
  },
  evaluate(lb, { pass, fail, skip, unknown, options }) {
    const minimum = String(options.minimumTls ?? '1.2')
    const secure = lb.listeners.filter((l) => ['HTTPS', 'SSL'].includes(l.protocol.toUpperCase()))
    if (!secure.length) return skip('the load balancer has no HTTPS or SSL listener')
    const verdicts: Verdict[] = []
    for (const l of secure) {
      const tls = l.tls ?? { referencePolicy: 'ELBSecurityPolicy-2016-08' }
      const policy = tls.referencePolicy ?? tls.policyName ?? 'a custom policy'
      const accepts = tls.referencePolicy ? elbPolicyMinTls(tls.referencePolicy) : classicPolicyMinTls(tls.protocols ?? [])
      if (accepts === undefined) {
        verdicts.push(unknown(`the protocols of policy ${policy} on port ${l.loadBalancerPort} are not known`, { at: 'listeners' }))
        continue
      }
      if (!tlsAtLeast(accepts, minimum)) verdicts.push(fail('legacy', { data: { name: lb.name, port: l.loadBalancerPort, policy, accepts: accepts === 'SSLv3' ? 'SSLv3' : `TLS ${accepts}` }, at: 'listeners', subject: `listener ${l.loadBalancerPort}` }))
    }
    return verdicts.length ? verdicts : pass('modern', { name: lb.name, minimum })
  },
})
