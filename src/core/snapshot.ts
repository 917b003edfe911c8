import { readFileSync } from 'node:fs'
import { findJsonError, invalidUtf8Offset, positionAt, tooDeepAt } from './json-text.js'
import { resourceShape } from './resource-shapes.js'
import { checkShape, isPlainObject, jsonKind, s } from './shape.js'
import { INVENTORY_COLLECTED_SCHEMA_VERSION, INVENTORY_PARTIAL_SCHEMA_VERSION, INVENTORY_SCHEMA_VERSION, type Inventory } from './inventory.js'
import { isResourceType } from '../model/resource-types.js'

/** A snapshot file that is not a clearsky inventory, or of an incompatible version. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024

/** Inventory.partial (what the collection deliberately left out). */
const PARTIAL_SHAPE = s.list(
  s.obj({ resourceType: s.str, kind: s.oneOf('referenced-only', 'fields'), region: s.opt(s.str), lookedUp: s.opt(s.list(s.str)), fields: s.opt(s.list(s.str)), reason: s.str }),
)

/** Inventory.collected (the resource types the collection gathered). */
const COLLECTED_SHAPE = s.list(s.obj({ region: s.opt(s.str), resourceTypes: s.list(s.str) }))

/** The versions this clearsky reads. */
const READABLE_VERSIONS: readonly number[] = [INVENTORY_SCHEMA_VERSION, INVENTORY_PARTIAL_SCHEMA_VERSION, INVENTORY_COLLECTED_SCHEMA_VERSION]

const SCOPE_SHAPE = s.obj({ kind: s.oneOf('aws', 'iac', 'snapshot'), accountId: s.opt(s.str), partition: s.opt(s.str), regions: s.list(s.str), roots: s.opt(s.list(s.str)) })

/**
 * Nesting a snapshot may have. Real ones stay near 12 (a condition inside a statement inside a
 * policy inside a role); past this the file is refused before it is parsed, so nothing later
 * (checks, masking, reporters) can run out of stack on it.
 */
const MAX_SNAPSHOT_DEPTH = 100

