import type { ResourceBase } from './common.js'

/** `acm.certificate`: an ACM certificate's summary (ListCertificates), as the checks read it. */
export interface AcmCertificate extends ResourceBase {
  domainName: string
  /** `AMAZON_ISSUED`, `IMPORTED` or `PRIVATE`. */
  type: string
  /** `ISSUED`, `EXPIRED`, `PENDING_VALIDATION`, `INACTIVE`, `REVOKED`, `FAILED`, `VALIDATION_TIMED_OUT`. */
  status: string
  /** `RSA_1024`, `RSA_2048`, `RSA_3072`, `RSA_4096`, `EC_prime256v1`, `EC_secp384r1`, `EC_secp521r1`. */
  keyAlgorithm?: string
  /** End of validity (ISO 8601). */
  notAfter?: string
  /** Some AWS resource (a load balancer, a distribution, an API) uses the certificate. */
  inUse?: boolean
  /** `ELIGIBLE` or `INELIGIBLE` for managed renewal. */
  renewalEligibility?: string
}
