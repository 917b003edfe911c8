import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-classic-connection-draining',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer drains connections before deregistering instances',
    severity: 'low',
    categories: ['resilience'],
    description: 'Checks that connection draining is on, so that in-flight requests to an instance that is deregistered or fails its health checks can complete (for up to the draining timeout) instead of being cut.',
    risk: 'Without connection draining every deployment, scale-in or instance replacement drops the requests those instances are serving; clients see errors and partial writes.',
    remediation: {
      text: 'Turn on connection draining with a timeout that covers your longest normal request (300 seconds is the default when it is turned on).',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"ConnectionDraining":{"Enabled":true,"Timeout":300}}\'',
      cloudformation: 'LegacyLb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    ConnectionDrainingPolicy: { Enabled: true, Timeout: 300 }\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/example }]',
      terraform: 'resource "aws_elb" "legacy" {\n  name                        = "legacy-web"\n  availability_zones          = ["us-east-1a", "us-east-1b"]\n  connection_draining         = true\n  connection_draining_timeout = 300\n\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/example"\n  }\n}',
    },
    messages: {
      enabled: 'Connection draining is on for {{name}}.',
      disabled: 'Connection draining is off for {{name}}.',
    },
  },
  evaluate(lb, { pass, fail }) {
    return lb.connectionDraining ? pass('enabled', { name: lb.name }) : fail('disabled', { data: { name: lb.name }, at: 'connectionDraining' })
  },
})
