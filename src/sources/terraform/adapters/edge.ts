/**
 * CloudFront distributions, ACM certificates and WAF web ACLs from Terraform →
 * `cloudfront.distribution` (with an aws_cloudwatch_log_delivery_source that names it: standard
 * logging v2), `acm.certificate`, `waf.web-acl` (with its aws_wafv2_web_acl_logging_configuration).
 */
import type { CloudFrontCacheBehavior, CloudFrontDistribution, CloudFrontOrigin, CloudFrontOriginGroup } from '../../../model/cloudfront.js'
import { classifyOrigin } from '../../../analysis/cloudfront-origins.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'
import { adaptWafRuleGroups } from './waf-rule-group.js'

const text = (v: Value | undefined): string | undefined => (typeof v === 'string' ? v : identity(v))

function origins(f: Fields, inst: TfInstance): CloudFrontOrigin[] {
  if (inst.values.origin instanceof Unknown) f.mark('origins', inst.values.origin.reason)
  f.locate('origins', 'origin')
  return blocksOf(inst.values.origin).map((o, i) => {
    for (const k of ['origin_id', 'origin_access_control_id']) if (o[k] instanceof Unknown) f.mark('origins', `origin ${i}: ${k} ${(o[k] as Unknown).reason}`)
    const s3 = blocksOf(o.s3_origin_config)[0]
    const custom = blocksOf(o.custom_origin_config)[0]
    const domain = text(o.domain_name) ?? PLACEHOLDER
    if (domain === PLACEHOLDER && !s3) f.mark('origins', `origin ${i}: domain_name is not known`)
    const oac = text(o.origin_access_control_id)
    const oai = s3 ? text(s3.origin_access_identity) : undefined
    const protocols = custom?.origin_ssl_protocols
    if (custom && (custom.origin_protocol_policy instanceof Unknown || protocols instanceof Unknown)) f.mark('origins', `origin ${i}: a custom origin setting is not known`)
    return {
      id: text(o.origin_id) ?? `origin-${i}`,
      domainName: domain,
      kind: classifyOrigin(domain, s3 !== undefined),
      ...(oac ? { originAccessControlId: oac } : {}),
      ...(oai ? { originAccessIdentity: oai } : {}),
      ...(custom && typeof custom.origin_protocol_policy === 'string' ? { protocolPolicy: custom.origin_protocol_policy } : {}),
      ...(Array.isArray(protocols) ? { sslProtocols: protocols.map((p) => text(p) ?? '') } : {}),
    }
  })
}

/** `origin_group` blocks: a group id and its `member` origin ids, primary first. */
function originGroups(f: Fields, inst: TfInstance): CloudFrontOriginGroup[] {
  if (inst.values.origin_group instanceof Unknown) f.mark('originGroups', inst.values.origin_group.reason)
  f.locate('originGroups', 'origin_group')
  return blocksOf(inst.values.origin_group).map((g, i) => {
    if (g.origin_id instanceof Unknown || g.member instanceof Unknown) f.mark('originGroups', `origin group ${i}: not known`)
    const members = blocksOf(g.member).map((m) => {
      if (m.origin_id instanceof Unknown) f.mark('originGroups', `origin group ${i}: member ${m.origin_id.reason}`)
      return text(m.origin_id) ?? PLACEHOLDER
    })
    return { id: text(g.origin_id) ?? `origin-group-${i}`, members }
  })
}

function behaviors(f: Fields, inst: TfInstance): CloudFrontCacheBehavior[] {
  const out: CloudFrontCacheBehavior[] = []
  const one = (b: Record<string, Value>, pathPattern: string | undefined) => {
    for (const k of ['path_pattern', 'viewer_protocol_policy', 'target_origin_id']) if (b[k] instanceof Unknown) f.mark('cacheBehaviors', (b[k] as Unknown).reason)
    out.push({ pathPattern: pathPattern ?? text(b.path_pattern) ?? '', viewerProtocolPolicy: text(b.viewer_protocol_policy) ?? 'allow-all', ...(text(b.target_origin_id) ? { targetOriginId: text(b.target_origin_id)! } : {}) })
  }
  const d = blocksOf(inst.values.default_cache_behavior)[0]
  if (d) one(d, '*')
  for (const b of blocksOf(inst.values.ordered_cache_behavior)) one(b, undefined)
  f.locate('cacheBehaviors', 'default_cache_behavior')
  return out
}

