/**
 * CloudFront distributions, ACM certificates and WAF web ACLs from templates →
 * `cloudfront.distribution`, `acm.certificate`, `waf.web-acl`. A distribution gets standard logging
 * v2 from an AWS::Logs::DeliverySource that names it; a web ACL gets logging from an
 * AWS::WAFv2::LoggingConfiguration that names it. Also runs the API Gateway stage, load balancer
 * and container adapters.
 */
import type { CloudFrontCacheBehavior, CloudFrontDistribution, CloudFrontOrigin, CloudFrontOriginGroup } from '../../../model/cloudfront.js'
import { classifyOrigin } from '../../../analysis/cloudfront-origins.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asBoolean, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'
import { adaptApiGatewayStages } from './apigateway-stage.js'
import { adaptElb } from './elb.js'
import { adaptContainers } from './containers.js'
import { adaptWafRuleGroups } from './waf-rule-group.js'

const S3_BUCKET_DOMAIN_ATTRIBUTES = new Set(['DomainName', 'RegionalDomainName', 'DualStackDomainName'])

/** An origin whose DomainName is `!GetAtt <bucket>.<attr>` of a bucket in the template: S3 REST or website endpoint. */
function bucketOriginKind(stack: Stack, raw: unknown): CloudFrontOrigin['kind'] | undefined {
  if (!isRecord(raw) || !('Fn::GetAtt' in raw)) return undefined
  const g = raw['Fn::GetAtt']
  const [id, attr] = typeof g === 'string' ? g.split('.') : Array.isArray(g) ? g.map(String) : []
  const res = id ? stack.template.resources.get(id) : undefined
  if (res?.type !== 'AWS::S3::Bucket' || !attr) return undefined
  if (attr === 'WebsiteURL') return 's3-website'
  return S3_BUCKET_DOMAIN_ATTRIBUTES.has(attr) ? 's3' : undefined
}

function origins(stack: Stack, res: TemplateResource, f: Fields, config: Record<string, unknown>): CloudFrontOrigin[] {
  const raw = config.Origins
  if (isUnresolved(raw)) {
    f.mark('origins', raw.reason)
    return []
  }
  f.locate('origins', ['DistributionConfig', 'Origins'])
  const rawConfig = isRecord(res.properties.DistributionConfig) ? res.properties.DistributionConfig : {}
  const rawOrigins = Array.isArray(rawConfig.Origins) ? rawConfig.Origins : []
  return (Array.isArray(raw) ? raw : []).filter(isRecord).map((o, i) => {
    for (const k of ['Id', 'OriginAccessControlId']) if (isUnresolved(o[k])) f.mark('origins', (o[k] as { reason: string }).reason)
    const domain = isUnresolved(o.DomainName) ? PLACEHOLDER : (asString(o.DomainName) ?? '')
    const s3 = isRecord(o.S3OriginConfig) ? o.S3OriginConfig : undefined
    const custom = isRecord(o.CustomOriginConfig) ? o.CustomOriginConfig : undefined
    const rawOrigin = rawOrigins[i]
    const kind = (isRecord(rawOrigin) ? bucketOriginKind(stack, rawOrigin.DomainName) : undefined) ?? classifyOrigin(domain, s3 !== undefined)
    if (isUnresolved(o.DomainName) && !s3) f.mark('origins', `origin ${String(o.Id)}: DomainName ${o.DomainName.reason}`)
    const oai = s3 ? s3.OriginAccessIdentity : undefined
    if (isUnresolved(oai)) f.mark('origins', oai.reason)
    const protocols = custom?.OriginSSLProtocols
    if (isUnresolved(protocols) || isUnresolved(custom?.OriginProtocolPolicy)) f.mark('origins', 'a custom origin setting depends on an unresolved value')
    return {
      id: asString(o.Id) ?? `origin-${i}`,
      domainName: domain,
      kind,
      ...(asString(o.OriginAccessControlId) ? { originAccessControlId: asString(o.OriginAccessControlId)! } : {}),
      ...(asString(oai) ? { originAccessIdentity: asString(oai)! } : {}),
      ...(custom && asString(custom.OriginProtocolPolicy) ? { protocolPolicy: asString(custom.OriginProtocolPolicy)! } : {}),
      ...(Array.isArray(protocols) ? { sslProtocols: protocols.map((p) => asString(p) ?? '') } : {}),
    }
  })
}

