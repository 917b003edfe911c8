import type { PolicyDocument, ResourceBase } from './common.js'

export interface InlinePolicy {
  name: string
  document: PolicyDocument
}

export interface AttachedPolicyRef {
  arn: string
  name: string
}

/** `iam.role` */
export interface IamRole extends ResourceBase {
  roleId?: string
  path: string
  trustPolicy: PolicyDocument
  inlinePolicies: InlinePolicy[]
  attachedPolicies: AttachedPolicyRef[]
  permissionsBoundaryArn?: string
  createDate?: string
  lastUsedDate?: string
}

/** `iam.user` */
export interface IamUser extends ResourceBase {
  userId?: string
  path: string
  inlinePolicies: InlinePolicy[]
  attachedPolicies: AttachedPolicyRef[]
  groups: string[]
  permissionsBoundaryArn?: string
  createDate?: string
}

/** `iam.group` */
export interface IamGroup extends ResourceBase {
  path: string
  inlinePolicies: InlinePolicy[]
  attachedPolicies: AttachedPolicyRef[]
}

/** `iam.policy`: a managed policy (AWS or customer) at its default version. */
export interface IamManagedPolicy extends ResourceBase {
  awsManaged: boolean
  document: PolicyDocument
  attachmentCount?: number
  defaultVersionId?: string
}

/** One service of a role's service-last-accessed report. */
export interface ServiceLastAccess {
  /** The service's IAM action prefix (`s3`, `dynamodb`). */
  namespace: string
  name?: string
  /** When the role last authenticated to the service; absent: not within IAM's tracking period. */
  lastAuthenticated?: string
}

/**
 * `iam.role-last-accessed`: IAM's service-last-accessed report for one role
 * (GenerateServiceLastAccessedDetails), keyed by the role ARN. Collected only when a check needs
 * it; a report that could not be produced has `unresolved.services`.
 */
export interface IamRoleLastAccessed extends ResourceBase {
  roleArn: string
  /** When IAM completed the report. */
  generatedAt?: string
  /** Every service the role's policies allow, with its last use. */
  services: ServiceLastAccess[]
}
