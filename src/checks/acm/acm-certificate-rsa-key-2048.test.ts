import check from './acm-certificate-rsa-key-2048.js'
import { testCheck } from '../../../test/check-tester.js'
import { acmCertificate } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'RSA 2048', resource: acmCertificate() }, { name: 'RSA 4096', resource: acmCertificate({ keyAlgorithm: 'RSA_4096' }) }],
  invalid: [{ name: 'imported RSA 1024', resource: acmCertificate({ type: 'IMPORTED', keyAlgorithm: 'RSA_1024' }), messageId: 'weak', at: 'keyAlgorithm' }],
  unknown: [{ name: 'key algorithm not reported', resource: acmCertificate({ keyAlgorithm: undefined }) }, { name: 'algorithm from a parameter', resource: acmCertificate({ unresolved: { keyAlgorithm: '!Ref Algo' } }) }],
  skip: [{ name: 'ECDSA P-256', resource: acmCertificate({ keyAlgorithm: 'EC_prime256v1' }) }],
  iac: {
    cloudformation: {
      good: ['Cert:\n  Type: AWS::CertificateManager::Certificate\n  Properties: { DomainName: www.example.com, ValidationMethod: DNS }\n'],
      bad: ['Cert:\n  Type: AWS::CertificateManager::Certificate\n  Properties: { DomainName: www.example.com, ValidationMethod: DNS, KeyAlgorithm: RSA_1024 }\n'],
    },
    terraform: {
      good: ['resource "aws_acm_certificate" "c" {\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n  key_algorithm     = "RSA_2048"\n}\n'],
      bad: ['resource "aws_acm_certificate" "c" {\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n  key_algorithm     = "RSA_1024"\n}\n'],
    },
  },
})
