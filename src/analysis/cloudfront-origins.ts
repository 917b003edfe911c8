/**
 * What kind of origin a CloudFront origin is, from its domain name and whether it has an S3
 * origin configuration. Used by the live collector and the IaC adapters alike. Pure.
 */
import type { CloudFrontOriginKind } from '../model/cloudfront.js'

// `bucket.s3.amazonaws.com`, `bucket.s3.eu-west-1.amazonaws.com`, `bucket.s3-eu-west-1.amazonaws.com`,
// `bucket.s3.dualstack.eu-west-1.amazonaws.com` (and the China partition's .com.cn).
const S3_REST = /\.s3(?:[.-](?:dualstack\.)?[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/i
// `bucket.s3-website-us-east-1.amazonaws.com`, `bucket.s3-website.eu-west-1.amazonaws.com`.
const S3_WEBSITE = /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/i
// `<url-id>.lambda-url.<region>.on.aws`.
const LAMBDA_URL = /\.lambda-url\.[a-z0-9-]+\.on\.aws$/i

export function classifyOrigin(domainName: string, hasS3OriginConfig: boolean): CloudFrontOriginKind {
  const d = domainName.trim().replace(/\.$/, '')
  if (S3_WEBSITE.test(d)) return 's3-website'
  if (LAMBDA_URL.test(d)) return 'lambda-url'
  if (hasS3OriginConfig || S3_REST.test(d)) return 's3'
  return 'custom'
}

// The bucket name is everything before `.s3`; the region, when the endpoint names one.
const S3_REST_PARTS = /^(.+?)\.s3(?:[.-](?:dualstack\.)?([a-z0-9-]+))?\.amazonaws\.com(?:\.cn)?$/i

/**
 * The bucket an S3 REST origin domain names, and the region when the endpoint is regional
 * (`bucket.s3.eu-west-1.amazonaws.com`); the legacy `bucket.s3.amazonaws.com` endpoint names none.
 * Undefined for a domain that is not an S3 REST endpoint (a custom domain in front of S3). Pure.
 */
export function s3OriginBucket(domainName: string): { bucket: string; region?: string } | undefined {
  const m = S3_REST_PARTS.exec(domainName.trim().replace(/\.$/, ''))
  if (!m) return undefined
  const bucket = m[1]!.toLowerCase()
  const where = m[2]?.toLowerCase()
  // `s3-external-1` is an old alias of us-east-1.
  const region = where === 'external-1' ? 'us-east-1' : where
  return region ? { bucket, region } : { bucket }
}
