/**
 * AWS WAF (v2) rule groups the account owns: regional groups in every region, CloudFront-scope
 * groups once (in us-east-1), each read with GetRuleGroup for its rules' visibility settings.
 * An account without rule groups costs one ListRuleGroups call per region and scope.
 */
import type { RuleGroup } from '@aws-sdk/client-wafv2'
import type { WafRuleGroup } from '../../../model/waf.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { cloudFrontRegion } from './cloudfront-distribution.js'

const ACTIONS = ['wafv2:ListRuleGroups', 'wafv2:GetRuleGroup']

/**
 * Maps one rule group. A visibility configuration is required by the API, so a missing one (or a
 * missing CloudWatchMetricsEnabled) can only come from a partial response: read as off. Pure.
 */
export function mapRuleGroup(group: RuleGroup, scope: 'REGIONAL' | 'CLOUDFRONT', where: { region: string; accountId: string }): WafRuleGroup {
  const arn = group.ARN ?? ''
  return {
    id: arn,
    arn,
    name: group.Name ?? arn,
    accountId: where.accountId,
    region: where.region,
    scope,
    metricsEnabled: group.VisibilityConfig?.CloudWatchMetricsEnabled ?? false,
    rules: [...(group.Rules ?? [])]
      .sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0))
      .map((r) => ({ name: r.Name ?? '', metricsEnabled: r.VisibilityConfig?.CloudWatchMetricsEnabled ?? false })),
  }
}

async function collectScope(ctx: AwsContext, callRegion: string, scope: 'REGIONAL' | 'CLOUDFRONT', resourceRegion: string): Promise<CollectResult> {
  const W = await import('@aws-sdk/client-wafv2')
  let summaries: { Name?: string; Id?: string; ARN?: string }[]
  try {
    summaries = await collectPages((NextMarker) => ctx.send(callRegion, 'wafv2:ListRuleGroups', new W.ListRuleGroupsCommand({ Scope: scope, Limit: 100, ...(NextMarker ? { NextMarker } : {}) })), (p) => p.NextMarker, (p) => p.RuleGroups)
  } catch (err) {
    return { resources: {}, gaps: [gapFrom(err, 'waf.rule-group', resourceRegion)] }
  }
  if (!summaries.length) return { resources: { 'waf.rule-group': [] }, gaps: [] }
  const failures: { target: string; reason: string }[] = []
  const where = { region: resourceRegion, accountId: ctx.accountId }
  const groups = (
    await Promise.all(
      summaries.map(async (s) => {
        const r = await fetchOptional(ctx.send(callRegion, 'wafv2:GetRuleGroup', new W.GetRuleGroupCommand({ Scope: scope, Name: s.Name, Id: s.Id })))
        if (!r.ok) {
          // Deleted between the listing and the read: gone, not a gap.
          if (!r.absent) failures.push({ target: s.Name ?? s.Id ?? '', reason: r.reason })
          return []
        }
        if (!r.value.RuleGroup) {
          failures.push({ target: s.Name ?? s.Id ?? '', reason: 'GetRuleGroup returned no rule group' })
          return []
        }
        const group = r.value.RuleGroup
        return [mapRuleGroup({ ...group, ARN: group.ARN ?? s.ARN, Name: group.Name ?? s.Name }, scope, where)]
      }),
    )
  ).flat()
  return { resources: { 'waf.rule-group': groups.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: lookupGap('waf.rule-group', resourceRegion, 'rule group', failures) }
}

/** Regional rule groups of each region. */
export const wafRuleGroupCollector: Collector = {
  id: 'waf.rule-group',
  produces: ['waf.rule-group'],
  actions: ACTIONS,
  scope: 'regional',
  collect: (ctx, region) => collectScope(ctx, region, 'REGIONAL', region),
}

/** Rule groups of CloudFront scope: global, listed once through us-east-1. */
export const wafCloudFrontRuleGroupCollector: Collector = {
  id: 'waf.rule-group.cloudfront',
  produces: ['waf.rule-group'],
  actions: ACTIONS,
  scope: 'global',
  collect: (ctx) => collectScope(ctx, cloudFrontRegion(ctx.partition), 'CLOUDFRONT', 'global'),
}
