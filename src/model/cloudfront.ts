import type { ResourceBase } from './common.js'

/**
 * What an origin is, from its domain and configuration: an S3 bucket's REST endpoint (`s3`), an S3
 * static-website endpoint (`s3-website`, a plain HTTP custom origin), a Lambda function URL
 * (`lambda-url`), a MediaStore/MediaPackage/other AWS endpoint or any other host (`custom`).
 */
export type CloudFrontOriginKind = 's3' | 's3-website' | 'lambda-url' | 'custom'

export interface CloudFrontOrigin {
  id: string
  domainName: string
  kind: CloudFrontOriginKind
  /** Origin access control attached (S3, Lambda function URL, MediaStore origins). */
  originAccessControlId?: string
  /** Legacy origin access identity of an S3 origin (`origin-access-identity/cloudfront/E…`). */
  originAccessIdentity?: string
  /** Custom origins: `http-only`, `match-viewer` or `https-only`. */
  protocolPolicy?: string
  /** Custom origins: protocols CloudFront may use with the origin (`SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`). */
  sslProtocols?: string[]
}

/** An origin group: CloudFront fails over from the first member to the second on the listed status codes. */
export interface CloudFrontOriginGroup {
  id: string
  /** Origin ids, primary first. */
  members: string[]
}

export interface CloudFrontCacheBehavior {
  /** `*` for the default cache behavior. */
  pathPattern: string
  /** `allow-all`, `redirect-to-https` or `https-only`. */
  viewerProtocolPolicy: string
  /** Id of the origin (or origin group) the behavior routes to. */
  targetOriginId?: string
}

/** `cloudfront.distribution` (global): what GetDistributionConfig returns, as the checks read it. */
export interface CloudFrontDistribution extends ResourceBase {
  enabled: boolean
  aliases: string[]
  defaultRootObject?: string
  origins: CloudFrontOrigin[]
  /** Origin groups (failover pairs). Absent when the source did not read them (older snapshots). */
  originGroups?: CloudFrontOriginGroup[]
  /** The default cache behavior first (pathPattern `*`), then the ordered ones. */
  cacheBehaviors: CloudFrontCacheBehavior[]
  viewerCertificate: {
    /** The `*.cloudfront.net` certificate: CloudFront then accepts TLSv1 whatever the setting says. */
    cloudFrontDefaultCertificate: boolean
    /** Security policy (`TLSv1.2_2021` …). */
    minimumProtocolVersion?: string
    acmCertificateArn?: string
    iamCertificateId?: string
    sslSupportMethod?: string
  }
  /** Standard logging (legacy, to an S3 bucket). */
  logging: { enabled: boolean; bucket?: string }
  /**
   * Standard logging v2 (CloudWatch Logs delivery): a delivery source names the distribution.
   * Absent when the source could not tell.
   */
  loggingV2?: boolean
  /** WAF web ACL (a WAFv2 ACL ARN, or a classic WAF ACL id); absent when none. */
  webAclId?: string
  geoRestriction: { type: 'none' | 'whitelist' | 'blacklist'; locations: string[] }
}
