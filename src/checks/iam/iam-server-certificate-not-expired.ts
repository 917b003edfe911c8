import { defineCheck } from '../../core/check.js'
import { daysSince } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'iam-server-certificate-not-expired',
    resourceType: 'iam.server-certificate',
    title: 'No expired TLS certificate is stored in IAM',
    severity: 'medium',
    categories: ['encryption', 'lifecycle'],
    liveOnly: true,
    description: 'Compares the expiration date of each server certificate stored in IAM (ListServerCertificates) with the scan time. A certificate fails once it has expired.',
    risk: 'An expired certificate can still be attached to a load balancer or CloudFront distribution by mistake, breaking TLS for clients or training them to click through warnings. Stale certificates also hide which ones are really in use.',
    remediation: {
      text: 'Check that nothing still uses the certificate (load balancers, CloudFront, API Gateway), then delete it. Prefer AWS Certificate Manager, which renews certificates automatically, over certificates uploaded to IAM.',
      cli: 'aws iam list-server-certificates\naws iam delete-server-certificate --server-certificate-name <name>',
    },
    messages: {
      valid: 'The certificate {{name}} is valid until {{expiration}}.',
      expired: 'The certificate {{name}} expired {{days}} day(s) ago ({{expiration}}).',
    },
  },
  evaluate(cert, { pass, fail, unknown, now }) {
    const age = daysSince(cert.expiration, now)
    if (age === undefined) return unknown('the certificate has no expiration date', { at: 'expiration' })
    const expired = Date.parse(cert.expiration!) <= now.getTime()
    return expired ? fail('expired', { data: { name: cert.name, days: Math.max(0, age), expiration: cert.expiration }, at: 'expiration' }) : pass('valid', { name: cert.name, expiration: cert.expiration })
  },
})
