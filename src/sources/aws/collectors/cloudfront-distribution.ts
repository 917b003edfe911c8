/**
 * CloudFront distributions (global): ListDistributions, GetDistributionConfig per distribution
 * (the listing lacks logging and the default root object), and the CloudWatch Logs delivery
 * sources that give distributions standard logging v2.
 */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront'
import type { CloudFrontCacheBehavior, CloudFrontDistribution, CloudFrontOrigin, CloudFrontOriginGroup } from '../../../model/cloudfront.js'
import { classifyOrigin } from '../../../analysis/cloudfront-origins.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, lookupGap, unresolvedReason } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { isAbort } from '../classify-error.js'

/** The region CloudFront's control plane (and its CloudWatch Logs delivery sources) lives in, per partition. */
export function cloudFrontRegion(partition: string): string {
  if (partition === 'aws-cn') return 'cn-northwest-1'
  if (partition === 'aws-us-gov') return 'us-gov-west-1'
  return 'us-east-1'
}

const nonEmpty = (s: string | undefined) => (s ? s : undefined)

/** Maps one distribution's configuration. `loggingV2`: a delivery source names it (undefined: not known). Pure. */
export function mapDistribution(id: string, arn: string, c: DistributionConfig, loggingV2: boolean | undefined, accountId: string): CloudFrontDistribution {
  const origins: CloudFrontOrigin[] = (c.Origins?.Items ?? []).map((o) => {
    const domainName = o.DomainName ?? ''
    const custom = o.CustomOriginConfig
    const oai = nonEmpty(o.S3OriginConfig?.OriginAccessIdentity)
    const oac = nonEmpty(o.OriginAccessControlId)
    return {
      id: o.Id ?? domainName,
      domainName,
      kind: classifyOrigin(domainName, o.S3OriginConfig !== undefined),
      ...(oac ? { originAccessControlId: oac } : {}),
      ...(oai ? { originAccessIdentity: oai } : {}),
      ...(custom?.OriginProtocolPolicy ? { protocolPolicy: custom.OriginProtocolPolicy } : {}),
      ...(custom?.OriginSslProtocols?.Items ? { sslProtocols: [...custom.OriginSslProtocols.Items] } : {}),
    }
  })
  const originGroups: CloudFrontOriginGroup[] = (c.OriginGroups?.Items ?? []).map((g) => ({ id: g.Id ?? '', members: (g.Members?.Items ?? []).map((m) => m.OriginId ?? '').filter(Boolean) }))
  const behaviors: CloudFrontCacheBehavior[] = []
  if (c.DefaultCacheBehavior) behaviors.push({ pathPattern: '*', viewerProtocolPolicy: c.DefaultCacheBehavior.ViewerProtocolPolicy ?? 'allow-all', ...(c.DefaultCacheBehavior.TargetOriginId ? { targetOriginId: c.DefaultCacheBehavior.TargetOriginId } : {}) })
  for (const b of c.CacheBehaviors?.Items ?? []) behaviors.push({ pathPattern: b.PathPattern ?? '', viewerProtocolPolicy: b.ViewerProtocolPolicy ?? 'allow-all', ...(b.TargetOriginId ? { targetOriginId: b.TargetOriginId } : {}) })
  const vc = c.ViewerCertificate
  const geo = c.Restrictions?.GeoRestriction
  const d: CloudFrontDistribution = {
    id: arn,
    arn,
    name: id,
    accountId,
    region: 'global',
    enabled: c.Enabled ?? false,
    aliases: [...(c.Aliases?.Items ?? [])],
    ...(nonEmpty(c.DefaultRootObject) ? { defaultRootObject: c.DefaultRootObject! } : {}),
    origins,
    originGroups,
    cacheBehaviors: behaviors,
    viewerCertificate: {
      // No custom certificate means the *.cloudfront.net one.
      cloudFrontDefaultCertificate: vc?.CloudFrontDefaultCertificate ?? !(vc?.ACMCertificateArn || vc?.IAMCertificateId),
      ...(vc?.MinimumProtocolVersion ? { minimumProtocolVersion: vc.MinimumProtocolVersion } : {}),
      ...(nonEmpty(vc?.ACMCertificateArn) ? { acmCertificateArn: vc!.ACMCertificateArn! } : {}),
      ...(nonEmpty(vc?.IAMCertificateId) ? { iamCertificateId: vc!.IAMCertificateId! } : {}),
      ...(vc?.SSLSupportMethod ? { sslSupportMethod: vc.SSLSupportMethod } : {}),
    },
    logging: { enabled: c.Logging?.Enabled ?? false, ...(nonEmpty(c.Logging?.Bucket) ? { bucket: c.Logging!.Bucket! } : {}) },
    ...(loggingV2 !== undefined ? { loggingV2 } : {}),
    ...(nonEmpty(c.WebACLId) ? { webAclId: c.WebACLId! } : {}),
    geoRestriction: { type: (geo?.RestrictionType ?? 'none') as CloudFrontDistribution['geoRestriction']['type'], locations: [...(geo?.Items ?? [])] },
  }
  return d
}

