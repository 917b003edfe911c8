import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-alb-drop-invalid-headers',
    resourceType: 'elb.load-balancer',
    title: 'Application Load Balancer drops invalid HTTP header fields',
    severity: 'medium',
    categories: ['network'],
    description: 'Checks that an Application Load Balancer removes HTTP headers whose names are not valid (routing.http.drop_invalid_header_fields.enabled), instead of passing them to the targets. Network and Gateway Load Balancers are skipped.',
    risk: 'Malformed header names are a classic ingredient of HTTP request smuggling and header-injection attacks: the load balancer and the application may disagree about what the request contains.',
    remediation: {
      text: 'Turn on routing.http.drop_invalid_header_fields.enabled (valid header names contain only letters, digits and hyphens).',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
      cloudformation: 'LoadBalancer:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [!Ref SubnetA, !Ref SubnetB]\n    LoadBalancerAttributes:\n      - { Key: routing.http.drop_invalid_header_fields.enabled, Value: "true" }',
      terraform: 'resource "aws_lb" "this" {\n  name                       = "orders"\n  subnets                    = [aws_subnet.a.id, aws_subnet.b.id]\n  drop_invalid_header_fields = true\n}',
    },
    messages: {
      enabled: '{{name}} drops invalid HTTP header fields.',
      disabled: '{{name}} passes invalid HTTP header fields on to its targets.',
    },
  },
  evaluate(lb, { pass, fail, skip }) {
    if (lb.type !== 'application') return skip('only Application Load Balancers parse HTTP headers')
    return lb.dropInvalidHeaderFields ? pass('enabled', { name: lb.name }) : fail('disabled', { data: { name: lb.name }, at: 'dropInvalidHeaderFields' })
  },
})
