import { defineCheck } from '../../core/check.js'
import { publicAccess } from '../../analysis/s3-exposure-verdict.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-no-public-write',
    resourceType: 's3.bucket',
    reads: ['s3.account-settings'],
    title: 'S3 bucket does not let the public write to it',
    severity: 'critical',
    categories: ['public-exposure'],
    description:
      'Fails for every bucket policy statement and every ACL grant that lets anyone — or any AWS account — upload, overwrite or delete objects, or change the bucket\'s policy, ACL or other configuration, after Block Public Access (bucket and account level) and Object Ownership are applied. Actions are classified with the IAM action catalogue (Write, Permissions management and Tagging levels). Policy statements go through the condition-aware IAM engine; ACL grants to AllUsers and AuthenticatedUsers with WRITE, WRITE_ACP or FULL_CONTROL count unless IgnorePublicAcls is on or ACLs are disabled (BucketOwnerEnforced).',
    risk: 'Public write access lets anyone plant malware in files your users or pipelines download, overwrite or delete data, run up storage and request charges, or — with WRITE_ACP or s3:PutBucketPolicy — take the bucket over entirely. "AuthenticatedUsers" means any AWS customer.',
    remediation: {
      text: 'Remove the public statement or grant (or restrict it to the principals that must write, with aws:PrincipalOrgID, aws:SourceVpce or an account list), disable ACLs with Object Ownership BucketOwnerEnforced, and turn on Block Public Access. Uploads from the public belong behind presigned URLs or an authenticated API.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]\n# then remove the public statement from the policy:\naws s3api get-bucket-policy --bucket <bucket> --query Policy --output text > policy.json\naws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  OwnershipControls:\n    Rules:\n      - ObjectOwnership: BucketOwnerEnforced\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n\nresource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    },
    messages: {
      private: 'Nothing lets the public write to bucket {{name}}.',
      blockedByAccount: 'The public write access in bucket {{name}} is neutralised by the account-level Block Public Access settings.',
      policyPublic: 'Statement {{statement}} of the policy of bucket {{name}} lets anyone write to it or change it.',
      policyAnyAccount: 'Statement {{statement}} of the policy of bucket {{name}} lets any AWS account write to it or change it.',
      aclGrant: 'The ACL of bucket {{name}} grants {{permission}} to {{grantee}}.',
    },
  },
  evaluate(bucket, { pass, fail, inventory }) {
    const name = bucket.name
    const answer = publicAccess(bucket, 'write', inventory)
    if (answer.status === 'private') return pass('private', { name })
    if (answer.status === 'blockedByAccount') return pass('blockedByAccount', { name })
    return answer.paths.map((p) =>
      p.via === 'policy'
        ? fail(p.authenticatedOnly ? 'policyAnyAccount' : 'policyPublic', { data: { name, statement: p.statement }, at: 'policy', subject: `statement ${p.statement}` })
        : fail('aclGrant', { data: { name, grantee: p.grantee, permission: p.permission }, at: 'aclGrants', subject: `${p.grantee} ${p.permission}` }),
    )
  },
})
