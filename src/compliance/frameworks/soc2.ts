import { control as c, defineFramework, manualControl as manual } from '../types.js'

/**
 * SOC 2: AICPA 2017 Trust Services Criteria (security common criteria plus availability and
 * confidentiality). Criterion ids are AICPA's; titles are clearsky's paraphrase. Which check
 * supports which criterion is clearsky's judgement.
 */
export default defineFramework({
  id: 'soc2',
  title: 'SOC 2 Trust Services Criteria',
  version: '2017 (revised points of focus 2022)',
  source: 'AICPA TSP section 100, 2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy',
  verifiedAt: '2026-11-27',
  scope: 'Common criteria CC1–CC9 that cloud configuration can evidence, a few process criteria, A1.2 and C1.1',
  controls: [
    manual('CC1.1', 'The organization commits to integrity and ethical values'),
    manual('CC2.2', 'Security responsibilities are communicated internally'),
    manual('CC3.2', 'Risks to objectives are identified and analysed'),
    c('CC6.1', 'Logical access to infrastructure and data is secured', ['lambda-function-url-auth-required', 'lambda-resource-policy-not-public', 'lambda-execution-role-not-admin', 'lambda-env-encrypted-with-cmk', 'lambda-env-no-plaintext-secrets', 'kms-key-rotation-enabled']),
    c('CC6.2', 'Users are registered and authorized before access is granted'),
    c('CC6.3', 'Access is role-based and least privilege', ['lambda-execution-role-not-admin', 'lambda-execution-role-unique', 'lambda-execution-role-no-service-wildcards', 'lambda-execution-role-no-wildcard-resources', 'lambda-execution-role-no-privilege-escalation', 'lambda-execution-role-secrets-scoped', 'lambda-execution-role-unused-permissions', 'lambda-resource-policy-invoke-only', 'lambda-deployers-restricted', 'lambda-no-code-injection-escalation']),
    c('CC6.6', 'The system boundary is protected from outside threats', ['lambda-function-url-auth-required', 'lambda-function-url-cors-restricted', 'lambda-resource-policy-not-public', 'lambda-resource-policy-service-source-scoped', 'lambda-vpc-not-in-public-subnet', 'apigateway-lambda-routes-authorized', 'lambda-event-sources-not-public', 'lambda-resource-policy-cross-account-trusted']),
    c('CC6.7', 'Movement of information is restricted to authorized paths', ['lambda-vpc-egress-restricted']),
    c('CC6.8', 'Unauthorized or malicious software is prevented or detected', ['lambda-layers-from-trusted-accounts', 'lambda-runtime-supported']),
    c('CC7.1', 'Configuration changes and new vulnerabilities are detected', ['lambda-runtime-supported']),
    c('CC7.2', 'System components are monitored for anomalies', ['cloudtrail-lambda-data-events-logged', 'lambda-errors-alarm-configured', 'lambda-tracing-active', 'lambda-log-group-retention-set', 'lambda-execution-role-can-write-logs']),
    manual('CC7.3', 'Security events are evaluated'),
    manual('CC7.4', 'Security incidents are responded to'),
    manual('CC7.5', 'The organization recovers from incidents'),
    manual('CC8.1', 'Changes are authorized, tested and approved'),
    c('CC9.1', 'Business disruption risks are mitigated'),
    c('A1.2', 'Recovery infrastructure and capacity protections are in place', ['lambda-vpc-multi-az', 'lambda-async-failure-destination', 'lambda-reserved-concurrency-set']),
    c('C1.1', 'Confidential information is protected', ['lambda-env-encrypted-with-cmk', 'lambda-env-no-plaintext-secrets']),
  ],
})
