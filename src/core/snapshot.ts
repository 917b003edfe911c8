import { readFileSync } from 'node:fs'
import { INVENTORY_SCHEMA_VERSION, type Inventory } from './inventory.js'
import { isResourceType } from '../model/resource-types.js'

/** A snapshot file that is not a clearsky inventory, or of an incompatible version. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024

/** Reads and validates a snapshot. Every problem becomes a SnapshotError naming the file. */
export function readSnapshot(file: string): Inventory {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new SnapshotError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code ?? String(err)})`)
  }
  if (text.length > MAX_SNAPSHOT_BYTES) throw new SnapshotError(`${file}: larger than ${MAX_SNAPSHOT_BYTES} bytes`)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new SnapshotError(`${file}: not valid JSON (${(err as Error).message})`)
  }
  return validateInventory(data, file)
}

/** Structural validation of an inventory; type details are the sources' contract. */
export function validateInventory(data: unknown, file = 'snapshot'): Inventory {
  const fail = (msg: string): never => {
    throw new SnapshotError(`${file}: ${msg}`)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail('not a clearsky snapshot (expected a JSON object)')
  const d = data as Record<string, unknown>
  if (!('schemaVersion' in d) || !('resources' in d)) fail('not a clearsky snapshot (no schemaVersion/resources; create one with `clearsky collect aws --out FILE`)')
  if (typeof d.schemaVersion !== 'number') fail('schemaVersion must be a number')
  if (d.schemaVersion !== INVENTORY_SCHEMA_VERSION)
    fail(`snapshot schema version ${String(d.schemaVersion)} is not supported (this clearsky reads version ${INVENTORY_SCHEMA_VERSION})`)
  const scope = d.scope as Record<string, unknown> | undefined
  if (!scope || typeof scope !== 'object' || !Array.isArray(scope.regions)) fail('scope.regions must be a list')
  if (!d.resources || typeof d.resources !== 'object' || Array.isArray(d.resources)) fail('resources must be an object keyed by resource type')
  for (const [type, items] of Object.entries(d.resources as object)) {
    if (!isResourceType(type)) fail(`resources: unknown resource type '${type}'`)
    if (!Array.isArray(items)) fail(`resources.${type} must be a list`)
    ;(items as unknown[]).forEach((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) fail(`resources.${type}[${i}] must be an object`)
      const r = item as Record<string, unknown>
      for (const key of ['id', 'name', 'region'] as const)
        if (typeof r[key] !== 'string') fail(`resources.${type}[${i}].${key} must be a string`)
      if (r.unresolved !== undefined && (typeof r.unresolved !== 'object' || r.unresolved === null || Array.isArray(r.unresolved)))
        fail(`resources.${type}[${i}].unresolved must be an object`)
    })
  }
  const gaps = d.gaps ?? []
  if (!Array.isArray(gaps)) fail('gaps must be a list')
  ;(gaps as unknown[]).forEach((g, i) => {
    const gg = g as Record<string, unknown>
    if (!gg || typeof gg !== 'object' || typeof gg.resourceType !== 'string' || !isResourceType(gg.resourceType) || typeof gg.code !== 'string')
      fail(`gaps[${i}] must have a known resourceType and a code`)
  })
  return {
    schemaVersion: d.schemaVersion as number,
    scope: scope as unknown as Inventory['scope'],
    collectedAt: typeof d.collectedAt === 'string' ? d.collectedAt : new Date(0).toISOString(),
    resources: d.resources as Inventory['resources'],
    gaps: gaps as Inventory['gaps'],
    notes: Array.isArray(d.notes) ? (d.notes as unknown[]).filter((n): n is string => typeof n === 'string') : [],
    ...(typeof d.secretsMasked === 'boolean' ? { secretsMasked: d.secretsMasked } : {}),
  }
}
