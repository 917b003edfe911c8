import check from './s3-bucket-acls-disabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket } from '../../../test/factories/index.js'

const ownerFull = { granteeType: 'CanonicalUser', granteeId: 'owner-canonical-id', permission: 'FULL_CONTROL' }
const otherAccount = { granteeType: 'CanonicalUser', granteeId: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be', permission: 'READ' }
const logDelivery = { granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/s3/LogDelivery', permission: 'WRITE' }

testCheck(check, {
  valid: [
    { name: 'ACLs disabled', resource: bucket() },
    { name: 'ACLs enabled, owner only', resource: bucket({ objectOwnership: 'ObjectWriter', aclGrants: [ownerFull] }) },
    { name: 'ACLs disabled, stale grants ignored', resource: bucket({ aclGrants: [ownerFull, otherAccount] }) },
  ],
  invalid: [
    { name: 'grant to another account', resource: bucket({ objectOwnership: 'BucketOwnerPreferred', aclGrants: [ownerFull, otherAccount] }), messageId: 'grant', at: 'aclGrants', count: 1 },
    { name: 'legacy log delivery grants', resource: bucket({ objectOwnership: 'ObjectWriter', aclGrants: [ownerFull, logDelivery, { ...logDelivery, permission: 'READ_ACP' }] }), messageId: 'grant', count: 2 },
  ],
  unknown: [
    { name: 'ownership unreadable', resource: bucket({ objectOwnership: 'ObjectWriter', unresolved: { objectOwnership: 'AccessDenied (s3:GetBucketOwnershipControls)' } }) },
    { name: 'ownership not collected (older snapshot)', resource: bucket({ objectOwnership: undefined }) },
    { name: 'ACL unreadable', resource: bucket({ objectOwnership: 'ObjectWriter', aclGrants: [], unresolved: { aclGrants: 'AccessDenied (s3:GetBucketAcl)' } }) },
  ],
  iac: {
    cloudformation: {
      good: ['Bucket:\n  Type: AWS::S3::Bucket\n', 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    OwnershipControls: { Rules: [{ ObjectOwnership: BucketOwnerPreferred }] }\n    AccessControl: Private\n'],
      bad: ['Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    OwnershipControls: { Rules: [{ ObjectOwnership: ObjectWriter }] }\n    AccessControl: LogDeliveryWrite\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "logs" {\n  bucket = "access-logs"\n}\n'],
      bad: ['resource "aws_s3_bucket" "logs" {\n  bucket = "access-logs"\n}\n\nresource "aws_s3_bucket_ownership_controls" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = "log-delivery-write"\n}\n'],
    },
  },
})
