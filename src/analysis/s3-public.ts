/**
 * Whether an S3 bucket is open to the public through its bucket policy or its ACL, after the
 * bucket's Block Public Access settings. Pure.
 *
 * - A policy statement is public when the IAM engine finds it reaches anyone or any AWS account
 *   (conditions that pin it to accounts, an organisation, a VPC endpoint or a source resource do
 *   not count). RestrictPublicBuckets neutralises such statements: AWS then lets only AWS service
 *   principals and the bucket owner's account use them. BlockPublicPolicy only refuses new public
 *   policies; an existing one stays in force, so it does not count here.
 * - An ACL grant to the AllUsers or AuthenticatedUsers group is public; IgnorePublicAcls makes S3
 *   ignore it.
 * Account-level Block Public Access (s3control) is not read: a bucket reported public here may be
 * neutralised at the account level.
 */
import type { S3AclGrant, S3Bucket } from '../model/s3.js'
import { analyzeExternalAccess, type StatementAccess } from './iam/index.js'

export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers'
export const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'

export interface BucketPublicAccess {
  /** Public policy statements still in force. */
  policyStatements: StatementAccess[]
  /** Public ACL grants still in force. */
  aclGrants: S3AclGrant[]
  /** Public statements or grants that Block Public Access neutralises. */
  neutralised: boolean
}

export function bucketPublicAccess(bucket: S3Bucket, ownerAccount: string): BucketPublicAccess {
  const bpa = bucket.publicAccessBlock
  const publicStatements = bucket.policy ? analyzeExternalAccess(bucket.policy, { ownerAccount, ...(bucket.arn ? { resourceArn: bucket.arn } : {}) }).publicStatements : []
  const publicGrants = bucket.aclGrants.filter((g) => g.granteeType === 'Group' && (g.granteeUri === ALL_USERS || g.granteeUri === AUTHENTICATED_USERS))
  const policyStatements = bpa?.restrictPublicBuckets ? [] : publicStatements
  const aclGrants = bpa?.ignorePublicAcls ? [] : publicGrants
  return { policyStatements, aclGrants, neutralised: policyStatements.length < publicStatements.length || aclGrants.length < publicGrants.length }
}
