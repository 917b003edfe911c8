import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-organization-trail-enabled',
    resourceType: 'organizations.organization',
    reads: ['cloudtrail.trail'],
    title: 'A multi-region organization trail logs every account of the organization',
    severity: 'info',
    categories: ['logging', 'governance'],
    description:
      'For an account in AWS Organizations: checks that a multi-region organization trail is logging, created in the management account (or by a delegated administrator), so every member account — including ones created tomorrow — is logged into one place its members cannot turn off. Accounts outside an organization are skipped. Informational: separate trails per account can also satisfy the need.',
    risk: 'Per-account trails depend on every account owner creating and keeping one; an account created without it, or an administrator of a member account who stops it, leaves a gap. An organization trail cannot be changed or stopped from member accounts.',
    remediation: {
      text: 'From the management account (or the CloudTrail delegated administrator), create a multi-region organization trail delivering to a bucket in a dedicated log archive account.',
      cli: 'aws cloudtrail create-trail --name org-trail --s3-bucket-name <log-archive-bucket> --is-multi-region-trail --is-organization-trail --enable-log-file-validation\naws cloudtrail start-logging --name org-trail',
      cloudformation: 'Type: AWS::CloudTrail::Trail\nProperties:\n  TrailName: org-trail\n  IsLogging: true\n  IsMultiRegionTrail: true\n  IsOrganizationTrail: true\n  EnableLogFileValidation: true\n  S3BucketName: !Ref LogArchiveBucket',
      terraform: 'resource "aws_cloudtrail" "org" {\n  name                       = "org-trail"\n  s3_bucket_name             = aws_s3_bucket.log_archive.id\n  is_multi_region_trail      = true\n  is_organization_trail      = true\n  enable_log_file_validation = true\n}',
    },
    messages: {
      logging: 'Organization trail {{trail}} logs every account of organization {{organization}}.',
      noOrgTrail: 'No multi-region organization trail is logging for organization {{organization}}.',
    },
    liveOnly: true,
  },
  evaluate(org, { pass, fail, skip, inventory }) {
    if (!org.member) return skip('the account is not in an AWS organization')
    const trail = inventory.list('cloudtrail.trail').find((t) => t.isOrganizationTrail && t.isMultiRegion && t.isLogging)
    return trail ? pass('logging', { trail: trail.name, organization: org.organizationId }) : fail('noOrgTrail', { organization: org.organizationId })
  },
})
