import type { InventoryGap } from '../../core/inventory.js'
import type { ResourceOf, ResourceType } from '../../model/resource-types.js'
import type { AwsContext } from './context.js'

/** What one collector run (one region, or once for a global service) produced. */
export interface CollectResult {
  resources: { [T in ResourceType]?: ResourceOf<T>[] }
  gaps: InventoryGap[]
  notes?: string[]
}

/**
 * One collector per resource family. It declares the IAM actions it calls, which is how
 * `clearsky permissions` stays exact, and the types it produces, which is how a scan runs
 * only the collectors its checks need.
 */
export interface Collector {
  id: string
  produces: ResourceType[]
  /** Read-only IAM actions this collector calls (service:Action). */
  actions: string[]
  /** Global collectors run once per scan (in the first region); regional ones in every region. */
  scope: 'regional' | 'global'
  /** Collectors whose output this one needs (e.g. the log-group collector reads functions). */
  dependsOn?: ResourceType[]
  /**
   * Types this collector also reads when the scan collects them anyway: it waits for their
   * collectors, but does not make them run and does not inherit their gaps (the SNS collector
   * reads alarm actions when alarms are collected; a check that needs both reads the alarms and
   * sees their gaps itself).
   */
  uses?: ResourceType[]
  collect(ctx: AwsContext, region: string, sofar: Readonly<CollectResult['resources']>): Promise<CollectResult>
}
