import { defineCheck } from '../../core/check.js'

const SAFE = new Set(['defensive', 'strictest'])

export default defineCheck({
  meta: {
    id: 'elb-classic-desync-mitigation',
    resourceType: 'elb.classic-load-balancer',
    title: 'Classic Load Balancer mitigates HTTP desync in defensive or strictest mode',
    severity: 'medium',
    categories: ['network'],
    description: 'Checks the elb.http.desyncmitigationmode attribute of Classic Load Balancers: defensive (the default) and strictest pass, monitor fails. It matters for HTTP/HTTPS listeners; load balancers with only TCP/SSL listeners are skipped.',
    risk: 'In monitor mode ambiguous requests are forwarded as they are, which lets an attacker smuggle a second request past the load balancer to poison caches or reach paths it would block.',
    remediation: {
      text: 'Set elb.http.desyncmitigationmode to defensive (or strictest).',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"AdditionalAttributes":[{"Key":"elb.http.desyncmitigationmode","Value":"defensive"}]}\'',
      terraform: 'resource "aws_elb" "legacy" {\n  name                   = "legacy-web"\n  availability_zones     = ["us-east-1a", "us-east-1b"]\n  desync_mitigation_mode = "defensive"\n\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 80\n    instance_protocol  = "http"\n    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/example"\n  }\n}',
    },
    messages: {
      mitigated: '{{name}} mitigates HTTP desync in {{mode}} mode.',
      monitor: '{{name}} only monitors HTTP desync ({{mode}} mode).',
    },
  },
  evaluate(lb, { pass, fail, skip }) {
    if (!lb.listeners.some((l) => ['HTTP', 'HTTPS'].includes(l.protocol.toUpperCase()))) return skip('the load balancer has no HTTP or HTTPS listener')
    const mode = lb.desyncMitigationMode ?? 'defensive'
    return SAFE.has(mode) ? pass('mitigated', { name: lb.name, mode }) : fail('monitor', { data: { name: lb.name, mode }, at: 'desyncMitigationMode' })
  },
})
