import { defineCheck } from '../../core/check.js'
import { blocksEverything, effectiveBlock, settingsOff } from '../../analysis/s3-exposure.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-public-access-block-enabled',
    resourceType: 's3.bucket',
    reads: ['s3.account-settings'],
    title: 'S3 bucket has every Block Public Access setting on',
    severity: 'high',
    categories: ['public-exposure'],
    description:
      'Passes when all four Block Public Access settings are on for the bucket, either on the bucket itself or at the account level (S3 applies the stricter of the two). Buckets created since April 2023 get all four settings by default; older buckets, and buckets whose settings someone turned off, do not. The account-level settings are only read when the bucket\'s own are not all on.',
    risk: 'With a setting off, a single policy statement or ACL grant can make the bucket public. Block Public Access is the guard that stays in place when someone later edits the policy by hand, copies a statement from a blog post, or grants AllUsers through an old tool.',
    remediation: {
      text: 'Turn on all four settings for the bucket (or, better, for the whole account). If content must be public, serve it through CloudFront with origin access control and keep the bucket private.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    },
    messages: {
      bucketLevel: 'Bucket {{name}} has all four Block Public Access settings on.',
      accountLevel: 'Bucket {{name}} is covered by the account-level Block Public Access settings (all four on).',
      settingsOff: 'Bucket {{name}} has {{settings}} off, at the bucket level and at the account level.',
    },
  },
  evaluate(bucket, { pass, fail, inventory }) {
    if (blocksEverything(bucket.publicAccessBlock)) return pass('bucketLevel', { name: bucket.name })
    const account = inventory.list('s3.account-settings')[0]?.publicAccessBlock
    if (blocksEverything(account)) return pass('accountLevel', { name: bucket.name })
    return fail('settingsOff', { data: { name: bucket.name, settings: settingsOff(effectiveBlock(bucket.publicAccessBlock, account)).join(', ') }, at: 'publicAccessBlock' })
  },
})
