import { defineCheck } from '../../core/check.js'
import { ALL_USERS, AUTHENTICATED_USERS } from '../../analysis/s3-public.js'

const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery'

function granteeLabel(g: { granteeType: string; granteeUri?: string; granteeId?: string }): string {
  if (g.granteeUri === ALL_USERS) return 'AllUsers (anyone)'
  if (g.granteeUri === AUTHENTICATED_USERS) return 'AuthenticatedUsers (any AWS account)'
  if (g.granteeUri === LOG_DELIVERY) return 'the S3 log delivery group'
  if (g.granteeId) return `canonical user ${g.granteeId.slice(0, 12)}…`
  return g.granteeUri ?? g.granteeType
}

export default defineCheck({
  meta: {
    id: 's3-bucket-acls-disabled',
    resourceType: 's3.bucket',
    title: 'S3 bucket does not use ACLs to grant access',
    severity: 'medium',
    categories: ['least-privilege'],
    description:
      'Passes when Object Ownership is BucketOwnerEnforced (ACLs are disabled: the bucket owner owns every object and only policies grant access) or when the bucket ACL grants nothing to anyone but the owner. Fails for each ACL grant to another account, to a group (AllUsers, AuthenticatedUsers, the S3 log delivery group) or to an e-mail grantee. Object ACLs are not read; with ACLs enabled they can grant access too, which is another reason to disable them.',
    risk: 'ACL grants sit outside the bucket policy and IAM, so reviews of policies miss them; they cannot be restricted by conditions, and with ACLs enabled objects uploaded by another account stay owned by that account. Disabling ACLs leaves one place — the policies — that decides who gets in.',
    remediation: {
      text: 'Move any access the ACL grants into the bucket policy (server access logging works with a bucket policy for logging.s3.amazonaws.com), then set Object Ownership to BucketOwnerEnforced, which disables every bucket and object ACL.',
      cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  OwnershipControls:\n    Rules:\n      - ObjectOwnership: BucketOwnerEnforced',
      terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    },
    messages: {
      disabled: 'Bucket {{name}} has ACLs disabled (Object Ownership BucketOwnerEnforced).',
      ownerOnly: 'The ACL of bucket {{name}} grants access to its owner only.',
      grant: 'The ACL of bucket {{name}} grants {{permission}} to {{grantee}}.',
    },
  },
  evaluate(bucket, { pass, fail, unknown }) {
    if (bucket.objectOwnership === undefined) return unknown('Object Ownership was not collected for this bucket')
    if (bucket.objectOwnership === 'BucketOwnerEnforced') return pass('disabled', { name: bucket.name })
    const others = bucket.aclGrants.filter((g) => !(g.granteeType === 'CanonicalUser' && g.granteeId !== undefined && g.granteeId === bucket.ownerId))
    if (!others.length) return pass('ownerOnly', { name: bucket.name })
    return others.map((g) => fail('grant', { data: { name: bucket.name, permission: g.permission, grantee: granteeLabel(g) }, at: 'aclGrants', subject: `${granteeLabel(g)} ${g.permission}` }))
  },
})