/** `OriginGroups.Items[]`: a group id and its `Members.Items[].OriginId`, primary first. */
function originGroups(f: Fields, config: Record<string, unknown>): CloudFrontOriginGroup[] {
  const raw = config.OriginGroups
  f.locate('originGroups', ['DistributionConfig', 'OriginGroups'])
  if (isUnresolved(raw)) {
    f.mark('originGroups', raw.reason)
    return []
  }
  const items = isRecord(raw) ? raw.Items : undefined
  if (isUnresolved(items)) f.mark('originGroups', items.reason)
  return (Array.isArray(items) ? items : []).map((g, i) => {
    if (isUnresolved(g)) {
      f.mark('originGroups', g.reason)
      return { id: `origin-group-${i}`, members: [] }
    }
    const group = isRecord(g) ? g : {}
    const members = isRecord(group.Members) ? group.Members.Items : group.Members
    if (isUnresolved(members)) f.mark('originGroups', members.reason)
    return {
      id: asString(group.Id) ?? `origin-group-${i}`,
      members: (Array.isArray(members) ? members : []).map((m) => {
        const originId = isRecord(m) ? m.OriginId : m
        if (isUnresolved(originId)) f.mark('originGroups', `origin group ${i}: member ${originId.reason}`)
        return asString(originId) ?? PLACEHOLDER
      }),
    }
  })
}

function behaviors(f: Fields, config: Record<string, unknown>): CloudFrontCacheBehavior[] {
  const out: CloudFrontCacheBehavior[] = []
  const one = (b: unknown, pathPattern: string | undefined) => {
    if (isUnresolved(b)) return f.mark('cacheBehaviors', b.reason)
    if (!isRecord(b)) return
    for (const k of ['PathPattern', 'ViewerProtocolPolicy', 'TargetOriginId']) if (isUnresolved(b[k])) f.mark('cacheBehaviors', (b[k] as { reason: string }).reason)
    out.push({ pathPattern: pathPattern ?? asString(b.PathPattern) ?? '', viewerProtocolPolicy: asString(b.ViewerProtocolPolicy) ?? 'allow-all', ...(asString(b.TargetOriginId) ? { targetOriginId: asString(b.TargetOriginId)! } : {}) })
  }
  if (config.DefaultCacheBehavior !== undefined) one(config.DefaultCacheBehavior, '*')
  if (isUnresolved(config.CacheBehaviors)) f.mark('cacheBehaviors', config.CacheBehaviors.reason)
  for (const b of Array.isArray(config.CacheBehaviors) ? config.CacheBehaviors : []) one(b, undefined)
  f.locate('cacheBehaviors', ['DistributionConfig', 'DefaultCacheBehavior'])
  return out
}

function adaptDistributions(stack: Stack): void {
  for (const res of stack.ofType('AWS::CloudFront::Distribution')) {
    const f = stack.fields(res)
    const raw = stack.props(res).DistributionConfig
    if (isUnresolved(raw)) for (const k of ['origins', 'originGroups', 'cacheBehaviors', 'viewerCertificate', 'logging', 'webAclId', 'geoRestriction', 'defaultRootObject']) f.mark(k, raw.reason)
    const config = isRecord(raw) ? raw : {}
    const id = String(stack.ref(res))
    const arn = `arn:${stack.options.partition}:cloudfront::${stack.options.accountId}:distribution/${id}`
    const P = (...path: (string | number)[]) => ['DistributionConfig', ...path]
    const vc = isRecord(config.ViewerCertificate) ? config.ViewerCertificate : undefined
    if (isUnresolved(config.ViewerCertificate)) f.mark('viewerCertificate', config.ViewerCertificate.reason)
    for (const [k, v] of Object.entries(vc ?? {})) if (isUnresolved(v)) f.mark('viewerCertificate', `${k}: ${v.reason}`)
    f.locate('viewerCertificate', P('ViewerCertificate'))
    const custom = Boolean(vc && (vc.AcmCertificateArn !== undefined || vc.IamCertificateId !== undefined))
    const geo = isRecord(config.Restrictions) && isRecord(config.Restrictions.GeoRestriction) ? config.Restrictions.GeoRestriction : undefined
    if (geo) for (const v of Object.values(geo)) if (isUnresolved(v)) f.mark('geoRestriction', v.reason)
    f.locate('geoRestriction', P('Restrictions'))
    const logging = config.Logging
    if (isUnresolved(logging)) f.mark('logging', logging.reason)
    f.locate('logging', P('Logging'))
    const bucket = isRecord(logging) ? logging.Bucket : undefined
    // Standard logging v2: a delivery source naming this distribution.
    const joined: TemplateResource[] = []
    let v2 = false
    for (const s of stack.ofType('AWS::Logs::DeliverySource')) {
      const p = stack.props(s)
      if (isUnresolved(p.ResourceArn)) {
        f.mark('loggingV2', `${s.logicalId}: ResourceArn ${p.ResourceArn.reason}`)
        continue
      }
      if (asString(p.ResourceArn) !== arn) continue
      v2 = true
      joined.push(s)
    }
    const webAcl = f.str('webAclId', P('WebACLId'))
    const root = f.str('defaultRootObject', P('DefaultRootObject'))
    const d: CloudFrontDistribution = {
      ...f.base(stack.resourceId(res), id, { arn, global: true }),
      enabled: f.bool('enabled', P('Enabled')) ?? true,
      aliases: f.strList('aliases', P('Aliases')) ?? [],
      ...(root ? { defaultRootObject: root } : {}),
      origins: origins(stack, res, f, config),
      originGroups: originGroups(f, config),
      cacheBehaviors: behaviors(f, config),
      viewerCertificate: {
        cloudFrontDefaultCertificate: vc ? (asBoolean(vc.CloudFrontDefaultCertificate) ?? !custom) : true,
        ...(vc && asString(vc.MinimumProtocolVersion) ? { minimumProtocolVersion: asString(vc.MinimumProtocolVersion)! } : custom ? { minimumProtocolVersion: 'TLSv1' } : {}),
        ...(vc && asString(vc.AcmCertificateArn) ? { acmCertificateArn: asString(vc.AcmCertificateArn)! } : {}),
        ...(vc && asString(vc.IamCertificateId) ? { iamCertificateId: asString(vc.IamCertificateId)! } : {}),
        ...(vc && asString(vc.SslSupportMethod) ? { sslSupportMethod: asString(vc.SslSupportMethod)! } : {}),
      },
      logging: { enabled: bucket !== undefined, ...(asString(bucket) ? { bucket: asString(bucket)! } : {}) },
      loggingV2: v2,
      ...(webAcl ? { webAclId: webAcl } : {}),
      geoRestriction: { type: ((geo && asString(geo.RestrictionType)) ?? 'none') as CloudFrontDistribution['geoRestriction']['type'], locations: geo && Array.isArray(geo.Locations) ? geo.Locations.map((l) => asString(l) ?? '') : [] },
    }
    stack.emit('cloudfront.distribution', f.finish(d), res, joined)
  }
}

