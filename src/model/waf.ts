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
