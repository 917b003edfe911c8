import { control as c, defineFramework, manualControl as manual } from '../types.js'

/**
 * NIST SP 800-53 Revision 5: the base controls that cloud configuration can give evidence for,
 * plus a few that are process only (listed as manual so the report says so).
 * Which check supports which control is clearsky's judgement, informed by the "related
 * requirements" AWS Security Hub lists for its Lambda, IAM, KMS and CloudTrail controls.
 */
export default defineFramework({
  id: 'nist-800-53-r5',
  title: 'NIST SP 800-53 Security and Privacy Controls',
  version: 'Revision 5',
  source: 'NIST SP 800-53 Rev. 5 control catalogue (csrc.nist.gov); check mapping informed by AWS Security Hub CSPM related requirements',
  verifiedAt: '2026-11-27',
  scope: 'Controls that AWS configuration can evidence, and a few process controls for context; not the whole catalogue',
  controls: [
    manual('AT-2', 'Security and privacy literacy training'),
    c('AC-2', 'Account management', ['iam-user-inactive', 'iam-role-unused', 'iam-user-unused-password-disabled', 'iam-user-unused-access-keys-disabled', 'iam-identity-federation-used']),
    c('AC-3', 'Access enforcement', ['lambda-function-url-auth-required', 'lambda-resource-policy-not-public', 'lambda-resource-policy-service-source-scoped', 'lambda-layer-version-not-public', 'iam-role-trust-not-public', 'iam-role-web-identity-trust-restricted', 'iam-role-cross-account-external-id', 'kms-key-policy-not-public', 'kms-key-policy-external-accounts-trusted', 'accessanalyzer-no-active-external-findings', 'organizations-scps-attached', 'cloudtrail-bucket-not-public']),
    c('AC-4', 'Information flow enforcement', ['lambda-resource-policy-not-public', 'lambda-vpc-egress-restricted']),
    c('AC-5', 'Separation of duties', ['organizations-delegated-administrators-registered', 'organizations-policy-management-delegated', 'organizations-management-account-no-workloads']),
    c('AC-6', 'Least privilege', ['lambda-execution-role-not-admin', 'lambda-execution-role-unique', 'iam-policy-no-full-admin', 'iam-role-inline-policy-not-admin', 'iam-user-inline-policy-not-admin', 'iam-group-inline-policy-not-admin', 'iam-policy-no-service-wildcard', 'iam-user-no-direct-policies', 'iam-administrator-access-holders', 'iam-cloudshell-full-access-not-attached', 'iam-role-delegated-admin-bounded', 'iam-user-delegated-admin-bounded', 'iam-role-no-privilege-escalation', 'iam-user-no-privilege-escalation', 'iam-root-not-used-recently', 'kms-customer-policy-no-decrypt-all-keys', 'kms-role-inline-policy-no-decrypt-all-keys', 'kms-user-inline-policy-no-decrypt-all-keys', 'kms-group-inline-policy-no-decrypt-all-keys']),
    c('AU-2', 'Event logging', ['cloudtrail-lambda-data-events-logged', 'cloudtrail-multi-region-management-events', 'cloudtrail-enabled', 'cloudtrail-s3-write-data-events-logged', 'cloudtrail-s3-read-data-events-logged', 'cloudtrail-bucket-access-logging-enabled']),
    c('AU-6', 'Audit record review, analysis and reporting', ['cloudwatch-unauthorized-api-calls-monitored', 'cloudwatch-console-signin-without-mfa-monitored', 'cloudwatch-root-usage-monitored', 'cloudwatch-iam-policy-changes-monitored', 'cloudwatch-cloudtrail-changes-monitored', 'cloudwatch-console-auth-failures-monitored', 'cloudwatch-cmk-disable-or-deletion-monitored', 'cloudwatch-s3-bucket-policy-changes-monitored', 'cloudwatch-config-changes-monitored', 'cloudwatch-security-group-changes-monitored', 'cloudwatch-nacl-changes-monitored', 'cloudwatch-network-gateway-changes-monitored', 'cloudwatch-route-table-changes-monitored', 'cloudwatch-vpc-changes-monitored', 'cloudwatch-organizations-changes-monitored', 'cloudtrail-cloudwatch-logs-integrated', 'accessanalyzer-no-active-external-findings']),
    c('AU-9', 'Protection of audit information', ['cloudtrail-log-file-validation-enabled', 'cloudtrail-kms-encryption-enabled', 'cloudtrail-bucket-not-public', 'config-delivery-channel-healthy']),
    c('AU-11', 'Audit record retention', ['lambda-log-group-retention-set', 'logs-log-group-retention-set']),
    c('AU-12', 'Audit record generation', ['cloudtrail-lambda-data-events-logged', 'lambda-tracing-active', 'cloudtrail-multi-region-management-events', 'cloudtrail-enabled', 'cloudtrail-organization-trail-enabled', 'config-recorder-enabled', 'config-recorder-records-all-resources']),
    c('CA-7', 'Continuous monitoring', ['lambda-errors-alarm-configured', 'lambda-throttles-alarm-configured', 'lambda-duration-alarm-configured', 'lambda-dlq-alarm-configured', 'securityhub-enabled', 'config-recorder-enabled', 'guardduty-enabled', 'macie-enabled']),
    c('CM-2', 'Baseline configuration', ['config-recorder-records-all-resources']),
    c('CM-6', 'Configuration settings'),
    c('CM-7', 'Least functionality', ['lambda-function-url-cors-restricted']),
    manual('CP-2', 'Contingency plan'),
    c('CP-9', 'System backup'),
    c('CP-10', 'System recovery and reconstitution', ['lambda-vpc-multi-az', 'lambda-async-failure-destination']),
    c('IA-2', 'Identification and authentication (organizational users)', ['iam-root-mfa-enabled', 'iam-root-hardware-mfa-enabled', 'iam-user-console-mfa-enabled', 'iam-identity-federation-used']),
    c('IA-5', 'Authenticator management', ['lambda-env-no-plaintext-secrets', 'secretsmanager-secret-rotation-enabled', 'ssm-parameter-secrets-secure-string', 'iam-password-policy-min-length', 'iam-password-policy-prevents-reuse', 'iam-password-policy-requires-uppercase', 'iam-password-policy-requires-lowercase', 'iam-password-policy-requires-numbers', 'iam-password-policy-requires-symbols', 'iam-password-policy-expires', 'iam-user-access-keys-rotated', 'iam-root-no-access-keys', 'iam-user-single-active-access-key', 'iam-user-no-unused-setup-access-keys']),
    c('IR-6', 'Incident reporting', ['account-security-contact-registered']),
    manual('IR-4', 'Incident handling'),
    c('IR-7', 'Incident response assistance', ['iam-support-role-exists']),
    manual('PL-2', 'System security and privacy plans'),
    manual('RA-3', 'Risk assessment'),
    c('SC-5', 'Denial-of-service protection', ['lambda-reserved-concurrency-set', 'lambda-vpc-multi-az']),
    c('SC-7', 'Boundary protection', ['lambda-function-url-auth-required', 'lambda-resource-policy-not-public', 'lambda-resource-policy-service-source-scoped', 'lambda-vpc-egress-restricted', 'lambda-vpc-not-in-public-subnet', 'lambda-vpc-sg-no-open-ingress', 'lambda-function-in-vpc']),
    c('SC-8', 'Transmission confidentiality and integrity'),
    c('SC-12', 'Cryptographic key establishment and management', ['kms-key-rotation-enabled', 'lambda-env-encrypted-with-cmk', 'kms-key-not-pending-deletion']),
    c('SC-13', 'Cryptographic protection', ['lambda-env-encrypted-with-cmk']),
    c('SC-17', 'Public key infrastructure certificates', ['iam-server-certificate-not-expired']),
    c('SC-28', 'Protection of information at rest', ['lambda-env-encrypted-with-cmk', 'lambda-env-no-plaintext-secrets', 'ssm-parameter-secrets-secure-string', 'logs-log-group-kms-encrypted', 'cloudtrail-kms-encryption-enabled']),
    c('SI-2', 'Flaw remediation', ['lambda-runtime-supported', 'lambda-runtime-deprecation-upcoming', 'lambda-layer-version-current']),
    c('SI-4', 'System monitoring', ['lambda-errors-alarm-configured', 'lambda-tracing-active', 'cloudtrail-lambda-data-events-logged', 'guardduty-lambda-protection-enabled', 'iam-access-analyzer-enabled', 'guardduty-enabled', 'guardduty-s3-protection-enabled', 'guardduty-eks-audit-protection-enabled', 'guardduty-malware-protection-enabled', 'guardduty-runtime-monitoring-enabled', 'guardduty-rds-protection-enabled', 'securityhub-enabled', 'cloudtrail-cloudwatch-logs-integrated']),
    c('SI-7', 'Software, firmware and information integrity', ['lambda-layers-from-trusted-accounts', 'lambda-code-signing-enforced', 'lambda-code-signing-profiles-valid']),
    c('SR-3', 'Supply chain controls and processes', ['lambda-layers-from-trusted-accounts', 'lambda-code-signing-enforced', 'lambda-code-signing-profiles-valid']),
  ],
})
