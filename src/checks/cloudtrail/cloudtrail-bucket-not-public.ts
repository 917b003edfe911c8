import { defineCheck } from '../../core/check.js'
import { bucketPublicAccess } from '../../analysis/s3-public.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-bucket-not-public',
    resourceType: 'cloudtrail.trail',
    reads: ['s3.bucket'],
    title: 'The S3 bucket a CloudTrail trail delivers to is not public',
    severity: 'critical',
    categories: ['public-exposure', 'logging'],
    description:
      'Reads the bucket the trail delivers its log files to: its bucket policy (through the condition-aware IAM engine: a statement is public when it reaches anyone or any AWS account, not when a condition pins it to accounts, an organisation, a VPC endpoint or a source such as the trail itself), its ACL grants to the AllUsers and AuthenticatedUsers groups, and its Block Public Access settings (RestrictPublicBuckets and IgnorePublicAcls neutralise public statements and grants). A bucket that does not exist fails too: anyone could create a bucket with that name and receive the logs. Account-level Block Public Access is not read. A bucket in another account that the scan cannot read makes the answer unknown.',
    risk: 'CloudTrail logs describe every principal, resource and source address in the account and how they are used. A public log bucket hands that map to anyone, and a publicly writable one lets anyone plant or overwrite log files.',
    remediation: {
      text: 'Remove the public statements and grants, and turn on Block Public Access for the bucket. Keep only the statement that lets cloudtrail.amazonaws.com write, scoped with aws:SourceArn to the trail. If the bucket is missing, create it (or point the trail at an existing bucket you own) before someone else takes the name.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naws s3api get-bucket-policy --bucket <bucket>   # then put-bucket-policy without the public statements',
      cloudformation:
        'TrailBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: true\n      RestrictPublicBuckets: true\n    OwnershipControls:\n      Rules: [{ ObjectOwnership: BucketOwnerEnforced }]',
      terraform:
        'resource "aws_s3_bucket_public_access_block" "trail" {\n  bucket                  = aws_s3_bucket.trail.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    },
    messages: {
      private: 'Bucket {{bucket}} of trail {{name}} is not public.',
      publicPolicy: 'Statement {{statement}} of the policy of bucket {{bucket}} (trail {{name}}) opens it to {{who}}.',
      publicAcl: 'The ACL of bucket {{bucket}} (trail {{name}}) grants {{permission}} to {{grantee}}.',
      bucketMissing: 'Trail {{name}} delivers to bucket {{bucket}}, which does not exist: anyone could create it and receive the logs.',
    },
    liveOnly: true,
  },
  evaluate(trail, { pass, fail, skip, inventory }) {
    const name = trail.s3BucketName
    if (!name) return skip('the trail names no S3 bucket')
    const bucket = inventory.get('s3.bucket', `arn:aws:s3:::${name}`)
    if (!bucket) return fail('bucketMissing', { data: { name: trail.name, bucket: name }, at: 's3BucketName' })
    const owner = bucket.accountId ?? inventory.accountId ?? trail.accountId ?? 'unknown-account'
    const access = bucketPublicAccess(bucket, owner)
    const verdicts = [
      ...access.policyStatements.map((s) =>
        fail('publicPolicy', {
          data: { name: trail.name, bucket: name, statement: s.label, who: s.reach.some((r) => r.kind === 'public') ? 'anyone' : 'any AWS account' },
          subject: `bucket ${name} statement ${s.label}`,
        }),
      ),
      ...access.aclGrants.map((g) =>
        fail('publicAcl', { data: { name: trail.name, bucket: name, permission: g.permission, grantee: g.granteeUri?.endsWith('AllUsers') ? 'everyone (AllUsers)' : 'any AWS account (AuthenticatedUsers)' }, subject: `bucket ${name} ACL` }),
      ),
    ]
    return verdicts.length ? verdicts : pass('private', { name: trail.name, bucket: name })
  },
})
