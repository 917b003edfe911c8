// PLACEHOLDER — the AWS collection layer is being written; this file fixes its public surface.
import type { Inventory } from '../../core/inventory.js'
import type { ResourceType } from '../../model/resource-types.js'
import type { PolicyDocument } from '../../model/common.js'
import type { Collector } from './collector.js'

export interface ProgressEvent {
  region: string
  /** Collector id, e.g. `lambda.function`. */
  collector: string
  collected: number
  done: boolean
}

export interface CollectAwsOptions {
  profile?: string
  /** Explicit regions; default: the profile/env region. */
  regions?: string[]
  /** Every region enabled for the account (EC2 DescribeRegions). */
  allRegions?: boolean
  /** Resource types the selected checks need; only their collectors run. */
  resourceTypes: ResourceType[]
  onProgress?: (e: ProgressEvent) => void
  signal?: AbortSignal
}

/** No credentials anywhere in the chain (env, profile, SSO, IMDS). */
export class NoCredentialsError extends Error {
  override name = 'NoCredentialsError'
}

export const COLLECTORS: readonly Collector[] = []

export function collectorsFor(_types: readonly ResourceType[]): Collector[] {
  return []
}

export function permissionsPolicy(_collectors: readonly Collector[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: [] }
}

export async function collectAws(_opts: CollectAwsOptions): Promise<Inventory> {
  throw new Error('live collection is not implemented yet')
}
