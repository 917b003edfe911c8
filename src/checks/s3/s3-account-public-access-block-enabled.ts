import { defineCheck } from '../../core/check.js'
import { blocksEverything, settingsOff } from '../../analysis/s3-exposure.js'

export default defineCheck({
  meta: {
    id: 's3-account-public-access-block-enabled',
    resourceType: 's3.account-settings',
    title: 'S3 Block Public Access is on for the whole account',
    severity: 'medium',
    categories: ['public-exposure'],
    description:
      'Reads the account-level S3 Block Public Access configuration (S3 Control GetPublicAccessBlock) and passes only when all four settings are on: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets. The account-level settings apply to every bucket and access point of the account, in every region, whatever their own settings say. CloudFormation has no resource for this setting; Terraform declares it with aws_s3_account_public_access_block.',
    risk: 'Without the account-level guard, one bucket policy or ACL written by mistake — a `"Principal": "*"` statement, an AllUsers grant, a new bucket created by a script with its own protection turned off — is enough to publish data. The account setting is the one switch that makes such a mistake impossible.',
    remediation: {
      text: 'Turn on all four account-level Block Public Access settings. Buckets that must serve public content should do so through CloudFront with origin access control, not through public bucket policies. CloudFormation cannot set this; use the CLI, the console or Terraform.',
      cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    },
    messages: {
      allBlocked: 'S3 Block Public Access is on at the level of account {{account}} (all four settings).',
      notConfigured: 'Account {{account}} has no account-level S3 Block Public Access configuration.',
      partlyOff: 'Account-level S3 Block Public Access of account {{account}} leaves {{settings}} off.',
    },
  },
  evaluate(settings, { pass, fail }) {
    const b = settings.publicAccessBlock
    const account = settings.accountId
    if (blocksEverything(b)) return pass('allBlocked', { account })
    if (!b) return fail('notConfigured', { data: { account }, at: 'publicAccessBlock' })
    return fail('partlyOff', { data: { account, settings: settingsOff(b).join(', ') }, at: 'publicAccessBlock' })
  },
})
