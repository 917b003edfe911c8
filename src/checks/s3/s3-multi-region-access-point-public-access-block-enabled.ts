import { defineCheck } from '../../core/check.js'
import { blocksEverything, effectiveBlock, settingsOff } from '../../analysis/s3-exposure.js'

export default defineCheck({
  meta: {
    id: 's3-multi-region-access-point-public-access-block-enabled',
    resourceType: 's3.multi-region-access-point',
    reads: ['s3.account-settings'],
    title: 'S3 Multi-Region Access Point has every Block Public Access setting on',
    severity: 'high',
    categories: ['public-exposure'],
    description:
      'Passes when all four Block Public Access settings are on for the Multi-Region Access Point: its own settings, which are fixed when it is created (all four on unless someone turned them off), or the account-level settings, which S3 applies to every Multi-Region Access Point of the account on top of its own. Security Hub (S3.24) looks at the access point\'s own settings only, so an access point covered by the account level alone still fails there.',
    risk: 'A Multi-Region Access Point with Block Public Access off can be given a public policy and then serves the objects of every bucket behind it, in every region, through one global endpoint, whatever the buckets\' own policies say.',
    remediation: {
      text: 'The settings of a Multi-Region Access Point cannot be changed after it is created: create a replacement with the default settings (all four on) over the same buckets, move clients to its alias, then delete the old one. Turning on account-level Block Public Access covers every Multi-Region Access Point at once.',
      cli: 'aws s3control create-multi-region-access-point --region us-west-2 --account-id <account-id> --details \'{"Name":"<new-name>","PublicAccessBlock":{"BlockPublicAcls":true,"IgnorePublicAcls":true,"BlockPublicPolicy":true,"RestrictPublicBuckets":true},"Regions":[{"Bucket":"<bucket-1>"},{"Bucket":"<bucket-2>"}]}\'\naws s3control delete-multi-region-access-point --region us-west-2 --account-id <account-id> --details Name=<old-name>',
      cloudformation:
        'Type: AWS::S3::MultiRegionAccessPoint\nProperties:\n  Name: orders-global\n  Regions:\n    - Bucket: !Ref OrdersUsEast1\n    - Bucket: !Ref OrdersEuWest1\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
      terraform:
        'resource "aws_s3control_multi_region_access_point" "orders" {\n  details {\n    name = "orders-global"\n    public_access_block {\n      block_public_acls       = true\n      ignore_public_acls      = true\n      block_public_policy     = true\n      restrict_public_buckets = true\n    }\n    region {\n      bucket = aws_s3_bucket.orders_us.id\n    }\n    region {\n      bucket = aws_s3_bucket.orders_eu.id\n    }\n  }\n}',
    },
    messages: {
      ownSettings: 'Multi-Region Access Point {{name}} has all four Block Public Access settings on.',
      accountLevel: 'Multi-Region Access Point {{name}} is covered by the account-level Block Public Access settings (all four on).',
      settingsOff: 'Multi-Region Access Point {{name}} has {{settings}} off, and the account level does not cover it.',
    },
  },
  evaluate(mrap, { pass, fail, inventory }) {
    if (blocksEverything(mrap.publicAccessBlock)) return pass('ownSettings', { name: mrap.name })
    const account = inventory.list('s3.account-settings')[0]?.publicAccessBlock
    if (blocksEverything(account)) return pass('accountLevel', { name: mrap.name })
    return fail('settingsOff', { data: { name: mrap.name, settings: settingsOff(effectiveBlock(mrap.publicAccessBlock, account)).join(', ') }, at: 'publicAccessBlock' })
  },
})
