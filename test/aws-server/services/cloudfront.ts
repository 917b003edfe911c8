/**
 * CloudFront (REST-XML, signing name `cloudfront`, global): ListDistributions and
 * GetDistributionConfig, from the account-level `distributions` fixture.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import { XmlDocument } from '../protocols/rest-xml.js'
import type { ServiceDef } from './types.js'

export interface FixtureDistribution {
  id: string
  enabled?: boolean
  aliases?: string[]
  defaultRootObject?: string
  origins: { id: string; domainName: string; s3?: { originAccessIdentity?: string }; custom?: { protocolPolicy: string; sslProtocols?: string[] }; originAccessControlId?: string }[]
  /** Origin groups (failover): member origin ids, primary first. */
  originGroups?: { id: string; members: string[] }[]
  defaultBehavior: { targetOriginId: string; viewerProtocolPolicy: string }
  behaviors?: { pathPattern: string; targetOriginId: string; viewerProtocolPolicy: string }[]
  /** Absent: the default *.cloudfront.net certificate. */
  certificate?: { acmCertificateArn: string; minimumProtocolVersion: string; sslSupportMethod?: 'sni-only' | 'vip' | 'static-ip' }
  logging?: { bucket: string }
  webAclId?: string
  geo?: { type: 'whitelist' | 'blacklist'; locations: string[] }
}

declare module '../fixture.js' {
  interface FixtureAccount {
    /** CloudFront distributions (global). */
    distributions?: FixtureDistribution[]
  }
}

const list = (tag: string, items: unknown[]) => ({ Quantity: items.length, ...(items.length ? { Items: { [tag]: items } } : {}) })

function config(d: FixtureDistribution): Record<string, unknown> {
  return {
    CallerReference: `ref-${d.id}`,
    Aliases: list('CNAME', d.aliases ?? []),
    DefaultRootObject: d.defaultRootObject ?? '',
    Origins: list(
      'Origin',
      d.origins.map((o) => ({
        Id: o.id,
        DomainName: o.domainName,
        OriginPath: '',
        CustomHeaders: { Quantity: 0 },
        ...(o.s3 ? { S3OriginConfig: { OriginAccessIdentity: o.s3.originAccessIdentity ?? '' } } : {}),
        ...(o.custom ? { CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: o.custom.protocolPolicy, OriginSslProtocols: list('SslProtocol', o.custom.sslProtocols ?? ['TLSv1.2']) } } : {}),
        OriginAccessControlId: o.originAccessControlId ?? '',
      })),
    ),
    OriginGroups: list(
      'OriginGroup',
      (d.originGroups ?? []).map((g) => ({
        Id: g.id,
        FailoverCriteria: { StatusCodes: list('StatusCode', [500, 502, 503, 504]) },
        Members: list('OriginGroupMember', g.members.map((OriginId) => ({ OriginId }))),
      })),
    ),
    DefaultCacheBehavior: { TargetOriginId: d.defaultBehavior.targetOriginId, ViewerProtocolPolicy: d.defaultBehavior.viewerProtocolPolicy, CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
    CacheBehaviors: list('CacheBehavior', (d.behaviors ?? []).map((b) => ({ PathPattern: b.pathPattern, TargetOriginId: b.targetOriginId, ViewerProtocolPolicy: b.viewerProtocolPolicy, CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' }))),
    Comment: '',
    Logging: d.logging ? { Enabled: true, IncludeCookies: false, Bucket: d.logging.bucket, Prefix: '' } : { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' },
    PriceClass: 'PriceClass_All',
    Enabled: d.enabled ?? true,
    ViewerCertificate: d.certificate
      ? { ACMCertificateArn: d.certificate.acmCertificateArn, SSLSupportMethod: d.certificate.sslSupportMethod ?? 'sni-only', MinimumProtocolVersion: d.certificate.minimumProtocolVersion, CloudFrontDefaultCertificate: false }
      : { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1', SSLSupportMethod: 'vip' },
    Restrictions: { GeoRestriction: { RestrictionType: d.geo?.type ?? 'none', ...list('Location', d.geo?.locations ?? []) } },
    WebACLId: d.webAclId ?? '',
    HttpVersion: 'http2',
  }
}

export const cloudfront: ServiceDef = {
  signingName: 'cloudfront',
  iamPrefix: 'cloudfront',
  protocol: 'rest-xml',
  global: true,
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDenied', status: 403 },
    throttling: { code: 'Throttling', status: 400 },
    invalidToken: { code: 'InvalidClientTokenId', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalError' },
    unavailable: { code: 'ServiceUnavailable' },
  },
  operations: {
    ListDistributions: {
      http: { method: 'GET', path: '/2020-05-31/distribution' },
      handle(input, ctx) {
        const all = [...(ctx.account.distributions ?? [])].sort((a, b) => a.id.localeCompare(b.id))
        const p = paginate(all, { token: input.Marker, requested: input.MaxItems, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('ListDistributions'), tokenName: 'Marker', errorCode: 'InvalidArgument' })
        return new XmlDocument('DistributionList', {
          Marker: String(input.Marker ?? ''),
          ...(p.next ? { NextMarker: p.next } : {}),
          MaxItems: 100,
          IsTruncated: Boolean(p.next),
          ...list(
            'DistributionSummary',
            p.items.map((d) => {
              const c = config(d)
              return {
                Id: d.id,
                ARN: `arn:aws:cloudfront::${ctx.accountId}:distribution/${d.id}`,
                Status: 'Deployed',
                LastModifiedTime: new Date('2026-01-15T10:00:00Z'),
                DomainName: `${d.id.toLowerCase()}.cloudfront.net`,
                Aliases: c.Aliases,
                Origins: c.Origins,
                DefaultCacheBehavior: c.DefaultCacheBehavior,
                CacheBehaviors: c.CacheBehaviors,
                Comment: '',
                PriceClass: 'PriceClass_All',
                Enabled: c.Enabled,
                ViewerCertificate: c.ViewerCertificate,
                Restrictions: c.Restrictions,
                WebACLId: c.WebACLId,
                HttpVersion: 'http2',
                IsIPV6Enabled: true,
                Staging: false,
              }
            }),
          ),
        })
      },
    },
    GetDistributionConfig: {
      http: { method: 'GET', path: '/2020-05-31/distribution/{Id}/config' },
      resource: (input) => String(input.Id ?? ''),
      handle(input, ctx) {
        const d = (ctx.account.distributions ?? []).find((x) => x.id === input.Id)
        if (!d) throw new ApiError('NoSuchDistribution', 'The specified distribution does not exist.', 404)
        return new XmlDocument('DistributionConfig', config(d))
      },
    },
  },
}
