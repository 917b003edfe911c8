/**
 * AWS WAF v2 (AWS JSON 1.1, target AWSWAF_20190729): web ACLs of REGIONAL scope from a region's
 * `webAcls` fixture, and of CLOUDFRONT scope (asked in us-east-1) from the account's `cloudFrontWebAcls`;
 * rule groups likewise from `ruleGroups` and `cloudFrontRuleGroups`.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { CallContext, Input, ServiceDef } from './types.js'

export interface FixtureWebAcl {
  name: string
  id: string
  rules: number
  defaultAction?: 'ALLOW' | 'BLOCK'
  metrics?: boolean
  logging?: boolean
}

/** A rule group the account owns; `metrics` (default true) is the group's own visibility setting. */
export interface FixtureRuleGroup {
  name: string
  id: string
  metrics?: boolean
  /** Rules in priority order; a rule's `metrics` defaults to true. */
  rules: { name: string; metrics?: boolean }[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    webAcls?: FixtureWebAcl[]
    ruleGroups?: FixtureRuleGroup[]
  }
  interface FixtureAccount {
    /** Web ACLs of CLOUDFRONT scope (global, managed through us-east-1). */
    cloudFrontWebAcls?: FixtureWebAcl[]
    /** Rule groups of CLOUDFRONT scope. */
    cloudFrontRuleGroups?: FixtureRuleGroup[]
  }
}

function acls(input: Input, ctx: CallContext): { list: FixtureWebAcl[]; arn: (a: FixtureWebAcl) => string } {
  if (input.Scope === 'CLOUDFRONT') {
    if (ctx.region !== 'us-east-1') throw new ApiError('WAFInvalidParameterException', 'CLOUDFRONT scope is only available in us-east-1', 400)
    return { list: ctx.account.cloudFrontWebAcls ?? [], arn: (a) => `arn:aws:wafv2:us-east-1:${ctx.accountId}:global/webacl/${a.name}/${a.id}` }
  }
  return { list: ctx.data.webAcls ?? [], arn: (a) => `arn:aws:wafv2:${ctx.region}:${ctx.accountId}:regional/webacl/${a.name}/${a.id}` }
}

function groups(input: Input, ctx: CallContext): { list: FixtureRuleGroup[]; arn: (g: FixtureRuleGroup) => string } {
  if (input.Scope === 'CLOUDFRONT') {
    if (ctx.region !== 'us-east-1') throw new ApiError('WAFInvalidParameterException', 'CLOUDFRONT scope is only available in us-east-1', 400)
    return { list: ctx.account.cloudFrontRuleGroups ?? [], arn: (g) => `arn:aws:wafv2:us-east-1:${ctx.accountId}:global/rulegroup/${g.name}/${g.id}` }
  }
  return { list: ctx.data.ruleGroups ?? [], arn: (g) => `arn:aws:wafv2:${ctx.region}:${ctx.accountId}:regional/rulegroup/${g.name}/${g.id}` }
}

export const wafv2: ServiceDef = {
  signingName: 'wafv2',
  iamPrefix: 'wafv2',
  protocol: 'json-1.1',
  target: 'AWSWAF_20190729',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    ListWebACLs: {
      handle(input, ctx) {
        const { list, arn } = acls(input, ctx)
        const p = paginate(list, { token: input.NextMarker, requested: input.Limit, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListWebACLs'), tokenName: 'NextMarker', errorCode: 'WAFInvalidParameterException' })
        return { WebACLs: p.items.map((a) => ({ Name: a.name, Id: a.id, ARN: arn(a), LockToken: 'lock-token' })), NextMarker: p.next }
      },
    },
    GetWebACL: {
      resource: (input) => String(input.Name ?? ''),
      handle(input, ctx) {
        const { list, arn } = acls(input, ctx)
        const a = list.find((x) => x.name === input.Name && x.id === input.Id)
        if (!a) throw new ApiError('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400)
        const visibility = (metric: string) => ({ SampledRequestsEnabled: true, CloudWatchMetricsEnabled: a.metrics ?? true, MetricName: metric })
        return {
          WebACL: {
            Name: a.name,
            Id: a.id,
            ARN: arn(a),
            DefaultAction: a.defaultAction === 'BLOCK' ? { Block: {} } : { Allow: {} },
            Rules: Array.from({ length: a.rules }, (_, i) => ({ Name: `rule-${i}`, Priority: i, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }, OverrideAction: { None: {} }, VisibilityConfig: visibility(`rule-${i}`) })),
            VisibilityConfig: visibility(a.name),
            Capacity: 700,
          },
          LockToken: 'lock-token',
        }
      },
    },
    ListRuleGroups: {
      handle(input, ctx) {
        const { list, arn } = groups(input, ctx)
        const p = paginate(list, { token: input.NextMarker, requested: input.Limit, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListRuleGroups'), tokenName: 'NextMarker', errorCode: 'WAFInvalidParameterException' })
        return { RuleGroups: p.items.map((g) => ({ Name: g.name, Id: g.id, ARN: arn(g), LockToken: 'lock-token', Description: '' })), NextMarker: p.next }
      },
    },
    GetRuleGroup: {
      resource: (input) => String(input.Name ?? ''),
      handle(input, ctx) {
        const { list, arn } = groups(input, ctx)
        const g = list.find((x) => x.name === input.Name && x.id === input.Id)
        if (!g) throw new ApiError('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400)
        const visibility = (metric: string, on: boolean | undefined) => ({ SampledRequestsEnabled: true, CloudWatchMetricsEnabled: on ?? true, MetricName: metric })
        return {
          RuleGroup: {
            Name: g.name,
            Id: g.id,
            ARN: arn(g),
            Capacity: 10 * Math.max(1, g.rules.length),
            Rules: g.rules.map((r, i) => ({ Name: r.name, Priority: i, Action: { Block: {} }, Statement: { GeoMatchStatement: { CountryCodes: ['KP'] } }, VisibilityConfig: visibility(r.name, r.metrics) })),
            VisibilityConfig: visibility(g.name, g.metrics),
            LabelNamespace: `awswaf:${ctx.accountId}:rulegroup:${g.name}:`,
          },
          LockToken: 'lock-token',
        }
      },
    },
    ListLoggingConfigurations: {
      handle(input, ctx) {
        const { list, arn } = acls(input, ctx)
        const logged = list.filter((a) => a.logging)
        const p = paginate(logged, { token: input.NextMarker, requested: input.Limit, defaultSize: 100, maxSize: 100, tokenName: 'NextMarker', errorCode: 'WAFInvalidParameterException' })
        return { LoggingConfigurations: p.items.map((a) => ({ ResourceArn: arn(a), LogDestinationConfigs: [`arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:aws-waf-logs-${a.name}`] })), NextMarker: p.next }
      },
    },
  },
}