/**
 * Every CloudFront distribution of the account, collected once per scan. The delivery sources
 * are read only when some distribution has no legacy logging.
 */
export const cloudFrontDistributionCollector: Collector = {
  id: 'cloudfront.distribution',
  produces: ['cloudfront.distribution'],
  actions: ['cloudfront:ListDistributions', 'cloudfront:GetDistributionConfig', 'logs:DescribeDeliverySources'],
  scope: 'global',
  async collect(ctx: AwsContext): Promise<CollectResult> {
    const CF = await import('@aws-sdk/client-cloudfront')
    const home = cloudFrontRegion(ctx.partition)
    let summaries: { Id?: string; ARN?: string }[]
    try {
      summaries = await collectPages(
        (Marker) => ctx.send(home, 'cloudfront:ListDistributions', new CF.ListDistributionsCommand({ MaxItems: 100, ...(Marker ? { Marker } : {}) })),
        (p) => (p.DistributionList?.IsTruncated ? p.DistributionList.NextMarker : undefined),
        (p) => p.DistributionList?.Items,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'cloudfront.distribution', 'global')] }
    }
    if (!summaries.length) return { resources: { 'cloudfront.distribution': [] }, gaps: [] }
    const failures: { target: string; reason: string }[] = []
    const configs = (
      await Promise.all(
        summaries.map(async (s) => {
          const r = await fetchOptional(ctx.send(home, 'cloudfront:GetDistributionConfig', new CF.GetDistributionConfigCommand({ Id: s.Id })))
          if (r.ok && r.value.DistributionConfig) return [{ id: s.Id ?? '', arn: s.ARN ?? '', config: r.value.DistributionConfig }]
          if (!r.ok && !r.absent) failures.push({ target: s.Id ?? '', reason: r.reason })
          return []
        }),
      )
    ).flat()
    const needV2 = configs.some((c) => !c.config.Logging?.Enabled)
    let v2: Set<string> | undefined
    let v2Failure: string | undefined
    if (needV2) {
      try {
        const L = await import('@aws-sdk/client-cloudwatch-logs')
        const sources = await collectPages(
          (nextToken) => ctx.send(home, 'logs:DescribeDeliverySources', new L.DescribeDeliverySourcesCommand({ limit: 50, ...(nextToken ? { nextToken } : {}) })),
          (p) => p.nextToken,
          (p) => p.deliverySources,
        )
        v2 = new Set(sources.filter((s) => s.service === 'cloudfront' || (s.resourceArns ?? []).some((a) => a.includes(':cloudfront:'))).flatMap((s) => s.resourceArns ?? []))
      } catch (err) {
        if (isAbort(err)) throw err
        v2Failure = unresolvedReason(err)
      }
    }
    const out = configs.map((c) => {
      const d = mapDistribution(c.id, c.arn, c.config, c.config.Logging?.Enabled ? undefined : v2 ? v2.has(c.arn) : undefined, ctx.accountId)
      if (!c.config.Logging?.Enabled && v2Failure) d.unresolved = { ...d.unresolved, loggingV2: v2Failure }
      return d
    })
    return { resources: { 'cloudfront.distribution': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: lookupGap('cloudfront.distribution', 'global', 'distribution configuration', failures) }
  },
}
