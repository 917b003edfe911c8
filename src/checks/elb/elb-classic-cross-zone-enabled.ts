import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-classic-cross-zone-enabled',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer balances across Availability Zones',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that cross-zone load balancing is on, so that each load balancer node spreads requests over the registered instances of every enabled Availability Zone rather than only its own. Load balancers created through the API, the CLI or templates have it off unless it is set.',
    risk: 'With cross-zone load balancing off, a zone with few healthy instances receives as many requests as a zone with many: its instances overload and requests fail while capacity elsewhere sits idle.',
    remediation: {
      text: 'Turn on cross-zone load balancing.',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"CrossZoneLoadBalancing":{"Enabled":true}}\'',
      cloudformation: 'LegacyLb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    CrossZone: true\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/example }]',
      terraform: 'resource "aws_elb" "legacy" {\n  name                      = "legacy-web"\n  availability_zones        = ["us-east-1a", "us-east-1b"]\n  cross_zone_load_balancing = true\n\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/example"\n  }\n}',
    },
    messages: {
      enabled: 'Cross-zone load balancing is on for {{name}}.',
      disabled: 'Cross-zone load balancing is off for {{name}}.',
    },
  },
  evaluate(lb, { pass, fail }) {
    return lb.crossZoneLoadBalancing ? pass('enabled', { name: lb.name }) : fail('disabled', { data: { name: lb.name }, at: 'crossZoneLoadBalancing' })
  },
})
