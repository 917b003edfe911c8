import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'acm-certificate-rsa-key-2048',
    resourceType: 'acm.certificate',
    title: 'ACM RSA certificate uses a key of at least 2048 bits',
    severity: 'high',
    categories: ['encryption'],
    description: 'Checks the key algorithm of RSA certificates in ACM: RSA_2048, RSA_3072 and RSA_4096 pass, RSA_1024 (only possible for imported certificates) fails. Elliptic-curve certificates are skipped.',
    risk: '1024-bit RSA keys are within reach of well-funded attackers and are rejected by current browsers and standards (NIST SP 800-131A); TLS that relies on them can be impersonated or decrypted.',
    remediation: {
      text: 'Issue or import a replacement certificate with an RSA 2048 (or larger) or an ECDSA P-256/P-384 key and move the resources that use the old one to it.',
      cli: 'aws acm request-certificate --domain-name <domain> --validation-method DNS --key-algorithm RSA_2048',
      cloudformation: 'Certificate:\n  Type: AWS::CertificateManager::Certificate\n  Properties:\n    DomainName: www.example.com\n    ValidationMethod: DNS\n    KeyAlgorithm: RSA_2048',
      terraform: 'resource "aws_acm_certificate" "site" {\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n  key_algorithm     = "RSA_2048"\n}',
    },
    messages: {
      strong: 'Certificate for {{domain}} uses a {{algorithm}} key.',
      weak: 'Certificate for {{domain}} uses a {{algorithm}} key, shorter than 2048 bits.',
    },
  },
  evaluate(cert, { pass, fail, skip, unknown }) {
    const algorithm = cert.keyAlgorithm
    if (!algorithm) return unknown('the certificate\'s key algorithm is not known', { at: 'keyAlgorithm' })
    if (!algorithm.startsWith('RSA')) return skip(`${algorithm} is not an RSA key`)
    const bits = Number(algorithm.replace(/\D/g, ''))
    return bits >= 2048 ? pass('strong', { domain: cert.domainName, algorithm }) : fail('weak', { data: { domain: cert.domainName, algorithm }, at: 'keyAlgorithm' })
  },
})
