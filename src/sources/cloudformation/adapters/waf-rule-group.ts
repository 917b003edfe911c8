/**
 * AWS::WAFv2::RuleGroup → `waf.rule-group`: the group's visibility configuration and each rule's.
 * CloudFormation requires both VisibilityConfig blocks; an absent CloudWatchMetricsEnabled is read
 * as off, as AWS treats a configuration that does not turn metrics on.
 */
import type { WafRuleVisibility } from '../../../model/waf.js'
import type { Fields, Stack } from '../stack.js'
import { asBoolean, asString, isRecord, isUnresolved } from '../values.js'

function ruleVisibility(f: Fields, raw: unknown): WafRuleVisibility[] {
  if (isUnresolved(raw)) {
    f.mark('rules', raw.reason)
    return []
  }
  f.locate('rules', ['Rules'])
  return (Array.isArray(raw) ? raw : []).map((rule, i) => {
    if (isUnresolved(rule)) {
      f.mark('rules', rule.reason)
      return { name: `#${i}`, metricsEnabled: false }
    }
    const r = isRecord(rule) ? rule : {}
    const visibility = r.VisibilityConfig
    const metrics = isRecord(visibility) ? visibility.CloudWatchMetricsEnabled : visibility
    if (isUnresolved(metrics)) f.mark('rules', `${asString(r.Name) ?? `rule #${i}`}: ${metrics.reason}`)
    return { name: asString(r.Name) ?? `#${i}`, metricsEnabled: isUnresolved(metrics) ? false : (asBoolean(metrics) ?? false) }
  })
}

export function adaptWafRuleGroups(stack: Stack): void {
  for (const res of stack.ofType('AWS::WAFv2::RuleGroup')) {
    const f = stack.fields(res)
    const arn = String(stack.getAtt(res, 'Arn'))
    const scope = f.str('scope', ['Scope']) === 'CLOUDFRONT' ? 'CLOUDFRONT' : 'REGIONAL'
    stack.emit(
      'waf.rule-group',
      f.finish({
        ...f.base(stack.resourceId(res), f.str('name', ['Name']) ?? res.logicalId, { arn, global: scope === 'CLOUDFRONT' }),
        scope,
        metricsEnabled: f.bool('metricsEnabled', ['VisibilityConfig', 'CloudWatchMetricsEnabled']) ?? false,
        rules: ruleVisibility(f, f.props.Rules),
      }),
      res,
    )
  }
}
