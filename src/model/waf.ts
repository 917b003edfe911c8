import type { ResourceBase } from './common.js'

/**
 * `waf.web-acl`: an AWS WAF (v2) web ACL. Regional ACLs live in their region; ACLs of CloudFront
 * scope are global (region `global`).
 */
export interface WafWebAcl extends ResourceBase {
  scope: 'REGIONAL' | 'CLOUDFRONT'
  /** Rules and rule-group references of the ACL. */
  ruleCount: number
  /** `ALLOW` or `BLOCK`. */
  defaultAction?: string
  /** A logging configuration sends the ACL's traffic logs somewhere. */
  loggingEnabled: boolean
  /** CloudWatch metrics of the ACL's visibility configuration. */
  metricsEnabled?: boolean
}

/** One rule of a rule group and whether its visibility configuration publishes CloudWatch metrics. */
export interface WafRuleVisibility {
  name: string
  metricsEnabled: boolean
}

/**
 * `waf.rule-group`: an AWS WAF (v2) rule group the account owns (managed rule groups of AWS and
 * Marketplace sellers are not listed). Regional groups live in their region; groups of
 * CloudFront scope are global (region `global`).
 */
export interface WafRuleGroup extends ResourceBase {
  scope: 'REGIONAL' | 'CLOUDFRONT'
  /** CloudWatch metrics of the group's own visibility configuration. */
  metricsEnabled: boolean
  /** The group's rules, in priority order, each with its own metrics setting. */
  rules: WafRuleVisibility[]
}
