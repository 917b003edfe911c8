/** What the SigV4 Authorization header says about a call. */
export interface SignedScope {
  accessKeyId: string
  region: string
  /** Signing name: `lambda`, `iam`, `monitoring` (CloudWatch) … */
  service: string
}

/**
 * Reads `AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/lambda/aws4_request, …`.
 * The signature itself is not verified: the fake server trusts any key.
 */
export function parseAuthorization(header: string | undefined): SignedScope | undefined {
  if (!header) return undefined
  const m = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(header)
  if (!m) return undefined
  return { accessKeyId: m[1]!, region: m[2]!, service: m[3]! }
}
