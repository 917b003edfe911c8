/** CloudFront viewer security policies, from data/cloudfront-tls-policies.json. Pure. */
import data from '../../data/cloudfront-tls-policies.json' with { type: 'json' }

export interface CloudFrontTlsPolicy {
  name: string
  minTls: string
  cipherSetYear: number
  /** TLS 1.2 or later with the 2021 or a newer cipher set. */
  modern: boolean
}

const POLICIES = new Map((data as { policies: CloudFrontTlsPolicy[] }).policies.map((p) => [p.name, p]))

/** What clearsky knows about a viewer security policy; undefined for one the data file does not list. */
export function cloudFrontTlsPolicy(name: string): CloudFrontTlsPolicy | undefined {
  return POLICIES.get(name)
}
