/**
 * Shapes shared by every normalized resource. Sources (live AWS, CloudFormation, Terraform,
 * serverless.yml, snapshots) all produce these; checks only ever read them.
 */

/** Where an IaC resource (or one of its attributes) was declared. */
export interface SourceLocation {
  file: string
  startLine: number
  endLine?: number
  /** Terraform resource address, CloudFormation logical id, serverless function key. */
  address?: string
}

/**
 * Fields the source could not read, keyed by dotted path into the resource
 * (`policy`, `url.authType`, `environment.DB_PASSWORD`), valued with the reason
 * (`AccessDenied`, `!Ref AuthType`). The engine turns any verdict that read such a
 * path into `unknown`.
 */
export type Unresolved = Record<string, string>

export interface ResourceBase {
  /** Stable identity: the ARN for live resources, `file#LogicalId` for IaC. */
  id: string
  arn?: string
  name: string
  accountId?: string
  /** AWS region; `global` for IAM and other global services. */
  region: string
  tags?: Record<string, string>
  unresolved?: Unresolved
  location?: SourceLocation
  /** Per-attribute locations (dotted path → location), where the source knows them. */
  attributeLocations?: Record<string, SourceLocation>
}

/** An IAM policy document as AWS stores it (already JSON-decoded). */
export interface PolicyDocument {
  Version?: string
  Id?: string
  Statement: PolicyStatement[]
}

export type PrincipalValue = '*' | Record<string, string | string[]>

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action?: string | string[]
  NotAction?: string | string[]
  Resource?: string | string[]
  NotResource?: string | string[]
  Principal?: PrincipalValue
  NotPrincipal?: PrincipalValue
  Condition?: Record<string, Record<string, string | string[] | boolean | number | (string | boolean | number)[]>>
}

export const GLOBAL_REGION = 'global'
