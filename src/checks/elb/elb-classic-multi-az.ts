import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-classic-multi-az',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer spans at least two Availability Zones',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that a Classic Load Balancer is enabled in at least two Availability Zones (the `minimumZones` option).',
    risk: 'A load balancer in one Availability Zone is unavailable whenever that zone is.',
    remediation: {
      text: 'Enable another Availability Zone (or attach a subnet in one) and register instances there.',
      cli: 'aws elb enable-availability-zones-for-load-balancer --load-balancer-name <name> --availability-zones <zone>',
      cloudformation: 'LegacyLb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/example }]',
      terraform: 'resource "aws_elb" "legacy" {\n  name               = "legacy-web"\n  availability_zones = ["us-east-1a", "us-east-1b"]\n\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/example"\n  }\n}',
    },
    messages: {
      'multi-az': '{{name}} spans {{count}} Availability Zones.',
      'single-az': '{{name}} spans only {{count}} Availability Zone(s), fewer than {{minimum}}.',
    },
    options: { minimumZones: 2 },
  },
  evaluate(lb, { pass, fail, options }) {
    const minimum = Number(options.minimumZones ?? 2)
    const count = new Set(lb.availabilityZones).size
    return count >= minimum ? pass('multi-az', { name: lb.name, count }) : fail('single-az', { data: { name: lb.name, count, minimum }, at: 'availabilityZones' })
  },
})
