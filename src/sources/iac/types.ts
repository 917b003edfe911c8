/**
 * The contract every infrastructure-as-code source (CloudFormation/SAM, serverless.yml,
 * Terraform) shares: what an adapter receives, what it hands back, and how problems with a
 * file are reported. The loader (load.ts) merges adapter results into one Inventory.
 */
import type { AnyResource, ResourceType } from '../../model/resource-types.js'

/** Scan-level settings every adapter honours. */
export interface IacOptions {
  /** Stands in for AWS::AccountId and every ARN the templates do not spell out. */
  accountId: string
  /** Stands in for AWS::Region. */
  region: string
  partition: string
  /** `--parameter K=V` and `--parameters FILE`, already merged (flags win over the file). */
  parameters: Record<string, string>
  /** serverless.yml `--stage`; when absent, `provider.stage` or `dev`, as the Serverless Framework does. */
  stage?: string
  /** Environment variables serverless.yml `${env:…}` may read. Default: none (a scan is reproducible). */
  env?: Record<string, string | undefined>
  /** Terraform `--var NAME=VALUE` values for root modules (win over every variable file). */
  terraformVars?: Record<string, string>
  /** Terraform `--var-file` files (.tfvars / .tfvars.json), in the order given. */
  terraformVarFiles?: string[]
}

/** A file that could not be read, parsed or understood, with the position of the problem. */
export interface IacFileError {
  file: string
  /** 1-based. */
  line?: number
  /** 1-based. */
  column?: number
  /** Machine-readable: YAML_SYNTAX, UNKNOWN_TAG, TOO_LARGE, TOO_DEEP, ALIAS_LIMIT, CIRCULAR, SUPPRESSION … */
  code: string
  message: string
}

/**
 * An inline suppression: `# clearsky:ignore <check-id> <reason>` in a template, or
 * CloudFormation `Metadata: { clearsky: { ignore: [{ id, reason }] } }`.
 */
export interface Suppression {
  file: string
  /** Logical id / function key the suppression belongs to. */
  address: string
  line: number
  /** Check id or glob (`lambda-*`). */
  checkId: string
  reason: string
  source: 'comment' | 'metadata'
}

/** One normalized resource an adapter produced, with where it came from. */
export interface IacResource {
  type: ResourceType
  resource: AnyResource
  /**
   * Every template entity (as `file#address`) this model resource was built from: the
   * function itself, the AWS::Lambda::Url and Permissions joined into it, the SAM function a
   * generated role came from. A suppression on any of them applies to the resource.
   */
  sources: string[]
}

export interface IacAdapterResult {
  resources: IacResource[]
  errors: IacFileError[]
  suppressions: Suppression[]
  /** Things the user should know that are not errors (a nested stack that is not local …). */
  notes: string[]
  /** Files the adapter read (templates, nested stacks). */
  files: string[]
}

/** A file discovery matched to an adapter. */
export interface IacFile {
  path: string
  /** Detected kind; `cdk` is a cdk.out template (CloudFormation JSON). */
  kind: IacKind
}

export type IacKind = 'cloudformation' | 'cdk' | 'serverless' | 'terraform'

/** A source of IaC resources. Terraform plugs in here with `kinds: ['terraform']`. */
export interface IacAdapter {
  id: string
  kinds: readonly IacKind[]
  load(files: readonly IacFile[], options: IacOptions): IacAdapterResult
}

export function emptyResult(): IacAdapterResult {
  return { resources: [], errors: [], suppressions: [], notes: [], files: [] }
}

export function formatFileError(e: IacFileError): string {
  const pos = e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''
  return `${e.file}${pos}: ${e.message} [${e.code}]`
}
