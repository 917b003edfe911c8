/** ACM certificates of the region, from ListCertificates alone (its summaries carry type, status, key, validity and use). */
import type { CertificateSummary } from '@aws-sdk/client-acm'
import type { AcmCertificate } from '../../../model/acm.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

// Without an explicit key-type filter ListCertificates returns only RSA 1024/2048 certificates.
const ALL_KEY_TYPES = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'] as const

/** Maps one certificate summary. Pure. */
export function mapCertificate(c: CertificateSummary, where: { region: string; accountId: string }): AcmCertificate {
  const arn = c.CertificateArn ?? ''
  return {
    id: arn,
    arn,
    name: c.DomainName ?? arn,
    accountId: where.accountId,
    region: where.region,
    domainName: c.DomainName ?? '',
    type: c.Type ?? 'AMAZON_ISSUED',
    status: c.Status ?? 'ISSUED',
    ...(c.KeyAlgorithm ? { keyAlgorithm: c.KeyAlgorithm } : {}),
    ...(c.NotAfter instanceof Date && !Number.isNaN(c.NotAfter.getTime()) ? { notAfter: c.NotAfter.toISOString() } : {}),
    ...(c.InUse !== undefined ? { inUse: c.InUse } : {}),
    ...(c.RenewalEligibility ? { renewalEligibility: c.RenewalEligibility } : {}),
  }
}

export const acmCertificateCollector: Collector = {
  id: 'acm.certificate',
  produces: ['acm.certificate'],
  actions: ['acm:ListCertificates'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const A = await import('@aws-sdk/client-acm')
    try {
      const list = await collectPages(
        (NextToken) => ctx.send(region, 'acm:ListCertificates', new A.ListCertificatesCommand({ Includes: { keyTypes: [...ALL_KEY_TYPES] }, MaxItems: 1000, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.CertificateSummaryList,
      )
      const where = { region, accountId: ctx.accountId }
      return { resources: { 'acm.certificate': list.map((c) => mapCertificate(c, where)).sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'acm.certificate', region)] }
    }
  },
}
