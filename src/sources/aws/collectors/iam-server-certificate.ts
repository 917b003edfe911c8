import type { ServerCertificateMetadata } from '@aws-sdk/client-iam'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { IamServerCertificate } from '../../../model/iam-account.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

function iso(d: Date | string | undefined): string | undefined {
  if (d === undefined) return undefined
  return d instanceof Date ? d.toISOString() : new Date(d).toISOString()
}

/** Maps ListServerCertificates metadata to the model. Pure. */
export function mapServerCertificate(m: ServerCertificateMetadata, accountId: string): IamServerCertificate {
  const arn = m.Arn ?? ''
  const expiration = iso(m.Expiration)
  const uploadDate = iso(m.UploadDate)
  return {
    id: arn,
    arn,
    name: m.ServerCertificateName ?? arn,
    accountId: arn.split(':')[4] || accountId,
    region: GLOBAL_REGION,
    path: m.Path ?? '/',
    ...(m.ServerCertificateId ? { serverCertificateId: m.ServerCertificateId } : {}),
    ...(uploadDate ? { uploadDate } : {}),
    ...(expiration ? { expiration } : {}),
  }
}

/** TLS certificates stored in IAM (ListServerCertificates). Collected once per scan. */
export const iamServerCertificateCollector: Collector = {
  id: 'iam.server-certificate',
  produces: ['iam.server-certificate'],
  actions: ['iam:ListServerCertificates'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const I = await import('@aws-sdk/client-iam')
    try {
      const list = await collectPages(
        (Marker) => ctx.send(region, 'iam:ListServerCertificates', new I.ListServerCertificatesCommand({ MaxItems: 1000, ...(Marker ? { Marker } : {}) })),
        (p) => (p.IsTruncated ? p.Marker : undefined),
        (p) => p.ServerCertificateMetadataList,
      )
      return { resources: { 'iam.server-certificate': list.map((m) => mapServerCertificate(m, ctx.accountId)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'iam.server-certificate', GLOBAL_REGION)] }
    }
  },
}
