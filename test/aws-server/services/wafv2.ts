/**
 * AWS WAF v2 (AWS JSON 1.1, target AWSWAF_20190729): web ACLs of REGIONAL scope from a region's
 * `webAcls` fixture, and of CLOUDFRONT scope (asked in us-east-1) from the account's `cloudFrontWebAcls`.
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

declare module '../fixture.js' {
  interface FixtureRegion {
    webAcls?: FixtureWebAcl[]
  }
  interface FixtureAccount {
    /** Web ACLs of CLOUDFRONT scope (global, managed through us-east-1). */
    cloudFrontWebAcls?: FixtureWebAcl[]
  }
}

function acls(input: Input, ctx: CallContext): { list: FixtureWebAcl[]; arn: (a: FixtureWebAcl) => string } {
  if (input.Scope === 'CLOUDFRONT') {
    if (ctx.region !== 'us-east-1') throw new ApiError('WAFInvalidParameterException', 'CLOUDFRONT scope is only available in us-east-1', 400)
    return { list: ctx.account.cloudFrontWebAcls ?? [], arn: (a) => `arn:aws:wafv2:us-east-1:${ctx.accountId}:global/webacl/${a.name}/${a.id}` }
  }
  return { list: ctx.data.webAcls ?? [], arn: (a) => `arn:aws:wafv2:${ctx.region}:${ctx.accountId}:regional/webacl/${a.name}/${a.id}` }
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
