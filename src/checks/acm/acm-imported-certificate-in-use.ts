import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'acm-imported-certificate-in-use',
    resourceType: 'acm.certificate',
    title: 'Certificates in use are issued and renewed by ACM',
    severity: 'info',
    categories: ['lifecycle'],
    description: 'Informational: reports imported certificates that some AWS resource uses. ACM never renews imported certificates, so every one of them is a manual renewal that has to happen on time. Certificates not in use, and certificates ACM issued (public or from a private CA), pass.',
    risk: 'An imported certificate expires unless someone re-imports a new one in time; its private key was also handled outside AWS, by people and pipelines.',
    remediation: {
      text: 'Where the domain allows it, replace the imported certificate with one ACM issues (DNS validation renews automatically); otherwise alarm on the DaysToExpiry metric and keep the re-import in a runbook.',
      cli: 'aws acm request-certificate --domain-name <domain> --validation-method DNS',
    },
    messages: {
      managed: 'Certificate for {{domain}} is renewed by ACM or not in use.',
      imported: 'Imported certificate for {{domain}} is in use; ACM will not renew it (it expires on {{notAfter}}).',
    },
    liveOnly: true,
  },
  evaluate(cert, { pass, fail, unknown }) {
    if (cert.type !== 'IMPORTED') return pass('managed', { domain: cert.domainName })
    if (cert.inUse === undefined) return unknown('whether the certificate is in use is not known', { at: 'inUse' })
    if (!cert.inUse) return pass('managed', { domain: cert.domainName })
    return fail('imported', { data: { domain: cert.domainName, notAfter: cert.notAfter?.slice(0, 10) ?? 'an unknown date' }, at: 'type' })
  },
})
