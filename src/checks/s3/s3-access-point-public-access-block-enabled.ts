import { defineCheck } from '../../core/check.js'
import { blocksEverything, effectiveBlock, settingsOff } from '../../analysis/s3-exposure.js'

export default defineCheck({
  meta: {
    id: 's3-access-point-public-access-block-enabled',
    resourceType: 's3.access-point',
    reads: ['s3.account-settings'],
    title: 'S3 access point has every Block Public Access setting on',
    severity: 'critical',
    categories: ['public-exposure'],
    description:
      'Passes when all four Block Public Access settings are on for the access point — its own settings, which are fixed when it is created, or the account-level settings, which apply to every access point as well. Access points are created with all four on unless someone turns them off explicitly.',
    risk: 'An access point with Block Public Access off can be given a public access point policy: it then publishes the bucket\'s data under its own alias, even when the bucket\'s policy is private.',
    remediation: {
      text: 'Access point settings cannot be changed after creation: create a replacement access point with the defaults (all four settings on), move clients to it, and delete the old one. Turning on account-level Block Public Access covers every access point at once.',
      cli: 'aws s3control create-access-point --account-id <account-id> --name <new-name> --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naws s3control delete-access-point --account-id <account-id> --name <old-name>',
      cloudformation: 'Type: AWS::S3::AccessPoint\nProperties:\n  Bucket: !Ref Bucket\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
      terraform: 'resource "aws_s3_access_point" "this" {\n  bucket = aws_s3_bucket.this.id\n  name   = "orders-ap"\n  public_access_block_configuration {\n    block_public_acls       = true\n    ignore_public_acls      = true\n    block_public_policy     = true\n    restrict_public_buckets = true\n  }\n}',
    },
    messages: {
      ownSettings: 'Access point {{name}} has all four Block Public Access settings on.',
      accountLevel: 'Access point {{name}} is covered by the account-level Block Public Access settings (all four on).',
      settingsOff: 'Access point {{name}} has {{settings}} off, and the account level does not cover it.',
    },
  },
  evaluate(ap, { pass, fail, inventory }) {
    if (blocksEverything(ap.publicAccessBlock)) return pass('ownSettings', { name: ap.name })
    const account = inventory.list('s3.account-settings')[0]?.publicAccessBlock
    if (blocksEverything(account)) return pass('accountLevel', { name: ap.name })
    return fail('settingsOff', { data: { name: ap.name, settings: settingsOff(effectiveBlock(ap.publicAccessBlock, account)).join(', ') }, at: 'publicAccessBlock' })
  },
})
