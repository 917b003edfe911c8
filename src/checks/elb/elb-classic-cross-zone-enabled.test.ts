import check from './elb-classic-cross-zone-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { classicLoadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'cross-zone on', resource: classicLoadBalancer() }],
  invalid: [{ name: 'cross-zone off', resource: classicLoadBalancer({ crossZoneLoadBalancing: false }), messageId: 'disabled', at: 'crossZoneLoadBalancing' }],
  unknown: [{ name: 'attributes unreadable', resource: classicLoadBalancer({ unresolved: { crossZoneLoadBalancing: 'AccessDenied' } }) }],
  iac: {
    cloudformation: { good: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    CrossZone: true\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'], bad: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'] },
    terraform: {
      good: ['resource "aws_elb" "web" {\n  availability_zones        = ["us-east-1a", "us-east-1b"]\n  cross_zone_load_balancing = true\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
      bad: ['resource "aws_elb" "web" {\n  availability_zones        = ["us-east-1a", "us-east-1b"]\n  cross_zone_load_balancing = false\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
    },
  },
})
