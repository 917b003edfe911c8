/** ACM (AWS JSON 1.1, target CertificateManager): ListCertificates from a region's `certificates` fixture. */
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

export interface FixtureCertificate {
  id: string
  domainName: string
  type?: 'AMAZON_ISSUED' | 'IMPORTED' | 'PRIVATE'
  status?: string
  keyAlgorithm?: string
  notAfter: string
  inUse?: boolean
}

declare module '../fixture.js' {
  interface FixtureRegion {
    certificates?: FixtureCertificate[]
  }
}

// Without an Includes.keyTypes filter ACM lists only these key types.
const DEFAULT_KEY_TYPES = ['RSA_1024', 'RSA_2048']

export const acm: ServiceDef = {
  signingName: 'acm',
  iamPrefix: 'acm',
  protocol: 'json-1.1',
  target: 'CertificateManager',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    ListCertificates: {
      handle(input, ctx) {
        const keyTypes = (input.Includes?.keyTypes as string[] | undefined) ?? DEFAULT_KEY_TYPES
        const certs = (ctx.data.certificates ?? []).filter((c) => keyTypes.includes(c.keyAlgorithm ?? 'RSA_2048'))
        const p = paginate(certs, { token: input.NextToken, requested: input.MaxItems, defaultSize: 1000, maxSize: 1000, fixtureMax: ctx.fixturePageSize('ListCertificates'), tokenName: 'NextToken', errorCode: 'InvalidArgsException' })
        return {
          CertificateSummaryList: p.items.map((c) => ({
            CertificateArn: `arn:aws:acm:${ctx.region}:${ctx.accountId}:certificate/${c.id}`,
            DomainName: c.domainName,
            Status: c.status ?? 'ISSUED',
            Type: c.type ?? 'AMAZON_ISSUED',
            KeyAlgorithm: c.keyAlgorithm ?? 'RSA_2048',
            InUse: c.inUse ?? true,
            RenewalEligibility: (c.type ?? 'AMAZON_ISSUED') === 'IMPORTED' ? 'INELIGIBLE' : 'ELIGIBLE',
            NotBefore: new Date('2026-01-01T00:00:00Z'),
            NotAfter: new Date(c.notAfter),
          })),
          NextToken: p.next,
        }
      },
    },
  },
}
