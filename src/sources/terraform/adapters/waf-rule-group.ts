/**
 * aws_wafv2_rule_group → `waf.rule-group`: the group's visibility_config and each rule's, from
 * `rule` blocks or from `rules_json` (the API's JSON rule list, which replaces the blocks).
 */
import type { WafRuleVisibility } from '../../../model/waf.js'
import { identity, isRecord, Unknown, type Value } from '../eval/values.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const metricsOn = (v: unknown): boolean => v === true || v === 'true'

/** Rules written as `rules_json` (a JSON string in the API's shape). */
function jsonRules(f: Fields, raw: Value): WafRuleVisibility[] {
  if (raw instanceof Unknown) {
    f.mark('rules', `rules_json ${raw.reason}`)
    return []
  }
  try {
    const parsed: unknown = JSON.parse(String(raw))
    return (Array.isArray(parsed) ? parsed : []).map((r: unknown, i) => {
      const rule = r !== null && typeof r === 'object' ? (r as { Name?: unknown; VisibilityConfig?: { CloudWatchMetricsEnabled?: unknown } }) : {}
      return { name: typeof rule.Name === 'string' ? rule.Name : `#${i}`, metricsEnabled: metricsOn(rule.VisibilityConfig?.CloudWatchMetricsEnabled) }
    })
  } catch {
    f.mark('rules', 'rules_json is not valid JSON')
    return []
  }
}

function blockRules(f: Fields, raw: Value | undefined): WafRuleVisibility[] {
  if (raw instanceof Unknown) {
    f.mark('rules', raw.reason)
    return []
  }
  return blocksOf(raw).map((rule, i) => {
    const name = typeof rule.name === 'string' ? rule.name : (identity(rule.name) ?? `#${i}`)
    const visibility = blocksOf(rule.visibility_config)[0]
    const metrics = rule.visibility_config instanceof Unknown ? rule.visibility_config : visibility?.cloudwatch_metrics_enabled
    if (metrics instanceof Unknown) f.mark('rules', `${name}: ${metrics.reason}`)
    return { name, metricsEnabled: metrics instanceof Unknown ? false : metricsOn(metrics) }
  })
}

export function adaptWafRuleGroups(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_wafv2_rule_group')) {
    const f = new Fields(ctx, inst)
    const scope = f.str('scope', 'scope') === 'CLOUDFRONT' ? 'CLOUDFRONT' : 'REGIONAL'
    const json = inst.values.rules_json
    f.locate('rules', json !== undefined && json !== null ? 'rules_json' : 'rule')
    const rules = json !== undefined && json !== null ? jsonRules(f, json) : blockRules(f, inst.values.rule)
    ctx.emit(
      'waf.rule-group',
      f.finish({
        ...f.base(inst.id, f.ident('name', inst.values.name) ?? inst.name, { arn: identity(inst.computed('arn')) ?? PLACEHOLDER, global: scope === 'CLOUDFRONT' }),
        scope,
        metricsEnabled: f.bool('metricsEnabled', 'visibility_config.0.cloudwatch_metrics_enabled') ?? false,
        rules,
      }),
      inst,
    )
  }
}
