/**
 * One Terraform resource instance, as both readers (HCL evaluation and plan JSON) hand it to
 * the adapters: its address, its evaluated arguments and blocks, where it is written, and
 * its computed attributes (ARNs, ids) on demand.
 */
import type { SourceLocation } from '../../model/common.js'
import type { Value } from './eval/values.js'

export interface LineSpan {
  startLine: number
  endLine: number
}

export interface TfInstance {
  /** Full address: `module.api.aws_lambda_function.handler["eu"]`. */
  address: string
  /** `module.api` (instance keys included), or '' for the root module. */
  modulePath: string
  type: string
  name: string
  /** Arguments and nested blocks (blocks as lists of objects), evaluated. */
  values: Record<string, Value>
  /** File the block is written in (or the plan file). */
  file: string
  location: SourceLocation
  /** Lines of arguments, by Terraform path: `authorization_type`, `vpc_config.0.subnet_ids`, `environment.0.variables.KEY`. */
  lines: Record<string, LineSpan>
  /** A computed attribute (`arn`, `id`, `name` …) as Terraform exports it, or an Unknown. */
  computed(attr: string): Value
  /** Set when whether the instance exists depends on something unknown (count/for_each). */
  existence?: string
  /** `file#address` entities a suppression comment can name (the block, the module call …). */
  sources: string[]
  /** Prefix of model ids: `file#address`. */
  id: string
  /** Stand-in for ids AWS generates (`sg-<this>`), for resources without a known id. */
  placeholderId: string
}
