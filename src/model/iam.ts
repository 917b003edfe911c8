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