function adaptCertificates(stack: Stack): void {
  for (const res of stack.ofType('AWS::CertificateManager::Certificate')) {
    const f = stack.fields(res)
    const domain = f.str('domainName', ['DomainName']) ?? PLACEHOLDER
    const privateCa = stack.props(res).CertificateAuthorityArn !== undefined
    stack.emit(
      'acm.certificate',
      f.finish({ ...f.base(stack.resourceId(res), domain, { arn: String(stack.ref(res)) }), domainName: domain, type: privateCa ? 'PRIVATE' : 'AMAZON_ISSUED', status: 'PENDING_VALIDATION', keyAlgorithm: f.str('keyAlgorithm', ['KeyAlgorithm']) ?? 'RSA_2048' }),
      res,
    )
  }
}

function adaptWebAcls(stack: Stack): void {
  for (const res of stack.ofType('AWS::WAFv2::WebACL')) {
    const f = stack.fields(res)
    const props = stack.props(res)
    const arn = String(stack.getAtt(res, 'Arn'))
    const scope = f.str('scope', ['Scope']) === 'CLOUDFRONT' ? 'CLOUDFRONT' : 'REGIONAL'
    if (isUnresolved(props.Rules)) f.mark('ruleCount', props.Rules.reason)
    f.locate('ruleCount', ['Rules'])
    const joined: TemplateResource[] = []
    let logged = false
    for (const l of stack.ofType('AWS::WAFv2::LoggingConfiguration')) {
      const p = stack.props(l)
      if (isUnresolved(p.ResourceArn)) {
        f.mark('loggingEnabled', `${l.logicalId}: ResourceArn ${p.ResourceArn.reason}`)
        continue
      }
      if (asString(p.ResourceArn) !== arn) continue
      logged = true
      joined.push(l)
      f.locateResource('loggingEnabled', l)
    }
    const defaultAction = isRecord(props.DefaultAction) ? ('Block' in props.DefaultAction ? 'BLOCK' : 'ALLOW') : undefined
    stack.emit(
      'waf.web-acl',
      f.finish({
        ...f.base(stack.resourceId(res), f.str('name', ['Name']) ?? res.logicalId, { arn, global: scope === 'CLOUDFRONT' }),
        scope,
        ruleCount: Array.isArray(props.Rules) ? props.Rules.length : 0,
        ...(defaultAction ? { defaultAction } : {}),
        loggingEnabled: logged,
        metricsEnabled: f.bool('metricsEnabled', ['VisibilityConfig', 'CloudWatchMetricsEnabled']) ?? false,
      }),
      res,
      joined,
    )
  }
}

/** Every edge, container and secrets adapter of this family. */
export function adaptEdge(stack: Stack): void {
  adaptApiGatewayStages(stack)
  adaptElb(stack)
  adaptDistributions(stack)
  adaptCertificates(stack)
  adaptWebAcls(stack)
  adaptWafRuleGroups(stack)
  adaptContainers(stack)
}
