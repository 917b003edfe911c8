import { control as c, defineFramework, manualControl as manual } from '../types.js'

/**
 * GDPR (Regulation (EU) 2016/679): the articles on the security of processing. Article
 * references are the regulation's; titles are clearsky's paraphrase. A scanner can only give
 * technical evidence; lawful basis, records and notification are for people (manual).
 */
export default defineFramework({
  id: 'gdpr',
  title: 'General Data Protection Regulation',
  version: '2016/679',
  source: 'Regulation (EU) 2016/679, Articles 5, 25, 30, 32 and 33 (EUR-Lex)',
  verifiedAt: '2026-11-27',
  scope: 'Articles on the principles, protection by design and the security of processing',
  controls: [
    c('Art.5(1)(f)', 'Personal data is processed with integrity and confidentiality', ['lambda-env-no-plaintext-secrets', 'lambda-env-encrypted-with-cmk', 'lambda-resource-policy-not-public']),
    c('Art.25', 'Data protection by design and by default', ['lambda-function-url-auth-required', 'lambda-function-url-cors-restricted', 'lambda-resource-policy-not-public']),
    manual('Art.30', 'Records of processing activities are kept'),
    c('Art.32(1)(a)', 'Personal data is encrypted or pseudonymised', ['lambda-env-encrypted-with-cmk', 'kms-key-rotation-enabled']),
    c('Art.32(1)(b)', 'Systems stay confidential, intact, available and resilient', ['lambda-function-url-auth-required', 'lambda-resource-policy-not-public', 'lambda-resource-policy-service-source-scoped', 'lambda-execution-role-not-admin', 'lambda-env-no-plaintext-secrets', 'lambda-vpc-multi-az', 'lambda-vpc-not-in-public-subnet']),
    c('Art.32(1)(c)', 'Availability and access are restored promptly after an incident', ['lambda-async-failure-destination', 'lambda-vpc-multi-az']),
    manual('Art.32(1)(d)', 'Security measures are tested and evaluated regularly'),
    manual('Art.33', 'Personal data breaches are notified to the authority within 72 hours'),
  ],
})
