/**
 * AWS WAF (v2) web ACLs: regional ACLs in every region, CloudFront-scope ACLs once (in
 * us-east-1), each with its rules (GetWebACL) and whether a logging configuration names it.
 */
import type { WebACL } from '@aws-sdk/client-wafv2'
import type { WafWebAcl } from '../../../model/waf.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { cloudFrontRegion } from './cloudfront-distribution.js'

const ACTIONS = ['wafv2:ListWebACLs', 'wafv2:GetWebACL', 'wafv2:ListLoggingConfigurations']

/** Maps one web ACL. `logged`: a logging configuration names it (undefined: not known). Pure. */
export function mapWebAcl(acl: WebACL, scope: 'REGIONAL' | 'CLOUDFRONT', logged: boolean | undefined, where: { region: string; accountId: string }): WafWebAcl {
  const arn = acl.ARN ?? ''
  return {
    id: arn,
    arn,
    name: acl.Name ?? arn,
    accountId: where.accountId,
    region: where.region,
    scope,
    ruleCount: acl.Rules?.length ?? 0,
    ...(acl.DefaultAction ? { defaultAction: acl.DefaultAction.Block ? 'BLOCK' : 'ALLOW' } : {}),
    loggingEnabled: logged ?? false,
    ...(acl.VisibilityConfig ? { metricsEnabled: acl.VisibilityConfig.CloudWatchMetricsEnabled ?? false } : {}),
  }
}

async function collectScope(ctx: AwsContext, callRegion: string, scope: 'REGIONAL' | 'CLOUDFRONT', resourceRegion: string): Promise<CollectResult> {
  const W = await import('@aws-sdk/client-wafv2')
  let summaries: { Name?: string; Id?: string; ARN?: string }[]
  try {
    summaries = await collectPages((NextMarker) => ctx.send(callRegion, 'wafv2:ListWebACLs', new W.ListWebACLsCommand({ Scope: scope, Limit: 100, ...(NextMarker ? { NextMarker } : {}) })), (p) => p.NextMarker, (p) => p.WebACLs)
  } catch (err) {
    return { resources: {}, gaps: [gapFrom(err, 'waf.web-acl', resourceRegion)] }
  }
  if (!summaries.length) return { resources: { 'waf.web-acl': [] }, gaps: [] }
  const logging = await fetchOptional(
    collectPages((NextMarker) => ctx.send(callRegion, 'wafv2:ListLoggingConfigurations', new W.ListLoggingConfigurationsCommand({ Scope: scope, Limit: 100, ...(NextMarker ? { NextMarker } : {}) })), (p) => p.NextMarker, (p) => p.LoggingConfigurations),
  )
  const logged = logging.ok ? new Set(logging.value.flatMap((l) => (l.ResourceArn ? [l.ResourceArn] : []))) : undefined
  const failures: { target: string; reason: string }[] = []
  const where = { region: resourceRegion, accountId: ctx.accountId }
  const acls = (
    await Promise.all(
      summaries.map(async (s) => {
        const r = await fetchOptional(ctx.send(callRegion, 'wafv2:GetWebACL', new W.GetWebACLCommand({ Scope: scope, Name: s.Name, Id: s.Id })))
        if (!r.ok) {
          if (!r.absent) failures.push({ target: s.Name ?? s.Id ?? '', reason: r.reason })
          return []
        }
        const acl: WebACL = r.value.WebACL ?? ({ ARN: s.ARN, Name: s.Name } as WebACL)
        const m = mapWebAcl(acl, scope, logged ? logged.has(acl.ARN ?? s.ARN ?? '') : undefined, where)
        if (!logging.ok) m.unresolved = { loggingEnabled: logging.absent ? 'NotFound (wafv2:ListLoggingConfigurations)' : logging.reason }
        return [m]
      }),
    )
  ).flat()
  return { resources: { 'waf.web-acl': acls.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: lookupGap('waf.web-acl', resourceRegion, 'web ACL', failures) }
}

/** Regional web ACLs (API Gateway stages, load balancers, AppSync …) of each region. */
export const wafWebAclCollector: Collector = {
  id: 'waf.web-acl',
  produces: ['waf.web-acl'],
  actions: ACTIONS,
  scope: 'regional',
  collect: (ctx, region) => collectScope(ctx, region, 'REGIONAL', region),
}

/** Web ACLs of CloudFront scope: global, listed once through us-east-1. */
export const wafCloudFrontWebAclCollector: Collector = {
  id: 'waf.web-acl.cloudfront',
  produces: ['waf.web-acl'],
  actions: ACTIONS,
  scope: 'global',
  collect: (ctx) => collectScope(ctx, cloudFrontRegion(ctx.partition), 'CLOUDFRONT', 'global'),
}
