/**
 * Wrong types in every field of every resource type. For each type of RESOURCE_TYPES, a
 * resource with every field filled in (optional ones too) is built from the type's own shape
 * declaration; then each field in turn, at every depth, gets a JSON value of a kind the field
 * does not accept. The snapshot is refused with one clean line naming the file, the resource
 * (type, index and name) and the field's path.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { INVENTORY_SCHEMA_VERSION } from '../../src/core/inventory.js'
import { resourceShape } from '../../src/core/resource-shapes.js'
import { checkShape, type Shape } from '../../src/core/shape.js'
import { SnapshotError, validateInventory } from '../../src/core/snapshot.js'
import { RESOURCE_TYPE_IDS, type ResourceType } from '../../src/model/resource-types.js'
import { jsonPaths, setAt } from './snapshot-fixture.js'

const RESOURCE_NAME = 'sample-resource'

/** A value of `shape` with every optional part present, lists and records with one entry. */
function sample(shape: Shape): unknown {
  switch (shape.kind) {
    case 'string':
    case 'any':
      return 'x'
    case 'number':
      return 1
    case 'boolean':
      return true
    case 'enum':
      return shape.values[0]
    case 'list':
      return [sample(shape.of)]
    case 'record':
      return { k: sample(shape.of) }
    case 'nullable':
      return sample(shape.of)
    case 'either':
      return sample(shape.of[0]!)
    case 'object':
      return Object.fromEntries(Object.entries(shape.fields).map(([k, f]) => [k, sample(f.shape)]))
  }
}

/**
 * Where the error must point for a bad value at `path`: the path itself, or the nearest
 * `either` above it (a value that fits no alternative is reported where the choice is).
 */
function reportedPath(shape: Shape, path: readonly (string | number)[]): (string | number)[] {
  let here = shape
  for (let i = 0; i < path.length; i++) {
    while (here.kind === 'nullable') here = here.of
    if (here.kind === 'either') return path.slice(0, i)
    if (here.kind === 'object') here = here.fields[String(path[i])]!.shape
    else if (here.kind === 'list' || here.kind === 'record') here = here.of
    else throw new Error(`no field ${path.join('.')} in the shape`)
  }
  return [...path]
}

const WRONG: unknown[] = [5, 'x', true, null, [], {}, [5], { a: 5 }]

function inventoryWith(type: ResourceType, resource: unknown): unknown {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    scope: { kind: 'aws', accountId: '111122223333', partition: 'aws', regions: ['us-east-1'] },
    collectedAt: '2026-11-27T00:00:00.000Z',
    resources: { [type]: [resource] },
    gaps: [],
    notes: [],
  }
}

function errorOf(fn: () => unknown): SnapshotError | undefined {
  try {
    fn()
    return undefined
  } catch (err) {
    if (err instanceof SnapshotError) return err
    throw err
  }
}

function complete(type: ResourceType): Record<string, unknown> {
  return { ...(sample(resourceShape(type)) as Record<string, unknown>), name: RESOURCE_NAME }
}

describe('hostile snapshots: a wrong type in every field of every resource type', () => {
  it('a resource of each type with every field filled in loads', () => {
    const refused = RESOURCE_TYPE_IDS.map((t) => [t, errorOf(() => validateInventory(inventoryWith(t, complete(t)), 'every.json'))?.message] as const).filter(([, m]) => m)
    assert.deepEqual(refused, [])
  })

  for (const type of RESOURCE_TYPE_IDS) {
    it(`${type}: every field refused with the resource and the field named`, () => {
      const shape = resourceShape(type)
      const base = complete(type)
      const paths = jsonPaths(base, 12)
      assert.ok(paths.length > 9, `${type}: only ${paths.length} fields`)
      const wrongCases: string[] = []
      for (const path of paths) {
        const own = subShape(shape, path)
        if (own.kind === 'any') continue
        // A value of a kind the field's own shape refuses (there is always one: the shapes are JSON kinds).
        const bad = WRONG.find((v) => checkShape(v, own) !== undefined)
        assert.notEqual(bad, undefined, `${type} ${path.join('.')}: no wrong value for ${own.kind}`)
        const broken = structuredClone(base)
        setAt(broken, path, bad)
        const err = errorOf(() => validateInventory(inventoryWith(type, broken), 'every.json'))
        // A broken name cannot name the resource: the index does.
        const which = path.length === 1 && path[0] === 'name' ? '' : ` ("${RESOURCE_NAME}")`
        const prefix = `every.json: resources.${type}[0]${which}: ${reportedPath(shape, path).join('.')} must be `
        if (!err) wrongCases.push(`${path.join('.')} = ${JSON.stringify(bad)} was accepted`)
        else if (!err.message.startsWith(prefix)) wrongCases.push(`${path.join('.')} = ${JSON.stringify(bad)}: ${err.message}`)
        else if (/[\u0000-\u001f\u007f-\u009f]/.test(err.message) || !/, not /.test(err.message)) wrongCases.push(`unclear message: ${JSON.stringify(err.message)}`)
      }
      assert.deepEqual(wrongCases, [])
    })
  }
})

/** The shape at `path` (through nullable and either: the first alternative, which `sample` used). */
function subShape(shape: Shape, path: readonly (string | number)[]): Shape {
  let here = shape
  for (const k of path) {
    while (here.kind === 'nullable' || here.kind === 'either') here = here.kind === 'nullable' ? here.of : here.of[0]!
    if (here.kind === 'object') here = here.fields[String(k)]!.shape
    else if (here.kind === 'list' || here.kind === 'record') here = here.of
  }
  return here
}
