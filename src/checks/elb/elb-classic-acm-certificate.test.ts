import check from './elb-classic-acm-certificate.js'
import { testCheck } from '../../../test/check-tester.js'
import { classicLoadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'ACM certificate', resource: classicLoadBalancer() }],
  invalid: [{ name: 'IAM server certificate', resource: classicLoadBalancer({ listeners: [{ loadBalancerPort: 443, protocol: 'HTTPS', sslCertificateId: 'arn:aws:iam::111122223333:server-certificate/web-2019' }] }), messageId: 'not-acm', at: 'listeners' }],
  unknown: [{ name: 'certificate from a parameter', resource: classicLoadBalancer({ unresolved: { listeners: '!Ref Cert' } }) }],
  skip: [{ name: 'TCP only', resource: classicLoadBalancer({ listeners: [{ loadBalancerPort: 22, protocol: 'TCP' }] }) }],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:iam::111122223333:server-certificate/web }]\n'],
    },
    terraform: {
      good: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
      bad: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:iam::111122223333:server-certificate/web"\n  }\n}\n'],
    },
  },
})
