import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-classic-access-logs-enabled',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer writes access logs',
    severity: 'medium',
    categories: ['logging'],
    description: 'Checks that access logging to S3 is on for every Classic Load Balancer.',
    risk: 'Without access logs there is no record of which clients sent which requests through the load balancer, so abuse and intrusions cannot be investigated.',
    remediation: {
      text: 'Create an S3 bucket whose policy lets Elastic Load Balancing write to it and turn on access logs (every 5 or 60 minutes).',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"AccessLog":{"Enabled":true,"S3BucketName":"<bucket>","EmitInterval":5}}\'',
      cloudformation: 'LegacyLb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    AccessLoggingPolicy: { Enabled: true, S3BucketName: elb-logs-111122223333, EmitInterval: 5 }\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/example }]',
      terraform: 'resource "aws_elb" "legacy" {\n  name               = "legacy-web"\n  availability_zones = ["us-east-1a", "us-east-1b"]\n\n  access_logs {\n    bucket   = "elb-logs-111122223333"\n    interval = 5\n    enabled  = true\n  }\n\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/example"\n  }\n}',
    },
    messages: {
      enabled: '{{name}} writes access logs.',
      disabled: '{{name}} writes no access logs.',
    },
  },
  evaluate(lb, { pass, fail }) {
    return lb.accessLogsEnabled ? pass('enabled', { name: lb.name }) : fail('disabled', { data: { name: lb.name }, at: 'accessLogsEnabled' })
  },
})
