import { defineCheck } from '../../core/check.js'

const SAFE = new Set(['defensive', 'strictest'])

export default defineCheck({
  meta: {
    id: 'elb-alb-desync-mitigation',
    resourceType: 'elb.load-balancer',
    title: 'Application Load Balancer mitigates HTTP desync in defensive or strictest mode',
    severity: 'medium',
    categories: ['network'],
    description: 'Checks the desync mitigation mode of Application Load Balancers (routing.http.desync_mitigation_mode): defensive (the default) and strictest pass, monitor fails because it forwards ambiguous requests unchanged. Network and Gateway Load Balancers are skipped.',
    risk: 'In monitor mode requests that the load balancer and the target could parse differently (conflicting Content-Length and Transfer-Encoding …) are forwarded, which is what HTTP request smuggling needs to poison caches or bypass security controls.',
    remediation: {
      text: 'Set routing.http.desync_mitigation_mode to defensive (or strictest if every client is RFC 7230 compliant).',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=routing.http.desync_mitigation_mode,Value=defensive',
      cloudformation: 'LoadBalancer:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [!Ref SubnetA, !Ref SubnetB]\n    LoadBalancerAttributes:\n      - { Key: routing.http.desync_mitigation_mode, Value: defensive }',
      terraform: 'resource "aws_lb" "this" {\n  name                   = "orders"\n  subnets                = [aws_subnet.a.id, aws_subnet.b.id]\n  desync_mitigation_mode = "defensive"\n}',
    },
    messages: {
      mitigated: '{{name}} mitigates HTTP desync in {{mode}} mode.',
      monitor: '{{name}} only monitors HTTP desync ({{mode}} mode) and forwards ambiguous requests.',
    },
  },
  evaluate(lb, { pass, fail, skip }) {
    if (lb.type !== 'application') return skip('desync mitigation applies to Application Load Balancers')
    const mode = lb.desyncMitigationMode ?? 'defensive'
    return SAFE.has(mode) ? pass('mitigated', { name: lb.name, mode }) : fail('monitor', { data: { name: lb.name, mode }, at: 'desyncMitigationMode' })
  },
})
