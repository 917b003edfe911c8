import { defineCheck } from '../../core/check.js'
import { publicAccess } from '../../analysis/s3-exposure-verdict.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-no-public-read',
    resourceType: 's3.bucket',
    reads: ['s3.account-settings'],
    title: 'S3 bucket does not let the public read or list it',
    severity: 'critical',
    categories: ['public-exposure'],
    description:
      'Fails for every bucket policy statement and every ACL grant that lets anyone — or any AWS account — read objects, list the bucket or read its configuration, after Block Public Access (bucket and account level) and Object Ownership are applied. Policy statements go through the condition-aware IAM engine: conditions that pin the caller to accounts, an organization, a VPC endpoint or a source make a statement non-public. ACL grants to AllUsers and AuthenticatedUsers with READ, READ_ACP or FULL_CONTROL count unless IgnorePublicAcls is on or ACLs are disabled (BucketOwnerEnforced).',
    risk: 'A publicly readable bucket is the most common cause of cloud data leaks: scanners enumerate bucket names continuously, and anything readable — backups, exports, logs, customer files — is downloaded within hours of exposure. "AuthenticatedUsers" means any AWS customer, not your users.',
    remediation: {
      text: 'Remove the public statement or grant (or restrict it with aws:PrincipalOrgID, aws:SourceVpce or an account list), disable ACLs with Object Ownership BucketOwnerEnforced, and turn on Block Public Access. Serve public websites through CloudFront with origin access control.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]\n# then remove the public statement from the policy:\naws s3api get-bucket-policy --bucket <bucket> --query Policy --output text > policy.json\naws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  OwnershipControls:\n    Rules:\n      - ObjectOwnership: BucketOwnerEnforced\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n\nresource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    },
    messages: {
      private: 'Nothing lets the public read bucket {{name}}.',
      blockedByAccount: 'The public read access in bucket {{name}} is neutralised by the account-level Block Public Access settings.',
      policyPublic: 'Statement {{statement}} of the policy of bucket {{name}} lets anyone read or list it.',
      policyAnyAccount: 'Statement {{statement}} of the policy of bucket {{name}} lets any AWS account read or list it.',
      aclGrant: 'The ACL of bucket {{name}} grants {{permission}} to {{grantee}}.',
    },
  },
  evaluate(bucket, { pass, fail, inventory }) {
    const name = bucket.name
    const answer = publicAccess(bucket, 'read', inventory)
    if (answer.status === 'private') return pass('private', { name })
    if (answer.status === 'blockedByAccount') return pass('blockedByAccount', { name })
    return answer.paths.map((p) =>
      p.via === 'policy'
        ? fail(p.authenticatedOnly ? 'policyAnyAccount' : 'policyPublic', { data: { name, statement: p.statement }, at: 'policy', subject: `statement ${p.statement}` })
        : fail('aclGrant', { data: { name, grantee: p.grantee, permission: p.permission }, at: 'aclGrants', subject: `${p.grantee} ${p.permission}` }),
    )
  },
})
