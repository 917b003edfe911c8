import { defineCheck } from '../../core/check.js'

const DAY = 86_400_000
const NOT_ISSUED = new Set(['PENDING_VALIDATION', 'FAILED', 'VALIDATION_TIMED_OUT', 'REVOKED', 'INACTIVE'])

export default defineCheck({
  meta: {
    id: 'acm-certificate-not-expiring',
    resourceType: 'acm.certificate',
    title: 'ACM certificate is not expired or about to expire',
    severity: 'medium',
    categories: ['lifecycle', 'encryption'],
    description: 'Checks the end of validity of every issued ACM certificate: expired, or expiring within the `daysBeforeExpiry` option (default 30 days), fails. ACM renews the certificates it issues about 60 days before they expire, so an ACM-issued certificate this close to expiry means renewal failed (usually DNS validation records were removed); imported certificates are never renewed by ACM. Certificates that were never issued (pending or failed validation, revoked) are skipped.',
    risk: 'When a certificate in use expires, browsers and API clients refuse to connect: the site or API behind the load balancer, CloudFront distribution or API Gateway domain is effectively down.',
    remediation: {
      text: 'For an ACM-issued certificate, restore the DNS validation CNAME (or answer the validation e-mail) so that managed renewal succeeds, or request a new certificate and switch the resources to it. For an imported certificate, obtain a new one from the issuing CA and re-import it under the same ARN.',
      cli: 'aws acm describe-certificate --certificate-arn <arn> --query "Certificate.{NotAfter:NotAfter,Renewal:RenewalSummary,Validation:DomainValidationOptions}"\naws acm import-certificate --certificate-arn <arn> --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
    },
    messages: {
      valid: 'Certificate for {{domain}} is valid for {{days}} more days.',
      expiring: 'Certificate for {{domain}} ({{type}}) expires in {{days}} days, on {{notAfter}}.',
      expired: 'Certificate for {{domain}} ({{type}}) expired on {{notAfter}}.',
    },
    options: { daysBeforeExpiry: 30 },
    liveOnly: true,
  },
  evaluate(cert, { pass, fail, skip, unknown, options, now }) {
    if (NOT_ISSUED.has(cert.status)) return skip(`the certificate is ${cert.status}, not issued`)
    if (!cert.notAfter) return unknown('the certificate\'s end of validity is not known', { at: 'notAfter' })
    const days = Math.floor((Date.parse(cert.notAfter) - now.getTime()) / DAY)
    const data = { domain: cert.domainName, type: cert.type === 'IMPORTED' ? 'imported' : cert.type === 'PRIVATE' ? 'private CA' : 'ACM-issued', notAfter: cert.notAfter.slice(0, 10) }
    if (days < 0) return fail('expired', { data, at: 'notAfter' })
    const threshold = Number(options.daysBeforeExpiry ?? 30)
    if (days <= threshold) return fail('expiring', { data: { ...data, days }, at: 'notAfter' })
    return pass('valid', { domain: cert.domainName, days })
  },
})
