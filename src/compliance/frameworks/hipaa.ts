import { control as c, defineFramework, manualControl as manual } from '../types.js'

/**
 * HIPAA Security Rule, administrative (45 CFR §164.308) and technical (§164.312) safeguards.
 * Paragraph references are the regulation's; titles are clearsky's paraphrase. Which check
 * supports which safeguard is clearsky's judgement.
 */
export default defineFramework({
  id: 'hipaa',
  title: 'HIPAA Security Rule',
  version: '45 CFR Part 164 Subpart C',
  source: '45 CFR §164.308 and §164.312 (eCFR, Title 45, Subtitle A, Subchapter C, Part 164, Subpart C)',
  verifiedAt: '2026-11-27',
  scope: 'Administrative safeguards of §164.308(a) and technical safeguards of §164.312; physical safeguards (§164.310) are out of reach of a cloud configuration scanner',
  controls: [
    manual('164.308(a)(1)(ii)(A)', 'Risk analysis'),
    manual('164.308(a)(1)(ii)(B)', 'Risk management'),
    c('164.308(a)(1)(ii)(D)', 'Information system activity review', ['cloudtrail-lambda-data-events-logged', 'lambda-errors-alarm-configured']),
    c('164.308(a)(4)(ii)(B)', 'Access authorization', ['lambda-execution-role-not-admin', 'lambda-execution-role-unique']),
    c('164.308(a)(4)(ii)(C)', 'Access establishment and modification'),
    manual('164.308(a)(5)(i)', 'Security awareness and training'),
    c('164.308(a)(5)(ii)(B)', 'Protection from malicious software', ['lambda-layers-from-trusted-accounts']),
    manual('164.308(a)(6)(ii)', 'Security incident response and reporting'),
    manual('164.308(a)(7)(i)', 'Contingency plan'),
    c('164.308(a)(7)(ii)(A)', 'Data backup plan'),
    c('164.308(a)(7)(ii)(B)', 'Disaster recovery plan', ['lambda-vpc-multi-az', 'lambda-async-failure-destination']),
    c('164.312(a)(1)', 'Access control', ['lambda-function-url-auth-required', 'lambda-resource-policy-not-public', 'lambda-resource-policy-service-source-scoped', 'lambda-execution-role-not-admin']),
    c('164.312(a)(2)(iv)', 'Encryption and decryption of ePHI', ['lambda-env-encrypted-with-cmk', 'kms-key-rotation-enabled']),
    c('164.312(b)', 'Audit controls', ['cloudtrail-lambda-data-events-logged', 'lambda-log-group-retention-set', 'lambda-tracing-active']),
    c('164.312(c)(1)', 'Integrity of ePHI', ['lambda-layers-from-trusted-accounts']),
    c('164.312(d)', 'Person or entity authentication', ['lambda-function-url-auth-required']),
    c('164.312(e)(1)', 'Transmission security', ['lambda-vpc-egress-restricted', 'lambda-vpc-not-in-public-subnet']),
    c('164.312(e)(2)(ii)', 'Encryption of ePHI in transit'),
  ],
})