/** Reads and validates a snapshot. Every problem becomes a one-line SnapshotError naming the file and the place. */
export function readSnapshot(file: string): Inventory {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new SnapshotError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : (code ?? String(err))})`)
  }
  if (bytes.length > MAX_SNAPSHOT_BYTES) throw new SnapshotError(`${file}: larger than ${MAX_SNAPSHOT_BYTES} bytes`)
  const bad = invalidUtf8Offset(bytes)
  if (bad >= 0) {
    const at = positionAt(bytes.subarray(0, bad).toString('utf8'), bad)
    throw new SnapshotError(`${file}: line ${at.line}, column ${at.column}: not valid UTF-8 (byte ${bad} is 0x${bytes[bad]!.toString(16).padStart(2, '0')})`)
  }
  const text = bytes.toString('utf8')
  const deep = tooDeepAt(text, MAX_SNAPSHOT_DEPTH)
  if (deep >= 0) {
    const at = positionAt(text, deep)
    throw new SnapshotError(`${file}: line ${at.line}, column ${at.column}: nested deeper than ${MAX_SNAPSHOT_DEPTH} levels`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // Node's message quotes the input raw (escape sequences included): say it in our words.
    const e = findJsonError(text)
    const at = positionAt(text, e?.index ?? 0)
    throw new SnapshotError(`${file}: line ${at.line}, column ${at.column}: not valid JSON (${e?.message ?? 'syntax error'})`)
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
  // Version 2 only adds `partial`, version 3 a `collected` record that leaves types out; a
  // version 1 snapshot says nothing was left out. `collected` may appear in any version.
  if (!READABLE_VERSIONS.includes(d.schemaVersion as number))
    fail(`snapshot schema version ${String(d.schemaVersion)} is not supported (this clearsky reads versions ${READABLE_VERSIONS.join(', ')})`)
  const scope = d.scope as Record<string, unknown> | undefined
  if (!scope || typeof scope !== 'object' || !Array.isArray(scope.regions)) fail('scope.regions must be a list')
  const scopeProblem = checkShape(scope, SCOPE_SHAPE, 'scope')
  if (scopeProblem) fail(`${scopeProblem.path} must be ${scopeProblem.expected}, not ${scopeProblem.got}`)
  if (!d.resources || typeof d.resources !== 'object' || Array.isArray(d.resources)) fail('resources must be an object keyed by resource type')
  for (const [type, items] of Object.entries(d.resources as object)) {
    if (!isResourceType(type)) return fail(`resources: unknown resource type ${quoted(type)}`)
    if (!Array.isArray(items)) fail(`resources.${type} must be a list`)
    const shape = resourceShape(type)
    ;(items as unknown[]).forEach((item, i) => {
      if (!isPlainObject(item)) fail(`resources.${type}[${i}] must be an object, not ${jsonKind(item)}`)
      const problem = checkShape(item, shape)
      if (problem) {
        const r = item as Record<string, unknown>
        const which = typeof r.name === 'string' ? ` (${quoted(r.name)})` : ''
        fail(`resources.${type}[${i}]${which}: ${problem.path} must be ${problem.expected}, not ${problem.got}`)
      }
    })
  }
  const gaps = d.gaps ?? []
  if (!Array.isArray(gaps)) fail('gaps must be a list')
  ;(gaps as unknown[]).forEach((g, i) => {
    const gg = g as Record<string, unknown>
    if (!gg || typeof gg !== 'object' || typeof gg.resourceType !== 'string' || !isResourceType(gg.resourceType) || typeof gg.code !== 'string')
      fail(`gaps[${i}] must have a known resourceType and a code`)
    if (gg.region !== undefined && typeof gg.region !== 'string') fail(`gaps[${i}].region must be a string, not ${jsonKind(gg.region)}`)
    if (typeof gg.message !== 'string') fail(`gaps[${i}].message must be a string, not ${jsonKind(gg.message)}`)
  })
  const partial = d.partial ?? []
  const partialProblem = checkShape(partial, PARTIAL_SHAPE, 'partial')
  if (partialProblem) fail(`${partialProblem.path} must be ${partialProblem.expected}, not ${partialProblem.got}`)
  ;(partial as { resourceType: string }[]).forEach((p, i) => {
    if (!isResourceType(p.resourceType)) fail(`partial[${i}].resourceType: unknown resource type ${quoted(p.resourceType)}`)
  })
  const collected = d.collected
  // Version 3 exists to say types were left out: without the record it would read as complete.
  if (collected === undefined && d.schemaVersion === INVENTORY_COLLECTED_SCHEMA_VERSION) fail(`schema version ${INVENTORY_COLLECTED_SCHEMA_VERSION} requires a collected list`)
  if (collected !== undefined) {
    const collectedProblem = checkShape(collected, COLLECTED_SHAPE, 'collected')
    if (collectedProblem) fail(`${collectedProblem.path} must be ${collectedProblem.expected}, not ${collectedProblem.got}`)
    ;(collected as { resourceTypes: string[] }[]).forEach((c, i) =>
      c.resourceTypes.forEach((t, j) => {
        if (!isResourceType(t)) fail(`collected[${i}].resourceTypes[${j}]: unknown resource type ${quoted(t)}`)
      }),
    )
  }
  return {
    schemaVersion: d.schemaVersion as number,
    scope: scope as unknown as Inventory['scope'],
    collectedAt: typeof d.collectedAt === 'string' ? d.collectedAt : new Date(0).toISOString(),
    resources: d.resources as Inventory['resources'],
    gaps: gaps as Inventory['gaps'],
    notes: Array.isArray(d.notes) ? (d.notes as unknown[]).filter((n): n is string => typeof n === 'string') : [],
    ...(typeof d.secretsMasked === 'boolean' ? { secretsMasked: d.secretsMasked } : {}),
    ...((partial as unknown[]).length ? { partial: partial as Inventory['partial'] } : {}),
    ...(collected !== undefined ? { collected: collected as Inventory['collected'] } : {}),
  }
}

/** A name from the file, quoted for a one-line message: control characters escaped, long ones cut. */
function quoted(name: string): string {
  const cut = name.length > 60 ? `${name.slice(0, 60)}…` : name
  // eslint-disable-next-line no-control-regex
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
