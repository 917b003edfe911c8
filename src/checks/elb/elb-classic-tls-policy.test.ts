import check from './elb-classic-tls-policy.js'
import { testCheck } from '../../../test/check-tester.js'
import { classicLoadBalancer } from '../../../test/factories/index.js'

const https = (tls?: { policyName?: string; referencePolicy?: string; protocols?: string[] }) => [{ loadBalancerPort: 443, protocol: 'HTTPS', instancePort: 80, instanceProtocol: 'HTTP', sslCertificateId: 'arn:aws:acm:us-east-1:111122223333:certificate/x', ...(tls ? { tls } : {}) }]
const LISTENER = '    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x, PolicyNames: [Tls] }]\n'

testCheck(check, {
  valid: [
    { name: 'TLS 1.2 reference policy', resource: classicLoadBalancer() },
    { name: 'custom policy with TLS 1.2 only', resource: classicLoadBalancer({ listeners: https({ policyName: 'custom', protocols: ['Protocol-TLSv1.2'] }) }) },
  ],
  invalid: [
    { name: '2016-08 reference policy', resource: classicLoadBalancer({ listeners: https({ referencePolicy: 'ELBSecurityPolicy-2016-08' }) }), messageId: 'legacy', at: 'listeners' },
    { name: 'no policy (default)', resource: classicLoadBalancer({ listeners: https() }), messageId: 'legacy' },
    { name: 'custom policy with TLS 1.0', resource: classicLoadBalancer({ listeners: https({ policyName: 'custom', protocols: ['Protocol-TLSv1', 'Protocol-TLSv1.2'] }) }), messageId: 'legacy' },
  ],
  unknown: [
    { name: 'custom policy with unknown protocols', resource: classicLoadBalancer({ listeners: https({ policyName: 'custom', protocols: [] }) }) },
    { name: 'policies unreadable', resource: classicLoadBalancer({ unresolved: { listeners: 'AccessDenied (elasticloadbalancing:DescribeLoadBalancerPolicies)' } }) },
  ],
  skip: [{ name: 'TCP only', resource: classicLoadBalancer({ listeners: [{ loadBalancerPort: 22, protocol: 'TCP' }] }) }],
  iac: {
    cloudformation: {
      good: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n' + LISTENER + '    Policies:\n      - { PolicyName: Tls, PolicyType: SSLNegotiationPolicyType, Attributes: [{ Name: Reference-Security-Policy, Value: ELBSecurityPolicy-TLS-1-2-2017-01 }] }\n'],
      bad: ['Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n' + LISTENER + '    Policies:\n      - { PolicyName: Tls, PolicyType: SSLNegotiationPolicyType, Attributes: [{ Name: Reference-Security-Policy, Value: ELBSecurityPolicy-2016-08 }] }\n', 'Lb:\n  Type: AWS::ElasticLoadBalancing::LoadBalancer\n  Properties:\n    AvailabilityZones: [us-east-1a, us-east-1b]\n    Listeners: [{ LoadBalancerPort: "443", Protocol: HTTPS, InstancePort: "80", InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x }]\n'],
    },
    terraform: {
      good: ['resource "aws_elb" "web" {\n  name               = "web"\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\nresource "aws_load_balancer_policy" "tls" {\n  load_balancer_name = aws_elb.web.name\n  policy_name        = "tls"\n  policy_type_name   = "SSLNegotiationPolicyType"\n  policy_attribute {\n    name  = "Reference-Security-Policy"\n    value = "ELBSecurityPolicy-TLS-1-2-2017-01"\n  }\n}\nresource "aws_load_balancer_listener_policy" "https" {\n  load_balancer_name = aws_elb.web.name\n  load_balancer_port = 443\n  policy_names       = [aws_load_balancer_policy.tls.policy_name]\n}\n'],
      bad: ['resource "aws_elb" "web" {\n  name               = "web"\n  availability_zones = ["us-east-1a", "us-east-1b"]\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/x"\n  }\n}\n'],
    },
  },
})
