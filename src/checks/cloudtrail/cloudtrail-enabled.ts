import { defineCheck } from '../../core/check.js'
import { trailAppliesTo } from '../../analysis/cloudtrail.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-enabled',
    resourceType: 'account.region',
    reads: ['cloudtrail.trail'],
    title: 'At least one CloudTrail trail is logging the region',
    severity: 'high',
    categories: ['logging'],
    description:
      'Checks that some trail that covers the region — a multi-region trail, an organization trail of the account\'s organization, or a trail homed in the region — is logging. This is the floor (Security Hub CloudTrail.3); whether a multi-region trail records all read and write management events is a separate check.',
    risk: 'Without a logging trail the region keeps only the 90-day CloudTrail event history, which cannot be queried across regions, is not protected from an intruder cleaning up after themselves, and holds no data events. Activity in an unwatched region — a classic place to run crypto-miners — leaves no durable record.',
    remediation: {
      text: 'Create a multi-region trail (or start logging on the existing one) that delivers to a dedicated, private S3 bucket. In an organization, an organization trail from the management account covers every member account.',
      cli: 'aws cloudtrail create-trail --name main --s3-bucket-name <bucket> --is-multi-region-trail --enable-log-file-validation\naws cloudtrail start-logging --name main',
      cloudformation: 'Type: AWS::CloudTrail::Trail\nProperties:\n  TrailName: main\n  IsLogging: true\n  IsMultiRegionTrail: true\n  EnableLogFileValidation: true\n  S3BucketName: !Ref TrailBucket',
      terraform: 'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = aws_s3_bucket.trail.id\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n  enable_logging             = true\n}',
    },
    messages: {
      logging: 'Trail {{trail}} logs {{region}}.',
      noTrail: 'No CloudTrail trail covers {{region}}.',
      stopped: 'Trail {{trail}} covers {{region}} but is not logging.',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    const covering = inventory.list('cloudtrail.trail').filter((t) => trailAppliesTo(t, account.region, account.accountId))
    const logging = covering.find((t) => t.isLogging)
    if (logging) return pass('logging', { trail: logging.name, region: account.region })
    if (covering[0]) return fail('stopped', { trail: covering[0].name, region: account.region })
    return fail('noTrail', { region: account.region })
  },
})
