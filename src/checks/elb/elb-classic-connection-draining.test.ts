import check from './elb-classic-connection-draining.js'
import { testCheck } from '../../../test/check-tester.js'
import { classicLoadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'draining on', resource: classicLoadBalancer() }],
  invalid: [{ name: 'draining off', resource: classicLoadBalancer({ connectionDraining: false }), messageId: 'disabled', at: 'connectionDraining' }],
  unknown: [{ name: 'attributes unreadable', resource: classicLoadBalancer({ unresolved: { connectionDraining: 'AccessDenied' } }) }],
  iac: {
    cloudformation: { good: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    ConnectionDrainingPolicy: { Enabled: true, Timeout: 60 }\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'], bad: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'] },
    terraform: {
      good: ['resource "aws_elb" "web" {\n  availability_zones  = ["us-east-1a", "us-east-1b"]\n  connection_draining = true\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
      bad: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
    },
  },
})
