import check from './elb-classic-desync-mitigation.js'
import { testCheck } from '../../../test/check-tester.js'
import { classicLoadBalancer } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'defensive', resource: classicLoadBalancer() }, { name: 'mode not set (AWS default)', resource: classicLoadBalancer({ desyncMitigationMode: undefined }) }],
  invalid: [{ name: 'monitor', resource: classicLoadBalancer({ desyncMitigationMode: 'monitor' }), messageId: 'monitor', at: 'desyncMitigationMode' }],
  unknown: [{ name: 'attributes unreadable', resource: classicLoadBalancer({ unresolved: { desyncMitigationMode: 'AccessDenied' } }) }],
  skip: [{ name: 'TCP only', resource: classicLoadBalancer({ listeners: [{ loadBalancerPort: 22, protocol: 'TCP' }], desyncMitigationMode: 'monitor' }) }],
  iac: {
    // CloudFormation cannot set the classic desync mode (it stays defensive): no bad template exists.
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'],
      bad: [],
    },
    terraform: {
      good: ['resource "aws_elb" "web" {\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
      bad: ['resource "aws_elb" "web" {\n  availability_zones     = ["us-east-1a", "us-east-1b"]\n  desync_mitigation_mode = "monitor"\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
    },
  },
})
