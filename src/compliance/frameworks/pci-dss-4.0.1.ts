import { control as c, defineFramework, manualControl as manual } from '../types.js'

/**
 * PCI DSS v4.0.1: the requirements cloud configuration can give evidence for, plus the main
 * policy and process requirements (manual). Requirement numbers are PCI SSC's; titles are
 * clearsky's paraphrase. Which check supports which requirement is clearsky's judgement.
 */
export default defineFramework({
  id: 'pci-dss-4.0.1',
  title: 'Payment Card Industry Data Security Standard',
  version: '4.0.1',
  source: 'PCI DSS v4.0.1 requirement numbering (PCI Security Standards Council, June 2024); check mapping informed by AWS Security Hub CSPM related requirements',
  verifiedAt: '2026-11-27',
  scope: 'Requirements that AWS configuration can evidence, and the main process requirements; not the whole standard',
  controls: [
    manual('1.2.1', 'Network security control configuration standards are defined and kept current'),
    c('1.3.1', 'Inbound traffic to the cardholder data environment is restricted', ['lambda-function-url-auth-required', 'lambda-resource-policy-not-public', 'ec2-sg-no-open-ssh', 'ec2-sg-no-open-rdp', 'ec2-sg-no-open-cifs', 'ec2-sg-no-open-ftp-telnet', 'ec2-sg-no-open-database-ports', 'ec2-sg-no-open-high-risk-ports', 'ec2-sg-no-open-all-traffic', 'ec2-sg-open-ports-authorized', 'ec2-nacl-no-open-admin-ports', 'ec2-default-sg-restricts-all-traffic', 's3-bucket-no-public-read', 's3-bucket-no-public-write', 'rds-instance-not-publicly-accessible', 'rds-snapshot-not-public', 'efs-file-system-policy-not-public', 'opensearch-domain-not-public', 'elasticache-cluster-not-open-to-world', 'backup-vault-policy-not-public', 'ecs-service-no-public-ip', 'eks-cluster-endpoint-not-public']),
    c('1.2.7', 'Configurations of network security controls are reviewed regularly', ['ec2-nacl-unused']),
    c('1.3.2', 'Outbound traffic from the cardholder data environment is restricted', ['lambda-vpc-egress-restricted']),
    c('1.4.1', 'Network controls sit between trusted and untrusted networks', ['lambda-vpc-not-in-public-subnet', 'ec2-instance-no-public-ip', 'ec2-subnet-no-auto-public-ip', 's3-account-public-access-block-enabled', 's3-bucket-public-access-block-enabled', 's3-access-point-public-access-block-enabled', 'elasticache-cluster-not-default-subnet-group', 'efs-file-system-mount-targets-private']),
    c('1.4.4', 'Systems that store cardholder data are not directly reachable from untrusted networks', ['ecs-service-no-public-ip', 'ecs-task-set-no-public-ip', 's3-multi-region-access-point-public-access-block-enabled', 'ec2-launch-template-no-public-ip']),
    manual('2.2.1', 'Configuration standards are developed and applied'),
    c('2.2.4', 'Only necessary services, protocols and functions are enabled', ['ec2-serial-console-access-disabled', 'ec2-sg-unused']),
    c('2.2.6', 'System security parameters are set to prevent misuse', ['lambda-function-url-cors-restricted', 'ec2-instance-imdsv2-required', 'rds-instance-custom-admin-username', 'rds-cluster-custom-admin-username', 'ecs-task-definition-no-privileged-containers', 'ecs-task-definition-readonly-root-filesystem', 'ecs-task-definition-non-root-user', 'ecs-task-definition-host-network-non-root', 'ecs-task-definition-no-host-pid', 'cloudfront-s3-origin-bucket-exists', 'ec2-launch-template-imdsv2-required']),
    c('3.5.1', 'Stored account data is unreadable', ['s3-bucket-kms-encryption', 'ec2-volume-encrypted', 'ec2-snapshot-encrypted', 'ec2-ebs-default-encryption-enabled', 'rds-instance-storage-encrypted', 'rds-cluster-storage-encrypted', 'rds-snapshot-encrypted', 'efs-file-system-encrypted', 'elasticache-replication-group-encrypted-at-rest', 'opensearch-domain-encrypted-at-rest', 'dynamodb-table-cmk-encryption', 'sqs-queue-encrypted', 'sns-topic-encrypted', 'eks-cluster-secrets-encrypted', 'apigateway-stage-cache-encrypted']),
    manual('3.6.1', 'Procedures protect cryptographic keys'),
    c('3.7.4', 'Cryptographic keys are changed at the end of their cryptoperiod', ['kms-key-rotation-enabled']),
    c('4.2.1', 'Certificates protecting data in transit are valid and not expired', ['iam-server-certificate-not-expired', 'acm-certificate-not-expiring', 'acm-certificate-rsa-key-2048', 'cloudfront-viewer-https-only', 'cloudfront-minimum-tls-version', 'cloudfront-origin-https-only', 'cloudfront-origin-tls-not-deprecated', 'elb-alb-http-redirects-to-https', 'elb-listener-tls-policy-modern', 'elb-classic-https-listeners', 'elb-classic-tls-policy', 'apigateway-domain-tls-1-2', 'dax-cluster-encrypted-in-transit']),
    c('6.2.4', 'Software engineering techniques prevent common attacks such as injection', ['lambda-code-no-sql-string-building', 'lambda-code-no-dynamic-exec-on-event']),
    c('6.3.3', 'Known vulnerabilities are patched', ['lambda-runtime-supported', 'lambda-code-dependencies-no-known-vulnerabilities', 'rds-instance-auto-minor-version-upgrade', 'rds-cluster-auto-minor-version-upgrade', 'elasticache-cluster-auto-minor-version-upgrade', 'ssm-managed-instance-patch-compliant', 'eks-cluster-supported-version', 'ecs-fargate-latest-platform-version', 'opensearch-domain-software-update-installed', 'ssm-managed-instance-association-compliant']),
    c('6.4.2', 'An automated solution protects public-facing web applications', ['apigateway-stage-waf-associated', 'cloudfront-waf-associated', 'waf-web-acl-has-rules']),
    c('7.2.1', 'An access control model limits access to what is needed', ['lambda-resource-policy-not-public', 'lambda-function-url-auth-required', 'iam-role-trust-not-public', 'iam-role-web-identity-trust-restricted', 'iam-role-cross-account-external-id', 'kms-key-policy-not-public', 'kms-key-policy-external-accounts-trusted', 'lambda-resource-policy-cross-account-trusted', 'apigateway-lambda-routes-authorized', 'lambda-event-sources-not-public', 's3-bucket-policy-cross-account-trusted', 's3-bucket-acls-disabled', 'ec2-snapshot-not-public', 'ec2-ami-not-public', 'rds-instance-iam-auth-enabled', 'rds-cluster-iam-auth-enabled', 'efs-access-point-root-directory', 'efs-access-point-posix-user', 'opensearch-domain-fine-grained-access-control', 'sqs-queue-policy-not-public', 'sns-topic-policy-not-public', 'ecr-repository-policy-not-public', 'secretsmanager-secret-policy-not-public', 'secretsmanager-secret-policy-cross-account-trusted', 'ssm-document-not-public']),
    c('7.2.2', 'Access follows job function and least privilege', ['lambda-execution-role-not-admin', 'iam-policy-no-full-admin', 'iam-role-inline-policy-not-admin', 'iam-user-inline-policy-not-admin', 'iam-group-inline-policy-not-admin', 'iam-user-no-direct-policies', 'iam-administrator-access-holders', 'kms-customer-policy-no-decrypt-all-keys', 'kms-role-inline-policy-no-decrypt-all-keys', 'kms-user-inline-policy-no-decrypt-all-keys', 'kms-group-inline-policy-no-decrypt-all-keys', 'lambda-deployers-restricted', 'lambda-no-code-injection-escalation']),
    c('7.2.4', 'User accounts and their privileges are reviewed at least every six months', ['iam-user-inactive', 'iam-role-unused']),
    c('7.2.5', 'Application and system accounts have least privilege', ['lambda-execution-role-not-admin', 'lambda-execution-role-unique', 'iam-role-no-privilege-escalation', 'iam-user-no-privilege-escalation', 'iam-role-delegated-admin-bounded', 'iam-user-delegated-admin-bounded', 'iam-policy-no-service-wildcard', 'lambda-execution-role-no-privilege-escalation', 'lambda-execution-role-no-service-wildcards', 'lambda-execution-role-no-wildcard-resources', 'lambda-execution-role-secrets-scoped', 'lambda-execution-role-unused-permissions', 'lambda-execution-role-trust-scoped']),
    c('8.2.2', 'Shared and generic accounts are used only when necessary', ['iam-root-no-access-keys', 'iam-root-not-used-recently']),
    c('8.2.6', 'Inactive user accounts are removed or disabled within 90 days', ['iam-user-inactive', 'iam-user-unused-password-disabled', 'iam-user-unused-access-keys-disabled']),
    c('8.3.1', 'All user access is authenticated', ['elasticache-replication-group-auth-enabled', 'opensearch-domain-fine-grained-access-control']),
    c('8.3.2', 'Authentication factors are unreadable in storage and transit', ['lambda-env-no-plaintext-secrets']),
    c('8.3.6', 'Passwords meet a minimum length and complexity', ['iam-password-policy-min-length', 'iam-password-policy-requires-numbers', 'iam-password-policy-requires-uppercase', 'iam-password-policy-requires-lowercase']),
    c('8.3.7', 'New passwords differ from the last four used', ['iam-password-policy-prevents-reuse']),
    c('8.3.9', 'Single-factor passwords are changed at least every 90 days', ['iam-password-policy-expires']),
    c('8.4.1', 'MFA protects administrative access', ['iam-root-mfa-enabled', 'iam-root-hardware-mfa-enabled']),
    c('8.4.2', 'MFA protects all access into the cardholder data environment', ['iam-user-console-mfa-enabled']),
    c('8.6.2', 'Application and system account secrets are not hard-coded', ['lambda-env-no-plaintext-secrets', 'lambda-code-no-secrets', 'lambda-layer-no-secrets', 'ecs-task-definition-no-plaintext-secrets']),
    c('8.6.3', 'Application and system account credentials are protected and changed periodically', ['iam-user-access-keys-rotated']),
    c('10.2.1', 'Audit logs are enabled and active', ['ec2-client-vpn-connection-logging-enabled', 'cloudtrail-lambda-data-events-logged', 'cloudtrail-enabled', 'cloudtrail-organization-trail-enabled', 'cloudtrail-s3-write-data-events-logged', 'cloudtrail-s3-read-data-events-logged', 's3-bucket-access-logging-enabled', 'ec2-vpc-flow-logs-enabled', 'rds-instance-log-exports-enabled', 'rds-cluster-log-exports-enabled', 'opensearch-domain-audit-logging', 'opensearch-domain-error-logging', 'apigateway-stage-access-logging-enabled', 'apigateway-stage-execution-logging-enabled', 'cloudfront-logging-enabled', 'elb-access-logs-enabled', 'elb-classic-access-logs-enabled', 'waf-web-acl-logging-enabled', 'eks-cluster-control-plane-logging', 'ecs-task-definition-logging-configured']),
    c('10.3.1', 'Read access to audit logs is limited', ['cloudtrail-bucket-not-public', 'cloudtrail-kms-encryption-enabled']),
    c('10.3.2', 'Audit logs are protected from modification', ['cloudtrail-log-file-validation-enabled']),
    c('10.3.3', 'Audit logs are backed up to a central store', ['cloudtrail-organization-trail-enabled']),
    c('10.4.1.1', 'Audit logs are reviewed by automated mechanisms', ['cloudwatch-unauthorized-api-calls-monitored', 'cloudwatch-console-signin-without-mfa-monitored', 'cloudwatch-root-usage-monitored', 'cloudwatch-iam-policy-changes-monitored', 'cloudwatch-cloudtrail-changes-monitored', 'cloudwatch-console-auth-failures-monitored', 'cloudwatch-cmk-disable-or-deletion-monitored', 'cloudwatch-s3-bucket-policy-changes-monitored', 'cloudwatch-config-changes-monitored', 'cloudwatch-security-group-changes-monitored', 'cloudwatch-nacl-changes-monitored', 'cloudwatch-network-gateway-changes-monitored', 'cloudwatch-route-table-changes-monitored', 'cloudwatch-vpc-changes-monitored', 'cloudwatch-organizations-changes-monitored', 'securityhub-enabled']),
    // lambda-log-group-retention-set accepts any retention by default (minRetentionDays: 0), so it
    // cannot stand for the 12-month rule; a user who sets minRetentionDays: 365 has that evidence.
    c('10.5.1', 'Audit log history is retained for at least 12 months', ['logs-log-group-retention-set']),
    c('11.3.1', 'Internal vulnerability scans run at least every three months', ['ecr-repository-scan-on-push']),
    c('11.5.1', 'Intrusion-detection techniques detect and alert on intrusions', ['guardduty-enabled', 'guardduty-s3-protection-enabled', 'guardduty-eks-audit-protection-enabled', 'guardduty-malware-protection-enabled', 'guardduty-runtime-monitoring-enabled', 'guardduty-rds-protection-enabled']),
    c('11.5.2', 'A change-detection mechanism alerts on unauthorized changes to critical configuration', ['rds-event-subscription-instance-critical-events', 'rds-event-subscription-parameter-group-critical-events', 'rds-event-subscription-security-group-critical-events']),
    manual('12.1.1', 'An information security policy is established and published'),
    c('12.3.4', 'Technologies in use are reviewed, with plans for end-of-life ones', ['lambda-runtime-supported']),
    manual('12.6.1', 'A security awareness program is in place'),
    manual('12.10.1', 'An incident response plan exists and is ready to use'),
  ],
})
