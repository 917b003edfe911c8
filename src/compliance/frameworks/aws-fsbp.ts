import { control as c, defineFramework } from '../types.js'

/**
 * AWS Foundational Security Best Practices (Security Hub CSPM standard). Only the controls for
 * services clearsky collects are listed; Lambda.3 (in a VPC), Lambda.6 (tagging) and Lambda.7
 * (X-Ray) belong to other Security Hub standards, not to FSBP, and Lambda.4 is retired.
 */
export default defineFramework({
  id: 'aws-fsbp',
  title: 'AWS Foundational Security Best Practices',
  version: '1.0.0',
  source: 'AWS Security Hub CSPM user guide: FSBP standard page and the Lambda, IAM, KMS and CloudTrail control pages; see /work/shared/reference/aws-facts.md §5.2',
  verifiedAt: '2026-11-27',
  scope: 'Lambda, IAM, KMS, CloudTrail, Config, GuardDuty, Macie and Account controls only (the standard has about 336 controls across 59 services)',
  controls: [
    c('Lambda.1', 'Function resource policies do not allow public access', ['lambda-resource-policy-not-public', 'lambda-resource-policy-service-source-scoped', 'lambda-function-url-auth-required']),
    c('Lambda.2', 'Functions use a supported runtime', ['lambda-runtime-supported']),
    c('Lambda.5', 'Functions in a VPC run in more than one Availability Zone', ['lambda-vpc-multi-az']),
    c('IAM.1', 'No IAM policy grants full "*" administrator access', ['lambda-execution-role-not-admin', 'iam-policy-no-full-admin']),
    c('IAM.2', 'IAM users have no policies attached directly', ['iam-user-no-direct-policies']),
    c('IAM.3', 'Access keys are rotated at least every 90 days', ['iam-user-access-keys-rotated']),
    c('IAM.4', 'The root user has no access key', ['iam-root-no-access-keys']),
    c('IAM.5', 'IAM users with a console password have MFA', ['iam-user-console-mfa-enabled']),
    c('IAM.6', 'The root user has a hardware MFA device', ['iam-root-hardware-mfa-enabled']),
    c('IAM.7', 'The IAM password policy is strong', ['iam-password-policy-min-length', 'iam-password-policy-requires-uppercase', 'iam-password-policy-requires-lowercase', 'iam-password-policy-requires-numbers', 'iam-password-policy-requires-symbols']),
    c('IAM.8', 'Unused IAM user credentials are removed', ['iam-user-unused-password-disabled', 'iam-user-unused-access-keys-disabled']),
    c('IAM.21', 'Customer managed policies do not allow service-wide wildcard actions', ['iam-policy-no-service-wildcard']),
    c('KMS.1', 'Customer managed policies do not allow decryption with every KMS key', ['kms-customer-policy-no-decrypt-all-keys']),
    c('KMS.2', 'Inline policies do not allow decryption with every KMS key', ['kms-role-inline-policy-no-decrypt-all-keys', 'kms-user-inline-policy-no-decrypt-all-keys', 'kms-group-inline-policy-no-decrypt-all-keys']),
    c('KMS.3', 'KMS keys are not scheduled for deletion unintentionally', ['kms-key-not-pending-deletion']),
    c('KMS.5', 'KMS keys are not publicly accessible', ['kms-key-policy-not-public']),
    c('CloudTrail.1', 'A multi-region trail records read and write management events', ['cloudtrail-multi-region-management-events']),
    c('CloudTrail.2', 'CloudTrail logs are encrypted at rest', ['cloudtrail-kms-encryption-enabled']),
    c('CloudTrail.4', 'CloudTrail log file validation is on', ['cloudtrail-log-file-validation-enabled']),
    c('CloudTrail.5', 'Trails deliver to CloudWatch Logs', ['cloudtrail-cloudwatch-logs-integrated']),
    c('Account.1', 'A security contact is registered for the account', ['account-security-contact-registered']),
    c('Config.1', 'AWS Config is on and records resources', ['config-recorder-enabled', 'config-recorder-records-all-resources']),
    c('GuardDuty.1', 'GuardDuty is enabled', ['guardduty-enabled']),
    c('GuardDuty.5', 'GuardDuty EKS audit log monitoring is enabled', ['guardduty-eks-audit-protection-enabled']),
    c('GuardDuty.6', 'GuardDuty Lambda Protection is enabled', ['guardduty-lambda-protection-enabled']),
    c('GuardDuty.7', 'GuardDuty EKS Runtime Monitoring is enabled', ['guardduty-runtime-monitoring-enabled']),
    c('GuardDuty.8', 'GuardDuty Malware Protection for EC2 is enabled', ['guardduty-malware-protection-enabled']),
    c('GuardDuty.9', 'GuardDuty RDS Protection is enabled', ['guardduty-rds-protection-enabled']),
    c('GuardDuty.10', 'GuardDuty S3 Protection is enabled', ['guardduty-s3-protection-enabled']),
    c('GuardDuty.11', 'GuardDuty Runtime Monitoring is enabled', ['guardduty-runtime-monitoring-enabled']),
    c('Macie.1', 'Amazon Macie is enabled', ['macie-enabled']),
  ],
})
