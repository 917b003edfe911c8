import check from './elb-classic-access-logs-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { classicLoadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'logs on', resource: classicLoadBalancer() }],
  invalid: [{ name: 'logs off', resource: classicLoadBalancer({ accessLogsEnabled: false }), messageId: 'disabled', at: 'accessLogsEnabled' }],
  unknown: [{ name: 'attributes unreadable', resource: classicLoadBalancer({ unresolved: { accessLogsEnabled: 'AccessDenied' } }) }],
  iac: {
    cloudformation: { good: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    AccessLoggingPolicy: { Enabled: true, S3BucketName: logs }\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'], bad: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'] },
    terraform: {
      good: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  access_logs {\n    bucket = "logs"\n  }\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
      bad: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  access_logs {\n    bucket  = "logs"\n    enabled = false\n  }\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
    },
  },
})
