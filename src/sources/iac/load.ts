/**
 * Loads infrastructure-as-code into one Inventory: discovery, every adapter over the files of
 * its kinds, AWS managed policies the roles attach, and the external-reference pass. Nothing
 * here throws for a bad file: problems come back as errors with file and position.
 */
import { addResources, emptyInventory, type Inventory } from '../../core/inventory.js'
import type { AnyResource, ResourceType } from '../../model/resource-types.js'
import { cloudFormationAdapter } from '../cloudformation/load.js'
import { serverlessAdapter } from '../serverless/load.js'
import { terraformAdapter } from '../terraform/load.js'
import { awsManagedPolicy, isAwsManagedPolicyArn } from './aws-managed-policies.js'
import { discoverIacFiles } from './discover.js'
import { markExternalReferences } from './external-references.js'
import type { IacAdapter, IacFile, IacFileError, IacOptions, Suppression } from './types.js'

/** Adapters in the order they run. */
export const IAC_ADAPTERS: readonly IacAdapter[] = [cloudFormationAdapter, serverlessAdapter, terraformAdapter]

export interface IacScan {
  inventory: Inventory
  suppressions: Suppression[]
  /** Model resource id → the template entities (`file#address`) it was built from. */
  sourcesByResource: Map<string, Set<string>>
  errors: IacFileError[]
  notes: string[]
  /** Files read. */
  files: string[]
}

export const DEFAULT_IAC_OPTIONS: IacOptions = { accountId: '123456789012', region: 'us-east-1', partition: 'aws', parameters: {} }

export function loadIac(paths: readonly string[], options: IacOptions = DEFAULT_IAC_OPTIONS, adapters: readonly IacAdapter[] = IAC_ADAPTERS): IacScan {
  const discovery = discoverIacFiles(paths)
  const scan: IacScan = {
    inventory: emptyInventory({ kind: 'iac', accountId: options.accountId, partition: options.partition, regions: [options.region], roots: [...paths] }),
    suppressions: [],
    sourcesByResource: new Map(),
    errors: [...discovery.errors],
    notes: [],
    files: [],
  }
  const byAdapter = new Map<IacAdapter, IacFile[]>()
  const unclaimed = new Map<string, number>()
  for (const f of discovery.files) {
    const adapter = adapters.find((a) => a.kinds.includes(f.kind))
    if (!adapter) {
      unclaimed.set(f.kind, (unclaimed.get(f.kind) ?? 0) + 1)
      continue
    }
    byAdapter.set(adapter, [...(byAdapter.get(adapter) ?? []), f])
  }
  for (const [kind, n] of unclaimed) scan.notes.push(`${n} ${kind} file(s) found but not scanned: ${kind} is not supported yet`)
  for (const [adapter, files] of byAdapter) {
    let result
    try {
      result = adapter.load(files, options)
    } catch (err) {
      // A bug in one adapter must not hide what the others found.
      scan.errors.push({ file: files[0]!.path, code: 'INTERNAL', message: `the ${adapter.id} reader failed (please report): ${(err as Error)?.stack ?? String(err)}` })
      continue
    }
    scan.errors.push(...result.errors)
    scan.notes.push(...result.notes)
    scan.suppressions.push(...result.suppressions)
    scan.files.push(...result.files)
    for (const r of result.resources) {
      addResources(scan.inventory, r.type, [r.resource as never])
      const sources = scan.sourcesByResource.get(r.resource.id) ?? new Set<string>()
      for (const s of r.sources) sources.add(s)
      scan.sourcesByResource.set(r.resource.id, sources)
    }
  }
  addAwsManagedPolicies(scan.inventory)
  markExternalReferences(scan.inventory)
  // serverless.yml may name its own region (provider.region): the scope lists every region seen.
  const regions = new Set(scan.inventory.scope.regions)
  for (const list of Object.values(scan.inventory.resources)) for (const r of list ?? []) if (r.region !== 'global') regions.add(r.region)
  scan.inventory.scope.regions = [...regions]
  return scan
}

function addAwsManagedPolicies(inv: Inventory): void {
  const present = new Set((inv.resources['iam.policy'] ?? []).map((p) => p.arn ?? p.id))
  const add: AnyResource[] = []
  for (const role of inv.resources['iam.role'] ?? []) {
    for (const ref of role.attachedPolicies) {
      if (present.has(ref.arn) || !isAwsManagedPolicyArn(ref.arn)) continue
      const policy = awsManagedPolicy(ref.arn)
      if (!policy) continue
      present.add(ref.arn)
      add.push(policy)
    }
  }
  if (add.length) addResources(inv, 'iam.policy' as ResourceType, add as never)
}
