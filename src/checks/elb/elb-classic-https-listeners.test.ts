import check from './elb-classic-https-listeners.js'
import { testCheck } from '../../../test/check-tester.js'
import { classicLoadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'HTTPS listener', resource: classicLoadBalancer() }, { name: 'SSL listener', resource: classicLoadBalancer({ listeners: [{ loadBalancerPort: 5671, protocol: 'SSL', instancePort: 5672, instanceProtocol: 'TCP', sslCertificateId: 'arn:aws:acm:us-east-1:111122223333:certificate/x' }] }) }],
  invalid: [
    { name: 'HTTP listener', resource: classicLoadBalancer({ listeners: [{ loadBalancerPort: 80, protocol: 'HTTP', instancePort: 80, instanceProtocol: 'HTTP' }] }), messageId: 'plaintext', at: 'listeners' },
    { name: 'HTTPS plus TCP', resource: classicLoadBalancer({ listeners: [...classicLoadBalancer().listeners, { loadBalancerPort: 22, protocol: 'TCP', instancePort: 22, instanceProtocol: 'TCP' }] }), messageId: 'plaintext', count: 1 },
  ],
  unknown: [{ name: 'listeners from a parameter', resource: classicLoadBalancer({ unresolved: { listeners: '!Ref Listeners' } }) }],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "80", Protocol: HTTP, InstancePort: "80", InstanceProtocol: HTTP }]\n'],
    },
    terraform: {
      good: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
      bad: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port           = 80\n    lb_protocol       = "http"\n    instance_port     = 80\n    instance_protocol = "http"\n  }\n}\n'],
    },
  },
})