function adaptDistributions(ctx: AdapterContext): void {
  const sources = ctx.byType('aws_cloudwatch_log_delivery_source')
  for (const inst of ctx.byType('aws_cloudfront_distribution')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('name', inst.computed('id')) ?? inst.name
    const arnValue = inst.computed('arn')
    const arn = identity(arnValue) ?? `arn:${ctx.options.partition}:cloudfront::${ctx.options.accountId}:distribution/${id}`
    const vc = blocksOf(inst.values.viewer_certificate)[0]
    if (vc) for (const [k, v] of Object.entries(vc)) if (v instanceof Unknown) f.mark('viewerCertificate', `${k}: ${v.reason}`)
    f.locate('viewerCertificate', 'viewer_certificate')
    const custom = Boolean(vc && (text(vc.acm_certificate_arn) || text(vc.iam_certificate_id)))
    const geo = blocksOf(blocksOf(inst.values.restrictions)[0]?.geo_restriction)[0]
    if (geo) for (const v of Object.values(geo)) if (v instanceof Unknown) f.mark('geoRestriction', v.reason)
    f.locate('geoRestriction', 'restrictions')
    const logging = blocksOf(inst.values.logging_config)[0]
    if (inst.values.logging_config instanceof Unknown) f.mark('logging', inst.values.logging_config.reason)
    f.locate('logging', 'logging_config')
    const joined: TfInstance[] = []
    let v2 = false
    for (const s of sources) {
      const target = identity(s.values.resource_arn)
      if (target === undefined) {
        f.mark('loggingV2', `${s.address}: resource_arn is not known`)
        continue
      }
      if (target !== arn) continue
      v2 = true
      joined.push(s)
    }
    const root = f.str('defaultRootObject', 'default_root_object')
    const webAcl = f.id('webAclId', 'web_acl_id')
    const d: CloudFrontDistribution = {
      ...f.base(inst.id, id, { arn, global: true }),
      enabled: f.bool('enabled', 'enabled') ?? true,
      aliases: f.strList('aliases', 'aliases', false) ?? [],
      ...(root ? { defaultRootObject: root } : {}),
      origins: origins(f, inst),
      originGroups: originGroups(f, inst),
      cacheBehaviors: behaviors(f, inst),
      viewerCertificate: {
        cloudFrontDefaultCertificate: vc ? vc.cloudfront_default_certificate === true || !custom : true,
        // The provider's default policy for a custom certificate is TLSv1.
        ...(vc && text(vc.minimum_protocol_version) ? { minimumProtocolVersion: text(vc.minimum_protocol_version)! } : custom ? { minimumProtocolVersion: 'TLSv1' } : {}),
        ...(vc && text(vc.acm_certificate_arn) ? { acmCertificateArn: text(vc.acm_certificate_arn)! } : {}),
        ...(vc && text(vc.iam_certificate_id) ? { iamCertificateId: text(vc.iam_certificate_id)! } : {}),
        ...(vc && text(vc.ssl_support_method) ? { sslSupportMethod: text(vc.ssl_support_method)! } : {}),
      },
      logging: { enabled: logging !== undefined, ...(logging && text(logging.bucket) ? { bucket: text(logging.bucket)! } : {}) },
      loggingV2: v2,
      ...(webAcl ? { webAclId: webAcl } : {}),
      geoRestriction: { type: ((geo && text(geo.restriction_type)) ?? 'none') as CloudFrontDistribution['geoRestriction']['type'], locations: geo && Array.isArray(geo.locations) ? geo.locations.map((l) => text(l) ?? '') : [] },
    }
    ctx.emit('cloudfront.distribution', f.finish(d), inst, joined)
  }
}

function adaptCertificates(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_acm_certificate')) {
    const f = new Fields(ctx, inst)
    const domain = f.str('domainName', 'domain_name') ?? PLACEHOLDER
    const type = inst.values.private_key !== undefined ? 'IMPORTED' : inst.values.certificate_authority_arn !== undefined ? 'PRIVATE' : 'AMAZON_ISSUED'
    ctx.emit('acm.certificate', f.finish({ ...f.base(inst.id, domain, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }), domainName: domain, type, status: 'PENDING_VALIDATION', keyAlgorithm: f.str('keyAlgorithm', 'key_algorithm') ?? 'RSA_2048' }), inst)
  }
}

function adaptWebAcls(ctx: AdapterContext): void {
  const loggings = ctx.byType('aws_wafv2_web_acl_logging_configuration')
  for (const inst of ctx.byType('aws_wafv2_web_acl')) {
    const f = new Fields(ctx, inst)
    const arnValue = inst.computed('arn')
    const scope = f.str('scope', 'scope') === 'CLOUDFRONT' ? 'CLOUDFRONT' : 'REGIONAL'
    if (inst.values.rule instanceof Unknown) f.mark('ruleCount', inst.values.rule.reason)
    f.locate('ruleCount', 'rule')
    const joined: TfInstance[] = []
    let logged = false
    for (const l of loggings) {
      const target = identity(l.values.resource_arn)
      if (target === undefined) {
        f.mark('loggingEnabled', `${l.address}: resource_arn is not known`)
        continue
      }
      if (target !== identity(arnValue)) continue
      logged = true
      joined.push(l)
      f.locateResource('loggingEnabled', l)
    }
    const action = blocksOf(inst.values.default_action)[0]
    ctx.emit(
      'waf.web-acl',
      f.finish({
        ...f.base(inst.id, f.ident('name', inst.values.name) ?? inst.name, { arn: identity(arnValue) ?? PLACEHOLDER, global: scope === 'CLOUDFRONT' }),
        scope,
        ruleCount: blocksOf(inst.values.rule).length + blocksOf(inst.values.rule_group_association).length,
        ...(action ? { defaultAction: blocksOf(action.block).length ? 'BLOCK' : 'ALLOW' } : {}),
        loggingEnabled: logged,
        metricsEnabled: f.bool('metricsEnabled', 'visibility_config.0.cloudwatch_metrics_enabled') ?? false,
      }),
      inst,
      joined,
    )
  }
}

export function adaptEdge(ctx: AdapterContext): void {
  adaptDistributions(ctx)
  adaptCertificates(ctx)
  adaptWebAcls(ctx)
  adaptWafRuleGroups(ctx)
}
